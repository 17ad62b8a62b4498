/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process;

import org.dovetail.model.Element;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision Right</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who may decide what: a role's right to take a decision or give an approval, within a limit.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.DecisionRight#getHolder <em>Holder</em>}</li>
 *   <li>{@link org.dovetail.model.process.DecisionRight#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.dovetail.model.process.DecisionRight#getLimit <em>Limit</em>}</li>
 *   <li>{@link org.dovetail.model.process.DecisionRight#isDelegable <em>Delegable</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.process.ProcessPackage#getDecisionRight()
 * @model
 * @generated
 */
public interface DecisionRight extends Element {
	/**
	 * Returns the value of the '<em><b>Holder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role that holds the right.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Holder</em>' reference.
	 * @see #setHolder(Role)
	 * @see org.dovetail.model.process.ProcessPackage#getDecisionRight_Holder()
	 * @model required="true"
	 * @generated
	 */
	Role getHolder();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.DecisionRight#getHolder <em>Holder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Holder</em>' reference.
	 * @see #getHolder()
	 * @generated
	 */
	void setHolder(Role value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The decision or approval step the right covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision</em>' reference.
	 * @see #setDecision(Step)
	 * @see org.dovetail.model.process.ProcessPackage#getDecisionRight_Decision()
	 * @model required="true"
	 * @generated
	 */
	Step getDecision();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.DecisionRight#getDecision <em>Decision</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' reference.
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(Step value);

	/**
	 * Returns the value of the '<em><b>Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scope or limit of the right (e.g. "up to 10,000 EUR").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Limit</em>' attribute.
	 * @see #setLimit(String)
	 * @see org.dovetail.model.process.ProcessPackage#getDecisionRight_Limit()
	 * @model
	 * @generated
	 */
	String getLimit();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.DecisionRight#getLimit <em>Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limit</em>' attribute.
	 * @see #getLimit()
	 * @generated
	 */
	void setLimit(String value);

	/**
	 * Returns the value of the '<em><b>Delegable</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the holder may delegate the right.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delegable</em>' attribute.
	 * @see #setDelegable(boolean)
	 * @see org.dovetail.model.process.ProcessPackage#getDecisionRight_Delegable()
	 * @model default="false"
	 * @generated
	 */
	boolean isDelegable();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.DecisionRight#isDelegable <em>Delegable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delegable</em>' attribute.
	 * @see #isDelegable()
	 * @generated
	 */
	void setDelegable(boolean value);

} // DecisionRight
