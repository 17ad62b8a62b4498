/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.implementation.impl;

import java.util.Collection;
import java.util.Date;

import org.dovetail.model.Identified;
import org.dovetail.model.Person;

import org.dovetail.model.impl.IdentifiedImpl;

import org.dovetail.model.implementation.ImplementationPackage;
import org.dovetail.model.implementation.WorkflowProof;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Workflow Proof</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.implementation.impl.WorkflowProofImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.impl.WorkflowProofImpl#getObservedOn <em>Observed On</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.impl.WorkflowProofImpl#getRecordedBy <em>Recorded By</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.impl.WorkflowProofImpl#getCaseReference <em>Case Reference</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.impl.WorkflowProofImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkflowProofImpl extends IdentifiedImpl implements WorkflowProof {
	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getObservedOn() <em>Observed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date OBSERVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObservedOn() <em>Observed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedOn()
	 * @generated
	 * @ordered
	 */
	protected Date observedOn = OBSERVED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRecordedBy() <em>Recorded By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedBy()
	 * @generated
	 * @ordered
	 */
	protected Person recordedBy;

	/**
	 * The default value of the '{@link #getCaseReference() <em>Case Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseReference()
	 * @generated
	 * @ordered
	 */
	protected static final String CASE_REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaseReference() <em>Case Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseReference()
	 * @generated
	 * @ordered
	 */
	protected String caseReference = CASE_REFERENCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Identified> evidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkflowProofImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ImplementationPackage.Literals.WORKFLOW_PROOF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ImplementationPackage.WORKFLOW_PROOF__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getObservedOn() {
		return observedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservedOn(Date newObservedOn) {
		Date oldObservedOn = observedOn;
		observedOn = newObservedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ImplementationPackage.WORKFLOW_PROOF__OBSERVED_ON, oldObservedOn, observedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getRecordedBy() {
		if (recordedBy != null && recordedBy.eIsProxy()) {
			InternalEObject oldRecordedBy = (InternalEObject)recordedBy;
			recordedBy = (Person)eResolveProxy(oldRecordedBy);
			if (recordedBy != oldRecordedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ImplementationPackage.WORKFLOW_PROOF__RECORDED_BY, oldRecordedBy, recordedBy));
			}
		}
		return recordedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetRecordedBy() {
		return recordedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordedBy(Person newRecordedBy) {
		Person oldRecordedBy = recordedBy;
		recordedBy = newRecordedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ImplementationPackage.WORKFLOW_PROOF__RECORDED_BY, oldRecordedBy, recordedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaseReference() {
		return caseReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseReference(String newCaseReference) {
		String oldCaseReference = caseReference;
		caseReference = newCaseReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ImplementationPackage.WORKFLOW_PROOF__CASE_REFERENCE, oldCaseReference, caseReference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Identified> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectResolvingEList<Identified>(Identified.class, this, ImplementationPackage.WORKFLOW_PROOF__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ImplementationPackage.WORKFLOW_PROOF__SUMMARY:
				return getSummary();
			case ImplementationPackage.WORKFLOW_PROOF__OBSERVED_ON:
				return getObservedOn();
			case ImplementationPackage.WORKFLOW_PROOF__RECORDED_BY:
				if (resolve) return getRecordedBy();
				return basicGetRecordedBy();
			case ImplementationPackage.WORKFLOW_PROOF__CASE_REFERENCE:
				return getCaseReference();
			case ImplementationPackage.WORKFLOW_PROOF__EVIDENCE:
				return getEvidence();
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
			case ImplementationPackage.WORKFLOW_PROOF__SUMMARY:
				setSummary((String)newValue);
				return;
			case ImplementationPackage.WORKFLOW_PROOF__OBSERVED_ON:
				setObservedOn((Date)newValue);
				return;
			case ImplementationPackage.WORKFLOW_PROOF__RECORDED_BY:
				setRecordedBy((Person)newValue);
				return;
			case ImplementationPackage.WORKFLOW_PROOF__CASE_REFERENCE:
				setCaseReference((String)newValue);
				return;
			case ImplementationPackage.WORKFLOW_PROOF__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Identified>)newValue);
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
			case ImplementationPackage.WORKFLOW_PROOF__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case ImplementationPackage.WORKFLOW_PROOF__OBSERVED_ON:
				setObservedOn(OBSERVED_ON_EDEFAULT);
				return;
			case ImplementationPackage.WORKFLOW_PROOF__RECORDED_BY:
				setRecordedBy((Person)null);
				return;
			case ImplementationPackage.WORKFLOW_PROOF__CASE_REFERENCE:
				setCaseReference(CASE_REFERENCE_EDEFAULT);
				return;
			case ImplementationPackage.WORKFLOW_PROOF__EVIDENCE:
				getEvidence().clear();
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
			case ImplementationPackage.WORKFLOW_PROOF__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case ImplementationPackage.WORKFLOW_PROOF__OBSERVED_ON:
				return OBSERVED_ON_EDEFAULT == null ? observedOn != null : !OBSERVED_ON_EDEFAULT.equals(observedOn);
			case ImplementationPackage.WORKFLOW_PROOF__RECORDED_BY:
				return recordedBy != null;
			case ImplementationPackage.WORKFLOW_PROOF__CASE_REFERENCE:
				return CASE_REFERENCE_EDEFAULT == null ? caseReference != null : !CASE_REFERENCE_EDEFAULT.equals(caseReference);
			case ImplementationPackage.WORKFLOW_PROOF__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
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
		result.append(" (summary: ");
		result.append(summary);
		result.append(", observedOn: ");
		result.append(observedOn);
		result.append(", caseReference: ");
		result.append(caseReference);
		result.append(')');
		return result.toString();
	}

} //WorkflowProofImpl
