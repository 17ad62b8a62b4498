/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital.impl;

import java.util.Collection;

import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.PermissionAction;
import org.dovetail.model.digital.SystemRole;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Permission</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.digital.impl.PermissionImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.PermissionImpl#getGrantedTo <em>Granted To</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.PermissionImpl#isGrantedToAll <em>Granted To All</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PermissionImpl extends DigitalElementImpl implements Permission {
	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final PermissionAction ACTION_EDEFAULT = PermissionAction.CREATE;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected PermissionAction action = ACTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGrantedTo() <em>Granted To</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrantedTo()
	 * @generated
	 * @ordered
	 */
	protected EList<SystemRole> grantedTo;

	/**
	 * The default value of the '{@link #isGrantedToAll() <em>Granted To All</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGrantedToAll()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GRANTED_TO_ALL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGrantedToAll() <em>Granted To All</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGrantedToAll()
	 * @generated
	 * @ordered
	 */
	protected boolean grantedToAll = GRANTED_TO_ALL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PermissionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DigitalPackage.Literals.PERMISSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PermissionAction getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(PermissionAction newAction) {
		PermissionAction oldAction = action;
		action = newAction == null ? ACTION_EDEFAULT : newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.PERMISSION__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SystemRole> getGrantedTo() {
		if (grantedTo == null) {
			grantedTo = new EObjectResolvingEList<SystemRole>(SystemRole.class, this, DigitalPackage.PERMISSION__GRANTED_TO);
		}
		return grantedTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGrantedToAll() {
		return grantedToAll;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrantedToAll(boolean newGrantedToAll) {
		boolean oldGrantedToAll = grantedToAll;
		grantedToAll = newGrantedToAll;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.PERMISSION__GRANTED_TO_ALL, oldGrantedToAll, grantedToAll));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DigitalPackage.PERMISSION__ACTION:
				return getAction();
			case DigitalPackage.PERMISSION__GRANTED_TO:
				return getGrantedTo();
			case DigitalPackage.PERMISSION__GRANTED_TO_ALL:
				return isGrantedToAll();
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
			case DigitalPackage.PERMISSION__ACTION:
				setAction((PermissionAction)newValue);
				return;
			case DigitalPackage.PERMISSION__GRANTED_TO:
				getGrantedTo().clear();
				getGrantedTo().addAll((Collection<? extends SystemRole>)newValue);
				return;
			case DigitalPackage.PERMISSION__GRANTED_TO_ALL:
				setGrantedToAll((Boolean)newValue);
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
			case DigitalPackage.PERMISSION__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case DigitalPackage.PERMISSION__GRANTED_TO:
				getGrantedTo().clear();
				return;
			case DigitalPackage.PERMISSION__GRANTED_TO_ALL:
				setGrantedToAll(GRANTED_TO_ALL_EDEFAULT);
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
			case DigitalPackage.PERMISSION__ACTION:
				return action != ACTION_EDEFAULT;
			case DigitalPackage.PERMISSION__GRANTED_TO:
				return grantedTo != null && !grantedTo.isEmpty();
			case DigitalPackage.PERMISSION__GRANTED_TO_ALL:
				return grantedToAll != GRANTED_TO_ALL_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (action: ");
		result.append(action);
		result.append(", grantedToAll: ");
		result.append(grantedToAll);
		result.append(')');
		return result.toString();
	}

} //PermissionImpl
