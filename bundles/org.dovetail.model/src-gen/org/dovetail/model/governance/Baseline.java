/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance;

import org.dovetail.model.Element;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Baseline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A version of the model submitted to a board for sign-off.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.Baseline#getStatus <em>Status</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Baseline#getBoard <em>Board</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Baseline#getRevision <em>Revision</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Baseline#getScope <em>Scope</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Baseline#getSignOffs <em>Sign Offs</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.governance.GovernancePackage#getBaseline()
 * @model
 * @generated
 */
public interface Baseline extends Element {
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.governance.BaselineStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the baseline stands.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.dovetail.model.governance.BaselineStatus
	 * @see #setStatus(BaselineStatus)
	 * @see org.dovetail.model.governance.GovernancePackage#getBaseline_Status()
	 * @model
	 * @generated
	 */
	BaselineStatus getStatus();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Baseline#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.dovetail.model.governance.BaselineStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(BaselineStatus value);

	/**
	 * Returns the value of the '<em><b>Board</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The board that signs the baseline off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Board</em>' reference.
	 * @see #setBoard(GovernanceBoard)
	 * @see org.dovetail.model.governance.GovernancePackage#getBaseline_Board()
	 * @model
	 * @generated
	 */
	GovernanceBoard getBoard();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Baseline#getBoard <em>Board</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Board</em>' reference.
	 * @see #getBoard()
	 * @generated
	 */
	void setBoard(GovernanceBoard value);

	/**
	 * Returns the value of the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The repository revision the baseline freezes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revision</em>' attribute.
	 * @see #setRevision(String)
	 * @see org.dovetail.model.governance.GovernancePackage#getBaseline_Revision()
	 * @model
	 * @generated
	 */
	String getRevision();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Baseline#getRevision <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision</em>' attribute.
	 * @see #getRevision()
	 * @generated
	 */
	void setRevision(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The processes and systems the baseline covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' reference list.
	 * @see org.dovetail.model.governance.GovernancePackage#getBaseline_Scope()
	 * @model
	 * @generated
	 */
	EList<Element> getScope();

	/**
	 * Returns the value of the '<em><b>Sign Offs</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.governance.SignOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The board members' sign-offs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sign Offs</em>' containment reference list.
	 * @see org.dovetail.model.governance.GovernancePackage#getBaseline_SignOffs()
	 * @model containment="true"
	 * @generated
	 */
	EList<SignOff> getSignOffs();

} // Baseline
