/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.implementation.impl;

import org.dovetail.model.Party;

import org.dovetail.model.impl.IdentifiedImpl;

import org.dovetail.model.implementation.ChangeKind;
import org.dovetail.model.implementation.ImplementationPackage;
import org.dovetail.model.implementation.StepChange;

import org.dovetail.model.process.Step;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step Change</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.implementation.impl.StepChangeImpl#getStep <em>Step</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.impl.StepChangeImpl#getChange <em>Change</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.impl.StepChangeImpl#getNewOwner <em>New Owner</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.impl.StepChangeImpl#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StepChangeImpl extends IdentifiedImpl implements StepChange {
	/**
	 * The cached value of the '{@link #getStep() <em>Step</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected Step step;

	/**
	 * The default value of the '{@link #getChange() <em>Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChange()
	 * @generated
	 * @ordered
	 */
	protected static final ChangeKind CHANGE_EDEFAULT = ChangeKind.INTRODUCE;

	/**
	 * The cached value of the '{@link #getChange() <em>Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChange()
	 * @generated
	 * @ordered
	 */
	protected ChangeKind change = CHANGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNewOwner() <em>New Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewOwner()
	 * @generated
	 * @ordered
	 */
	protected Party newOwner;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepChangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ImplementationPackage.Literals.STEP_CHANGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Step getStep() {
		if (step != null && step.eIsProxy()) {
			InternalEObject oldStep = (InternalEObject)step;
			step = (Step)eResolveProxy(oldStep);
			if (step != oldStep) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ImplementationPackage.STEP_CHANGE__STEP, oldStep, step));
			}
		}
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Step basicGetStep() {
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStep(Step newStep) {
		Step oldStep = step;
		step = newStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ImplementationPackage.STEP_CHANGE__STEP, oldStep, step));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChangeKind getChange() {
		return change;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChange(ChangeKind newChange) {
		ChangeKind oldChange = change;
		change = newChange == null ? CHANGE_EDEFAULT : newChange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ImplementationPackage.STEP_CHANGE__CHANGE, oldChange, change));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party getNewOwner() {
		if (newOwner != null && newOwner.eIsProxy()) {
			InternalEObject oldNewOwner = (InternalEObject)newOwner;
			newOwner = (Party)eResolveProxy(oldNewOwner);
			if (newOwner != oldNewOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ImplementationPackage.STEP_CHANGE__NEW_OWNER, oldNewOwner, newOwner));
			}
		}
		return newOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Party basicGetNewOwner() {
		return newOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewOwner(Party newNewOwner) {
		Party oldNewOwner = newOwner;
		newOwner = newNewOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ImplementationPackage.STEP_CHANGE__NEW_OWNER, oldNewOwner, newOwner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ImplementationPackage.STEP_CHANGE__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ImplementationPackage.STEP_CHANGE__STEP:
				if (resolve) return getStep();
				return basicGetStep();
			case ImplementationPackage.STEP_CHANGE__CHANGE:
				return getChange();
			case ImplementationPackage.STEP_CHANGE__NEW_OWNER:
				if (resolve) return getNewOwner();
				return basicGetNewOwner();
			case ImplementationPackage.STEP_CHANGE__REASON:
				return getReason();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ImplementationPackage.STEP_CHANGE__STEP:
				setStep((Step)newValue);
				return;
			case ImplementationPackage.STEP_CHANGE__CHANGE:
				setChange((ChangeKind)newValue);
				return;
			case ImplementationPackage.STEP_CHANGE__NEW_OWNER:
				setNewOwner((Party)newValue);
				return;
			case ImplementationPackage.STEP_CHANGE__REASON:
				setReason((String)newValue);
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
			case ImplementationPackage.STEP_CHANGE__STEP:
				setStep((Step)null);
				return;
			case ImplementationPackage.STEP_CHANGE__CHANGE:
				setChange(CHANGE_EDEFAULT);
				return;
			case ImplementationPackage.STEP_CHANGE__NEW_OWNER:
				setNewOwner((Party)null);
				return;
			case ImplementationPackage.STEP_CHANGE__REASON:
				setReason(REASON_EDEFAULT);
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
			case ImplementationPackage.STEP_CHANGE__STEP:
				return step != null;
			case ImplementationPackage.STEP_CHANGE__CHANGE:
				return change != CHANGE_EDEFAULT;
			case ImplementationPackage.STEP_CHANGE__NEW_OWNER:
				return newOwner != null;
			case ImplementationPackage.STEP_CHANGE__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
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
		result.append(" (change: ");
		result.append(change);
		result.append(", reason: ");
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //StepChangeImpl
