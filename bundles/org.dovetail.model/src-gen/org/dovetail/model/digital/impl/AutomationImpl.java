/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital.impl;

import java.util.Collection;

import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Owned;
import org.dovetail.model.Party;

import org.dovetail.model.digital.Automation;
import org.dovetail.model.digital.AutomationKind;
import org.dovetail.model.digital.DataField;
import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.WorkflowState;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Automation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.digital.impl.AutomationImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.AutomationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.AutomationImpl#getReads <em>Reads</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.AutomationImpl#getWrites <em>Writes</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.AutomationImpl#getFires <em>Fires</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.AutomationImpl#getReviewPoint <em>Review Point</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.AutomationImpl#getOverrideOwner <em>Override Owner</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AutomationImpl extends DigitalElementImpl implements Automation {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AutomationKind KIND_EDEFAULT = AutomationKind.BUSINESS_RULE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AutomationKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReads() <em>Reads</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReads()
	 * @generated
	 * @ordered
	 */
	protected EList<DataField> reads;

	/**
	 * The cached value of the '{@link #getWrites() <em>Writes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWrites()
	 * @generated
	 * @ordered
	 */
	protected EList<DataField> writes;

	/**
	 * The cached value of the '{@link #getFires() <em>Fires</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFires()
	 * @generated
	 * @ordered
	 */
	protected EList<Transition> fires;

	/**
	 * The cached value of the '{@link #getReviewPoint() <em>Review Point</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewPoint()
	 * @generated
	 * @ordered
	 */
	protected WorkflowState reviewPoint;

	/**
	 * The cached value of the '{@link #getOverrideOwner() <em>Override Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverrideOwner()
	 * @generated
	 * @ordered
	 */
	protected Party overrideOwner;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AutomationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DigitalPackage.Literals.AUTOMATION;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DigitalPackage.AUTOMATION__OWNER, oldOwner, owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.AUTOMATION__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AutomationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AutomationKind newKind) {
		AutomationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.AUTOMATION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataField> getReads() {
		if (reads == null) {
			reads = new EObjectResolvingEList<DataField>(DataField.class, this, DigitalPackage.AUTOMATION__READS);
		}
		return reads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataField> getWrites() {
		if (writes == null) {
			writes = new EObjectResolvingEList<DataField>(DataField.class, this, DigitalPackage.AUTOMATION__WRITES);
		}
		return writes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Transition> getFires() {
		if (fires == null) {
			fires = new EObjectResolvingEList<Transition>(Transition.class, this, DigitalPackage.AUTOMATION__FIRES);
		}
		return fires;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkflowState getReviewPoint() {
		if (reviewPoint != null && reviewPoint.eIsProxy()) {
			InternalEObject oldReviewPoint = (InternalEObject)reviewPoint;
			reviewPoint = (WorkflowState)eResolveProxy(oldReviewPoint);
			if (reviewPoint != oldReviewPoint) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DigitalPackage.AUTOMATION__REVIEW_POINT, oldReviewPoint, reviewPoint));
			}
		}
		return reviewPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkflowState basicGetReviewPoint() {
		return reviewPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewPoint(WorkflowState newReviewPoint) {
		WorkflowState oldReviewPoint = reviewPoint;
		reviewPoint = newReviewPoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.AUTOMATION__REVIEW_POINT, oldReviewPoint, reviewPoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party getOverrideOwner() {
		if (overrideOwner != null && overrideOwner.eIsProxy()) {
			InternalEObject oldOverrideOwner = (InternalEObject)overrideOwner;
			overrideOwner = (Party)eResolveProxy(oldOverrideOwner);
			if (overrideOwner != oldOverrideOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DigitalPackage.AUTOMATION__OVERRIDE_OWNER, oldOverrideOwner, overrideOwner));
			}
		}
		return overrideOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Party basicGetOverrideOwner() {
		return overrideOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverrideOwner(Party newOverrideOwner) {
		Party oldOverrideOwner = overrideOwner;
		overrideOwner = newOverrideOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.AUTOMATION__OVERRIDE_OWNER, oldOverrideOwner, overrideOwner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DigitalPackage.AUTOMATION__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case DigitalPackage.AUTOMATION__KIND:
				return getKind();
			case DigitalPackage.AUTOMATION__READS:
				return getReads();
			case DigitalPackage.AUTOMATION__WRITES:
				return getWrites();
			case DigitalPackage.AUTOMATION__FIRES:
				return getFires();
			case DigitalPackage.AUTOMATION__REVIEW_POINT:
				if (resolve) return getReviewPoint();
				return basicGetReviewPoint();
			case DigitalPackage.AUTOMATION__OVERRIDE_OWNER:
				if (resolve) return getOverrideOwner();
				return basicGetOverrideOwner();
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
			case DigitalPackage.AUTOMATION__OWNER:
				setOwner((Party)newValue);
				return;
			case DigitalPackage.AUTOMATION__KIND:
				setKind((AutomationKind)newValue);
				return;
			case DigitalPackage.AUTOMATION__READS:
				getReads().clear();
				getReads().addAll((Collection<? extends DataField>)newValue);
				return;
			case DigitalPackage.AUTOMATION__WRITES:
				getWrites().clear();
				getWrites().addAll((Collection<? extends DataField>)newValue);
				return;
			case DigitalPackage.AUTOMATION__FIRES:
				getFires().clear();
				getFires().addAll((Collection<? extends Transition>)newValue);
				return;
			case DigitalPackage.AUTOMATION__REVIEW_POINT:
				setReviewPoint((WorkflowState)newValue);
				return;
			case DigitalPackage.AUTOMATION__OVERRIDE_OWNER:
				setOverrideOwner((Party)newValue);
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
			case DigitalPackage.AUTOMATION__OWNER:
				setOwner((Party)null);
				return;
			case DigitalPackage.AUTOMATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case DigitalPackage.AUTOMATION__READS:
				getReads().clear();
				return;
			case DigitalPackage.AUTOMATION__WRITES:
				getWrites().clear();
				return;
			case DigitalPackage.AUTOMATION__FIRES:
				getFires().clear();
				return;
			case DigitalPackage.AUTOMATION__REVIEW_POINT:
				setReviewPoint((WorkflowState)null);
				return;
			case DigitalPackage.AUTOMATION__OVERRIDE_OWNER:
				setOverrideOwner((Party)null);
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
			case DigitalPackage.AUTOMATION__OWNER:
				return owner != null;
			case DigitalPackage.AUTOMATION__KIND:
				return kind != KIND_EDEFAULT;
			case DigitalPackage.AUTOMATION__READS:
				return reads != null && !reads.isEmpty();
			case DigitalPackage.AUTOMATION__WRITES:
				return writes != null && !writes.isEmpty();
			case DigitalPackage.AUTOMATION__FIRES:
				return fires != null && !fires.isEmpty();
			case DigitalPackage.AUTOMATION__REVIEW_POINT:
				return reviewPoint != null;
			case DigitalPackage.AUTOMATION__OVERRIDE_OWNER:
				return overrideOwner != null;
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
				case DigitalPackage.AUTOMATION__OWNER: return DovetailPackage.OWNED__OWNER;
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
				case DovetailPackage.OWNED__OWNER: return DigitalPackage.AUTOMATION__OWNER;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //AutomationImpl
