/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance.impl;

import java.util.Collection;

import org.dovetail.model.digital.Permission;

import org.dovetail.model.governance.DecisionPermissionMapping;
import org.dovetail.model.governance.GovernancePackage;

import org.dovetail.model.process.DecisionRight;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Decision Permission Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.impl.DecisionPermissionMappingImpl#getDecisionRight <em>Decision Right</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.DecisionPermissionMappingImpl#getPermissions <em>Permissions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DecisionPermissionMappingImpl extends MappingImpl implements DecisionPermissionMapping {
	/**
	 * The cached value of the '{@link #getDecisionRight() <em>Decision Right</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionRight()
	 * @generated
	 * @ordered
	 */
	protected DecisionRight decisionRight;

	/**
	 * The cached value of the '{@link #getPermissions() <em>Permissions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPermissions()
	 * @generated
	 * @ordered
	 */
	protected EList<Permission> permissions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DecisionPermissionMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.DECISION_PERMISSION_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecisionRight getDecisionRight() {
		if (decisionRight != null && decisionRight.eIsProxy()) {
			InternalEObject oldDecisionRight = (InternalEObject)decisionRight;
			decisionRight = (DecisionRight)eResolveProxy(oldDecisionRight);
			if (decisionRight != oldDecisionRight) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.DECISION_PERMISSION_MAPPING__DECISION_RIGHT, oldDecisionRight, decisionRight));
			}
		}
		return decisionRight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DecisionRight basicGetDecisionRight() {
		return decisionRight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionRight(DecisionRight newDecisionRight) {
		DecisionRight oldDecisionRight = decisionRight;
		decisionRight = newDecisionRight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.DECISION_PERMISSION_MAPPING__DECISION_RIGHT, oldDecisionRight, decisionRight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Permission> getPermissions() {
		if (permissions == null) {
			permissions = new EObjectResolvingEList<Permission>(Permission.class, this, GovernancePackage.DECISION_PERMISSION_MAPPING__PERMISSIONS);
		}
		return permissions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.DECISION_PERMISSION_MAPPING__DECISION_RIGHT:
				if (resolve) return getDecisionRight();
				return basicGetDecisionRight();
			case GovernancePackage.DECISION_PERMISSION_MAPPING__PERMISSIONS:
				return getPermissions();
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
			case GovernancePackage.DECISION_PERMISSION_MAPPING__DECISION_RIGHT:
				setDecisionRight((DecisionRight)newValue);
				return;
			case GovernancePackage.DECISION_PERMISSION_MAPPING__PERMISSIONS:
				getPermissions().clear();
				getPermissions().addAll((Collection<? extends Permission>)newValue);
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
			case GovernancePackage.DECISION_PERMISSION_MAPPING__DECISION_RIGHT:
				setDecisionRight((DecisionRight)null);
				return;
			case GovernancePackage.DECISION_PERMISSION_MAPPING__PERMISSIONS:
				getPermissions().clear();
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
			case GovernancePackage.DECISION_PERMISSION_MAPPING__DECISION_RIGHT:
				return decisionRight != null;
			case GovernancePackage.DECISION_PERMISSION_MAPPING__PERMISSIONS:
				return permissions != null && !permissions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //DecisionPermissionMappingImpl
