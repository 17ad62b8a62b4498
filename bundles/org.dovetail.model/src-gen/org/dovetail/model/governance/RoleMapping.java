/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance;

import org.dovetail.model.digital.SystemRole;

import org.dovetail.model.process.Role;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A process role corresponds to these system roles.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.RoleMapping#getRole <em>Role</em>}</li>
 *   <li>{@link org.dovetail.model.governance.RoleMapping#getSystemRoles <em>System Roles</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.governance.GovernancePackage#getRoleMapping()
 * @model
 * @generated
 */
public interface RoleMapping extends Mapping {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The process role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' reference.
	 * @see #setRole(Role)
	 * @see org.dovetail.model.governance.GovernancePackage#getRoleMapping_Role()
	 * @model required="true"
	 * @generated
	 */
	Role getRole();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.RoleMapping#getRole <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' reference.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(Role value);

	/**
	 * Returns the value of the '<em><b>System Roles</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.SystemRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system roles people in that process role hold.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System Roles</em>' reference list.
	 * @see org.dovetail.model.governance.GovernancePackage#getRoleMapping_SystemRoles()
	 * @model required="true"
	 * @generated
	 */
	EList<SystemRole> getSystemRoles();

} // RoleMapping
