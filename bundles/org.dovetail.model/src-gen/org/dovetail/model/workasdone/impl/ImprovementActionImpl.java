/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone.impl;

import java.util.Collection;
import java.util.Date;

import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Identified;
import org.dovetail.model.Owned;
import org.dovetail.model.Party;
import org.dovetail.model.Person;

import org.dovetail.model.impl.ElementImpl;

import org.dovetail.model.workasdone.ActionStatus;
import org.dovetail.model.workasdone.ImprovementAction;
import org.dovetail.model.workasdone.WorkAsDonePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Improvement Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.workasdone.impl.ImprovementActionImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.ImprovementActionImpl#getSponsor <em>Sponsor</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.ImprovementActionImpl#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.ImprovementActionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.ImprovementActionImpl#getDueOn <em>Due On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImprovementActionImpl extends ElementImpl implements ImprovementAction {
	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Party owner;

	/**
	 * The cached value of the '{@link #getSponsor() <em>Sponsor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSponsor()
	 * @generated
	 * @ordered
	 */
	protected Person sponsor;

	/**
	 * The cached value of the '{@link #getAddresses() <em>Addresses</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<Identified> addresses;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ActionStatus STATUS_EDEFAULT = ActionStatus.PROPOSED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ActionStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueOn() <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date DUE_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueOn() <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueOn()
	 * @generated
	 * @ordered
	 */
	protected Date dueOn = DUE_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImprovementActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkAsDonePackage.Literals.IMPROVEMENT_ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Party)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WorkAsDonePackage.IMPROVEMENT_ACTION__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Party basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Party newOwner) {
		Party oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.IMPROVEMENT_ACTION__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getSponsor() {
		if (sponsor != null && sponsor.eIsProxy()) {
			InternalEObject oldSponsor = (InternalEObject)sponsor;
			sponsor = (Person)eResolveProxy(oldSponsor);
			if (sponsor != oldSponsor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WorkAsDonePackage.IMPROVEMENT_ACTION__SPONSOR, oldSponsor, sponsor));
			}
		}
		return sponsor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetSponsor() {
		return sponsor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSponsor(Person newSponsor) {
		Person oldSponsor = sponsor;
		sponsor = newSponsor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.IMPROVEMENT_ACTION__SPONSOR, oldSponsor, sponsor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Identified> getAddresses() {
		if (addresses == null) {
			addresses = new EObjectResolvingEList<Identified>(Identified.class, this, WorkAsDonePackage.IMPROVEMENT_ACTION__ADDRESSES);
		}
		return addresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ActionStatus newStatus) {
		ActionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.IMPROVEMENT_ACTION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDueOn() {
		return dueOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueOn(Date newDueOn) {
		Date oldDueOn = dueOn;
		dueOn = newDueOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.IMPROVEMENT_ACTION__DUE_ON, oldDueOn, dueOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WorkAsDonePackage.IMPROVEMENT_ACTION__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case WorkAsDonePackage.IMPROVEMENT_ACTION__SPONSOR:
				if (resolve) return getSponsor();
				return basicGetSponsor();
			case WorkAsDonePackage.IMPROVEMENT_ACTION__ADDRESSES:
				return getAddresses();
			case WorkAsDonePackage.IMPROVEMENT_ACTION__STATUS:
				return getStatus();
			case WorkAsDonePackage.IMPROVEMENT_ACTION__DUE_ON:
				return getDueOn();
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
			case WorkAsDonePackage.IMPROVEMENT_ACTION__OWNER:
				setOwner((Party)newValue);
				return;
			case WorkAsDonePackage.IMPROVEMENT_ACTION__SPONSOR:
				setSponsor((Person)newValue);
				return;
			case WorkAsDonePackage.IMPROVEMENT_ACTION__ADDRESSES:
				getAddresses().clear();
				getAddresses().addAll((Collection<? extends Identified>)newValue);
				return;
			case WorkAsDonePackage.IMPROVEMENT_ACTION__STATUS:
				setStatus((ActionStatus)newValue);
				return;
			case WorkAsDonePackage.IMPROVEMENT_ACTION__DUE_ON:
				setDueOn((Date)newValue);
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
			case WorkAsDonePackage.IMPROVEMENT_ACTION__OWNER:
				setOwner((Party)null);
				return;
			case WorkAsDonePackage.IMPROVEMENT_ACTION__SPONSOR:
				setSponsor((Person)null);
				return;
			case WorkAsDonePackage.IMPROVEMENT_ACTION__ADDRESSES:
				getAddresses().clear();
				return;
			case WorkAsDonePackage.IMPROVEMENT_ACTION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case WorkAsDonePackage.IMPROVEMENT_ACTION__DUE_ON:
				setDueOn(DUE_ON_EDEFAULT);
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
			case WorkAsDonePackage.IMPROVEMENT_ACTION__OWNER:
				return owner != null;
			case WorkAsDonePackage.IMPROVEMENT_ACTION__SPONSOR:
				return sponsor != null;
			case WorkAsDonePackage.IMPROVEMENT_ACTION__ADDRESSES:
				return addresses != null && !addresses.isEmpty();
			case WorkAsDonePackage.IMPROVEMENT_ACTION__STATUS:
				return status != STATUS_EDEFAULT;
			case WorkAsDonePackage.IMPROVEMENT_ACTION__DUE_ON:
				return DUE_ON_EDEFAULT == null ? dueOn != null : !DUE_ON_EDEFAULT.equals(dueOn);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == Owned.class) {
			switch (derivedFeatureID) {
				case WorkAsDonePackage.IMPROVEMENT_ACTION__OWNER: return DovetailPackage.OWNED__OWNER;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == Owned.class) {
			switch (baseFeatureID) {
				case DovetailPackage.OWNED__OWNER: return WorkAsDonePackage.IMPROVEMENT_ACTION__OWNER;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
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
		result.append(" (status: ");
		result.append(status);
		result.append(", dueOn: ");
		result.append(dueOn);
		result.append(')');
		return result.toString();
	}

} //ImprovementActionImpl
