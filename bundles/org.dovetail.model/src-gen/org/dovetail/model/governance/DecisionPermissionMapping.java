/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance;

import org.dovetail.model.digital.Permission;

import org.dovetail.model.process.DecisionRight;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision Permission Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A decision right is enforced by these permissions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.DecisionPermissionMapping#getDecisionRight <em>Decision Right</em>}</li>
 *   <li>{@link org.dovetail.model.governance.DecisionPermissionMapping#getPermissions <em>Permissions</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.governance.GovernancePackage#getDecisionPermissionMapping()
 * @model
 * @generated
 */
public interface DecisionPermissionMapping extends Mapping {
	/**
	 * Returns the value of the '<em><b>Decision Right</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The decision right.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision Right</em>' reference.
	 * @see #setDecisionRight(DecisionRight)
	 * @see org.dovetail.model.governance.GovernancePackage#getDecisionPermissionMapping_DecisionRight()
	 * @model required="true"
	 * @generated
	 */
	DecisionRight getDecisionRight();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.DecisionPermissionMapping#getDecisionRight <em>Decision Right</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Right</em>' reference.
	 * @see #getDecisionRight()
	 * @generated
	 */
	void setDecisionRight(DecisionRight value);

	/**
	 * Returns the value of the '<em><b>Permissions</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.Permission}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The permissions that enforce it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Permissions</em>' reference list.
	 * @see org.dovetail.model.governance.GovernancePackage#getDecisionPermissionMapping_Permissions()
	 * @model required="true"
	 * @generated
	 */
	EList<Permission> getPermissions();

} // DecisionPermissionMapping
