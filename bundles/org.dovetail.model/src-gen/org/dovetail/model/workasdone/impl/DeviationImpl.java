/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone.impl;

import org.dovetail.model.impl.IdentifiedImpl;

import org.dovetail.model.process.Step;

import org.dovetail.model.workasdone.Deviation;
import org.dovetail.model.workasdone.DeviationKind;
import org.dovetail.model.workasdone.WorkAsDonePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Deviation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.workasdone.impl.DeviationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.DeviationImpl#getStep <em>Step</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.DeviationImpl#getAffectedCases <em>Affected Cases</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.DeviationImpl#getConsideredCases <em>Considered Cases</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.DeviationImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviationImpl extends IdentifiedImpl implements Deviation {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DeviationKind KIND_EDEFAULT = DeviationKind.SKIPPED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DeviationKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getAffectedCases() <em>Affected Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffectedCases()
	 * @generated
	 * @ordered
	 */
	protected static final int AFFECTED_CASES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAffectedCases() <em>Affected Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffectedCases()
	 * @generated
	 * @ordered
	 */
	protected int affectedCases = AFFECTED_CASES_EDEFAULT;

	/**
	 * The default value of the '{@link #getConsideredCases() <em>Considered Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsideredCases()
	 * @generated
	 * @ordered
	 */
	protected static final int CONSIDERED_CASES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getConsideredCases() <em>Considered Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsideredCases()
	 * @generated
	 * @ordered
	 */
	protected int consideredCases = CONSIDERED_CASES_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkAsDonePackage.Literals.DEVIATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DeviationKind newKind) {
		DeviationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.DEVIATION__KIND, oldKind, kind));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WorkAsDonePackage.DEVIATION__STEP, oldStep, step));
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
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.DEVIATION__STEP, oldStep, step));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAffectedCases() {
		return affectedCases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAffectedCases(int newAffectedCases) {
		int oldAffectedCases = affectedCases;
		affectedCases = newAffectedCases;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.DEVIATION__AFFECTED_CASES, oldAffectedCases, affectedCases));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getConsideredCases() {
		return consideredCases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsideredCases(int newConsideredCases) {
		int oldConsideredCases = consideredCases;
		consideredCases = newConsideredCases;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.DEVIATION__CONSIDERED_CASES, oldConsideredCases, consideredCases));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.DEVIATION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WorkAsDonePackage.DEVIATION__KIND:
				return getKind();
			case WorkAsDonePackage.DEVIATION__STEP:
				if (resolve) return getStep();
				return basicGetStep();
			case WorkAsDonePackage.DEVIATION__AFFECTED_CASES:
				return getAffectedCases();
			case WorkAsDonePackage.DEVIATION__CONSIDERED_CASES:
				return getConsideredCases();
			case WorkAsDonePackage.DEVIATION__DESCRIPTION:
				return getDescription();
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
			case WorkAsDonePackage.DEVIATION__KIND:
				setKind((DeviationKind)newValue);
				return;
			case WorkAsDonePackage.DEVIATION__STEP:
				setStep((Step)newValue);
				return;
			case WorkAsDonePackage.DEVIATION__AFFECTED_CASES:
				setAffectedCases((Integer)newValue);
				return;
			case WorkAsDonePackage.DEVIATION__CONSIDERED_CASES:
				setConsideredCases((Integer)newValue);
				return;
			case WorkAsDonePackage.DEVIATION__DESCRIPTION:
				setDescription((String)newValue);
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
			case WorkAsDonePackage.DEVIATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case WorkAsDonePackage.DEVIATION__STEP:
				setStep((Step)null);
				return;
			case WorkAsDonePackage.DEVIATION__AFFECTED_CASES:
				setAffectedCases(AFFECTED_CASES_EDEFAULT);
				return;
			case WorkAsDonePackage.DEVIATION__CONSIDERED_CASES:
				setConsideredCases(CONSIDERED_CASES_EDEFAULT);
				return;
			case WorkAsDonePackage.DEVIATION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case WorkAsDonePackage.DEVIATION__KIND:
				return kind != KIND_EDEFAULT;
			case WorkAsDonePackage.DEVIATION__STEP:
				return step != null;
			case WorkAsDonePackage.DEVIATION__AFFECTED_CASES:
				return affectedCases != AFFECTED_CASES_EDEFAULT;
			case WorkAsDonePackage.DEVIATION__CONSIDERED_CASES:
				return consideredCases != CONSIDERED_CASES_EDEFAULT;
			case WorkAsDonePackage.DEVIATION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", affectedCases: ");
		result.append(affectedCases);
		result.append(", consideredCases: ");
		result.append(consideredCases);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //DeviationImpl
