/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Handoff</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step where work passes from one role to another.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.Handoff#getRecipient <em>Recipient</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.process.ProcessPackage#getHandoff()
 * @model
 * @generated
 */
public interface Handoff extends Step {
	/**
	 * Returns the value of the '<em><b>Recipient</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role that receives the work.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recipient</em>' reference.
	 * @see #setRecipient(Role)
	 * @see org.dovetail.model.process.ProcessPackage#getHandoff_Recipient()
	 * @model
	 * @generated
	 */
	Role getRecipient();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.Handoff#getRecipient <em>Recipient</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recipient</em>' reference.
	 * @see #getRecipient()
	 * @generated
	 */
	void setRecipient(Role value);

} // Handoff
