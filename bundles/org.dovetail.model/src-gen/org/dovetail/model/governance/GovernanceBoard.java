/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance;

import org.dovetail.model.Element;
import org.dovetail.model.Person;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Board</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A board that reviews findings, waives or accepts risks and signs off baselines.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.GovernanceBoard#getChair <em>Chair</em>}</li>
 *   <li>{@link org.dovetail.model.governance.GovernanceBoard#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.governance.GovernancePackage#getGovernanceBoard()
 * @model
 * @generated
 */
public interface GovernanceBoard extends Element {
	/**
	 * Returns the value of the '<em><b>Chair</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The chair of the board.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Chair</em>' reference.
	 * @see #setChair(Person)
	 * @see org.dovetail.model.governance.GovernancePackage#getGovernanceBoard_Chair()
	 * @model
	 * @generated
	 */
	Person getChair();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.GovernanceBoard#getChair <em>Chair</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chair</em>' reference.
	 * @see #getChair()
	 * @generated
	 */
	void setChair(Person value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The members of the board.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.dovetail.model.governance.GovernancePackage#getGovernanceBoard_Members()
	 * @model
	 * @generated
	 */
	EList<Person> getMembers();

} // GovernanceBoard
