/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.implementation.impl;

import java.util.Collection;
import java.util.Date;

import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Owned;
import org.dovetail.model.Party;

import org.dovetail.model.digital.InformationSystem;

import org.dovetail.model.impl.ElementImpl;

import org.dovetail.model.implementation.ImplementationPackage;
import org.dovetail.model.implementation.ImplementationPlan;
import org.dovetail.model.implementation.Milestone;
import org.dovetail.model.implementation.StepChange;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.implementation.impl.ImplementationPlanImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.impl.ImplementationPlanImpl#getSystem <em>System</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.impl.ImplementationPlanImpl#getLaunchOn <em>Launch On</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.impl.ImplementationPlanImpl#getChanges <em>Changes</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.impl.ImplementationPlanImpl#getMilestones <em>Milestones</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImplementationPlanImpl extends ElementImpl implements ImplementationPlan {
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
	 * The cached value of the '{@link #getSystem() <em>System</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystem()
	 * @generated
	 * @ordered
	 */
	protected InformationSystem system;

	/**
	 * The default value of the '{@link #getLaunchOn() <em>Launch On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLaunchOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAUNCH_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLaunchOn() <em>Launch On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLaunchOn()
	 * @generated
	 * @ordered
	 */
	protected Date launchOn = LAUNCH_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChanges() <em>Changes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<StepChange> changes;

	/**
	 * The cached value of the '{@link #getMilestones() <em>Milestones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMilestones()
	 * @generated
	 * @ordered
	 */
	protected EList<Milestone> milestones;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImplementationPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ImplementationPackage.Literals.IMPLEMENTATION_PLAN;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ImplementationPackage.IMPLEMENTATION_PLAN__OWNER, oldOwner, owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ImplementationPackage.IMPLEMENTATION_PLAN__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InformationSystem getSystem() {
		if (system != null && system.eIsProxy()) {
			InternalEObject oldSystem = (InternalEObject)system;
			system = (InformationSystem)eResolveProxy(oldSystem);
			if (system != oldSystem) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ImplementationPackage.IMPLEMENTATION_PLAN__SYSTEM, oldSystem, system));
			}
		}
		return system;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InformationSystem basicGetSystem() {
		return system;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystem(InformationSystem newSystem) {
		InformationSystem oldSystem = system;
		system = newSystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ImplementationPackage.IMPLEMENTATION_PLAN__SYSTEM, oldSystem, system));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLaunchOn() {
		return launchOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLaunchOn(Date newLaunchOn) {
		Date oldLaunchOn = launchOn;
		launchOn = newLaunchOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ImplementationPackage.IMPLEMENTATION_PLAN__LAUNCH_ON, oldLaunchOn, launchOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StepChange> getChanges() {
		if (changes == null) {
			changes = new EObjectContainmentEList<StepChange>(StepChange.class, this, ImplementationPackage.IMPLEMENTATION_PLAN__CHANGES);
		}
		return changes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Milestone> getMilestones() {
		if (milestones == null) {
			milestones = new EObjectContainmentEList<Milestone>(Milestone.class, this, ImplementationPackage.IMPLEMENTATION_PLAN__MILESTONES);
		}
		return milestones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ImplementationPackage.IMPLEMENTATION_PLAN__CHANGES:
				return ((InternalEList<?>)getChanges()).basicRemove(otherEnd, msgs);
			case ImplementationPackage.IMPLEMENTATION_PLAN__MILESTONES:
				return ((InternalEList<?>)getMilestones()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ImplementationPackage.IMPLEMENTATION_PLAN__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case ImplementationPackage.IMPLEMENTATION_PLAN__SYSTEM:
				if (resolve) return getSystem();
				return basicGetSystem();
			case ImplementationPackage.IMPLEMENTATION_PLAN__LAUNCH_ON:
				return getLaunchOn();
			case ImplementationPackage.IMPLEMENTATION_PLAN__CHANGES:
				return getChanges();
			case ImplementationPackage.IMPLEMENTATION_PLAN__MILESTONES:
				return getMilestones();
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
			case ImplementationPackage.IMPLEMENTATION_PLAN__OWNER:
				setOwner((Party)newValue);
				return;
			case ImplementationPackage.IMPLEMENTATION_PLAN__SYSTEM:
				setSystem((InformationSystem)newValue);
				return;
			case ImplementationPackage.IMPLEMENTATION_PLAN__LAUNCH_ON:
				setLaunchOn((Date)newValue);
				return;
			case ImplementationPackage.IMPLEMENTATION_PLAN__CHANGES:
				getChanges().clear();
				getChanges().addAll((Collection<? extends StepChange>)newValue);
				return;
			case ImplementationPackage.IMPLEMENTATION_PLAN__MILESTONES:
				getMilestones().clear();
				getMilestones().addAll((Collection<? extends Milestone>)newValue);
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
			case ImplementationPackage.IMPLEMENTATION_PLAN__OWNER:
				setOwner((Party)null);
				return;
			case ImplementationPackage.IMPLEMENTATION_PLAN__SYSTEM:
				setSystem((InformationSystem)null);
				return;
			case ImplementationPackage.IMPLEMENTATION_PLAN__LAUNCH_ON:
				setLaunchOn(LAUNCH_ON_EDEFAULT);
				return;
			case ImplementationPackage.IMPLEMENTATION_PLAN__CHANGES:
				getChanges().clear();
				return;
			case ImplementationPackage.IMPLEMENTATION_PLAN__MILESTONES:
				getMilestones().clear();
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
			case ImplementationPackage.IMPLEMENTATION_PLAN__OWNER:
				return owner != null;
			case ImplementationPackage.IMPLEMENTATION_PLAN__SYSTEM:
				return system != null;
			case ImplementationPackage.IMPLEMENTATION_PLAN__LAUNCH_ON:
				return LAUNCH_ON_EDEFAULT == null ? launchOn != null : !LAUNCH_ON_EDEFAULT.equals(launchOn);
			case ImplementationPackage.IMPLEMENTATION_PLAN__CHANGES:
				return changes != null && !changes.isEmpty();
			case ImplementationPackage.IMPLEMENTATION_PLAN__MILESTONES:
				return milestones != null && !milestones.isEmpty();
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
				case ImplementationPackage.IMPLEMENTATION_PLAN__OWNER: return DovetailPackage.OWNED__OWNER;
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
				case DovetailPackage.OWNED__OWNER: return ImplementationPackage.IMPLEMENTATION_PLAN__OWNER;
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
		result.append(" (launchOn: ");
		result.append(launchOn);
		result.append(')');
		return result.toString();
	}

} //ImplementationPlanImpl
