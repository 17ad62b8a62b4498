/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance;

import org.dovetail.model.process.Control;
import org.dovetail.model.process.Policy;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Control Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A policy is enforced by these controls.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.PolicyControlMapping#getPolicy <em>Policy</em>}</li>
 *   <li>{@link org.dovetail.model.governance.PolicyControlMapping#getControls <em>Controls</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.governance.GovernancePackage#getPolicyControlMapping()
 * @model
 * @generated
 */
public interface PolicyControlMapping extends Mapping {
	/**
	 * Returns the value of the '<em><b>Policy</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy</em>' reference.
	 * @see #setPolicy(Policy)
	 * @see org.dovetail.model.governance.GovernancePackage#getPolicyControlMapping_Policy()
	 * @model required="true"
	 * @generated
	 */
	Policy getPolicy();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.PolicyControlMapping#getPolicy <em>Policy</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' reference.
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(Policy value);

	/**
	 * Returns the value of the '<em><b>Controls</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.process.Control}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The controls that enforce it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Controls</em>' reference list.
	 * @see org.dovetail.model.governance.GovernancePackage#getPolicyControlMapping_Controls()
	 * @model required="true"
	 * @generated
	 */
	EList<Control> getControls();

} // PolicyControlMapping
