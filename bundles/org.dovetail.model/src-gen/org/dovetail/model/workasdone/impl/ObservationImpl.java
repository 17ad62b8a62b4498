/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone.impl;

import java.util.Collection;

import org.dovetail.model.impl.ElementImpl;

import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.model.process.Step;

import org.dovetail.model.workasdone.Observation;
import org.dovetail.model.workasdone.ObservationKind;
import org.dovetail.model.workasdone.WorkAsDonePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Observation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.workasdone.impl.ObservationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.ObservationImpl#getStep <em>Step</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.ObservationImpl#getAdaptation <em>Adaptation</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.ObservationImpl#getPressure <em>Pressure</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.ObservationImpl#getOccurrences <em>Occurrences</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.ObservationImpl#getArtifacts <em>Artifacts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ObservationImpl extends ElementImpl implements Observation {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ObservationKind KIND_EDEFAULT = ObservationKind.WORKAROUND;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ObservationKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getAdaptation() <em>Adaptation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdaptation()
	 * @generated
	 * @ordered
	 */
	protected static final String ADAPTATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdaptation() <em>Adaptation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdaptation()
	 * @generated
	 * @ordered
	 */
	protected String adaptation = ADAPTATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPressure() <em>Pressure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPressure()
	 * @generated
	 * @ordered
	 */
	protected static final String PRESSURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPressure() <em>Pressure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPressure()
	 * @generated
	 * @ordered
	 */
	protected String pressure = PRESSURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOccurrences() <em>Occurrences</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccurrences()
	 * @generated
	 * @ordered
	 */
	protected static final int OCCURRENCES_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getOccurrences() <em>Occurrences</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccurrences()
	 * @generated
	 * @ordered
	 */
	protected int occurrences = OCCURRENCES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getArtifacts() <em>Artifacts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtifacts()
	 * @generated
	 * @ordered
	 */
	protected EList<LegacyArtifact> artifacts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ObservationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkAsDonePackage.Literals.OBSERVATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObservationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ObservationKind newKind) {
		ObservationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.OBSERVATION__KIND, oldKind, kind));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WorkAsDonePackage.OBSERVATION__STEP, oldStep, step));
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
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.OBSERVATION__STEP, oldStep, step));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAdaptation() {
		return adaptation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdaptation(String newAdaptation) {
		String oldAdaptation = adaptation;
		adaptation = newAdaptation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.OBSERVATION__ADAPTATION, oldAdaptation, adaptation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPressure() {
		return pressure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPressure(String newPressure) {
		String oldPressure = pressure;
		pressure = newPressure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.OBSERVATION__PRESSURE, oldPressure, pressure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOccurrences() {
		return occurrences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccurrences(int newOccurrences) {
		int oldOccurrences = occurrences;
		occurrences = newOccurrences;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.OBSERVATION__OCCURRENCES, oldOccurrences, occurrences));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LegacyArtifact> getArtifacts() {
		if (artifacts == null) {
			artifacts = new EObjectResolvingEList<LegacyArtifact>(LegacyArtifact.class, this, WorkAsDonePackage.OBSERVATION__ARTIFACTS);
		}
		return artifacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WorkAsDonePackage.OBSERVATION__KIND:
				return getKind();
			case WorkAsDonePackage.OBSERVATION__STEP:
				if (resolve) return getStep();
				return basicGetStep();
			case WorkAsDonePackage.OBSERVATION__ADAPTATION:
				return getAdaptation();
			case WorkAsDonePackage.OBSERVATION__PRESSURE:
				return getPressure();
			case WorkAsDonePackage.OBSERVATION__OCCURRENCES:
				return getOccurrences();
			case WorkAsDonePackage.OBSERVATION__ARTIFACTS:
				return getArtifacts();
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
			case WorkAsDonePackage.OBSERVATION__KIND:
				setKind((ObservationKind)newValue);
				return;
			case WorkAsDonePackage.OBSERVATION__STEP:
				setStep((Step)newValue);
				return;
			case WorkAsDonePackage.OBSERVATION__ADAPTATION:
				setAdaptation((String)newValue);
				return;
			case WorkAsDonePackage.OBSERVATION__PRESSURE:
				setPressure((String)newValue);
				return;
			case WorkAsDonePackage.OBSERVATION__OCCURRENCES:
				setOccurrences((Integer)newValue);
				return;
			case WorkAsDonePackage.OBSERVATION__ARTIFACTS:
				getArtifacts().clear();
				getArtifacts().addAll((Collection<? extends LegacyArtifact>)newValue);
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
			case WorkAsDonePackage.OBSERVATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case WorkAsDonePackage.OBSERVATION__STEP:
				setStep((Step)null);
				return;
			case WorkAsDonePackage.OBSERVATION__ADAPTATION:
				setAdaptation(ADAPTATION_EDEFAULT);
				return;
			case WorkAsDonePackage.OBSERVATION__PRESSURE:
				setPressure(PRESSURE_EDEFAULT);
				return;
			case WorkAsDonePackage.OBSERVATION__OCCURRENCES:
				setOccurrences(OCCURRENCES_EDEFAULT);
				return;
			case WorkAsDonePackage.OBSERVATION__ARTIFACTS:
				getArtifacts().clear();
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
			case WorkAsDonePackage.OBSERVATION__KIND:
				return kind != KIND_EDEFAULT;
			case WorkAsDonePackage.OBSERVATION__STEP:
				return step != null;
			case WorkAsDonePackage.OBSERVATION__ADAPTATION:
				return ADAPTATION_EDEFAULT == null ? adaptation != null : !ADAPTATION_EDEFAULT.equals(adaptation);
			case WorkAsDonePackage.OBSERVATION__PRESSURE:
				return PRESSURE_EDEFAULT == null ? pressure != null : !PRESSURE_EDEFAULT.equals(pressure);
			case WorkAsDonePackage.OBSERVATION__OCCURRENCES:
				return occurrences != OCCURRENCES_EDEFAULT;
			case WorkAsDonePackage.OBSERVATION__ARTIFACTS:
				return artifacts != null && !artifacts.isEmpty();
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
		result.append(", adaptation: ");
		result.append(adaptation);
		result.append(", pressure: ");
		result.append(pressure);
		result.append(", occurrences: ");
		result.append(occurrences);
		result.append(')');
		return result.toString();
	}

} //ObservationImpl
