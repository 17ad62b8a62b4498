/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance.impl;

import java.util.Collection;

import org.dovetail.model.digital.SystemRole;

import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.RoleMapping;

import org.dovetail.model.process.Role;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Role Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.impl.RoleMappingImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.RoleMappingImpl#getSystemRoles <em>System Roles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoleMappingImpl extends MappingImpl implements RoleMapping {
	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected Role role;

	/**
	 * The cached value of the '{@link #getSystemRoles() <em>System Roles</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<SystemRole> systemRoles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoleMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.ROLE_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getRole() {
		if (role != null && role.eIsProxy()) {
			InternalEObject oldRole = (InternalEObject)role;
			role = (Role)eResolveProxy(oldRole);
			if (role != oldRole) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.ROLE_MAPPING__ROLE, oldRole, role));
			}
		}
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role basicGetRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(Role newRole) {
		Role oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.ROLE_MAPPING__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SystemRole> getSystemRoles() {
		if (systemRoles == null) {
			systemRoles = new EObjectResolvingEList<SystemRole>(SystemRole.class, this, GovernancePackage.ROLE_MAPPING__SYSTEM_ROLES);
		}
		return systemRoles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.ROLE_MAPPING__ROLE:
				if (resolve) return getRole();
				return basicGetRole();
			case GovernancePackage.ROLE_MAPPING__SYSTEM_ROLES:
				return getSystemRoles();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GovernancePackage.ROLE_MAPPING__ROLE:
				setRole((Role)newValue);
				return;
			case GovernancePackage.ROLE_MAPPING__SYSTEM_ROLES:
				getSystemRoles().clear();
				getSystemRoles().addAll((Collection<? extends SystemRole>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GovernancePackage.ROLE_MAPPING__ROLE:
				setRole((Role)null);
				return;
			case GovernancePackage.ROLE_MAPPING__SYSTEM_ROLES:
				getSystemRoles().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GovernancePackage.ROLE_MAPPING__ROLE:
				return role != null;
			case GovernancePackage.ROLE_MAPPING__SYSTEM_ROLES:
				return systemRoles != null && !systemRoles.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //RoleMappingImpl
