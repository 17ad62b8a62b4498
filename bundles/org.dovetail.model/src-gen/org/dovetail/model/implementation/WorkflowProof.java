/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.implementation;

import java.util.Date;

import org.dovetail.model.Identified;
import org.dovetail.model.Person;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workflow Proof</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Evidence that a milestone was reached in real work.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.implementation.WorkflowProof#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.WorkflowProof#getObservedOn <em>Observed On</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.WorkflowProof#getRecordedBy <em>Recorded By</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.WorkflowProof#getCaseReference <em>Case Reference</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.WorkflowProof#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.implementation.ImplementationPackage#getWorkflowProof()
 * @model
 * @generated
 */
public interface WorkflowProof extends Identified {
	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.dovetail.model.implementation.ImplementationPackage#getWorkflowProof_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.dovetail.model.implementation.WorkflowProof#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Observed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it happened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Observed On</em>' attribute.
	 * @see #setObservedOn(Date)
	 * @see org.dovetail.model.implementation.ImplementationPackage#getWorkflowProof_ObservedOn()
	 * @model
	 * @generated
	 */
	Date getObservedOn();

	/**
	 * Sets the value of the '{@link org.dovetail.model.implementation.WorkflowProof#getObservedOn <em>Observed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed On</em>' attribute.
	 * @see #getObservedOn()
	 * @generated
	 */
	void setObservedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Recorded By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who recorded it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recorded By</em>' reference.
	 * @see #setRecordedBy(Person)
	 * @see org.dovetail.model.implementation.ImplementationPackage#getWorkflowProof_RecordedBy()
	 * @model
	 * @generated
	 */
	Person getRecordedBy();

	/**
	 * Sets the value of the '{@link org.dovetail.model.implementation.WorkflowProof#getRecordedBy <em>Recorded By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded By</em>' reference.
	 * @see #getRecordedBy()
	 * @generated
	 */
	void setRecordedBy(Person value);

	/**
	 * Returns the value of the '<em><b>Case Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The real case it happened in (a case or document number).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Case Reference</em>' attribute.
	 * @see #setCaseReference(String)
	 * @see org.dovetail.model.implementation.ImplementationPackage#getWorkflowProof_CaseReference()
	 * @model
	 * @generated
	 */
	String getCaseReference();

	/**
	 * Sets the value of the '{@link org.dovetail.model.implementation.WorkflowProof#getCaseReference <em>Case Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Reference</em>' attribute.
	 * @see #getCaseReference()
	 * @generated
	 */
	void setCaseReference(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.Identified}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Model elements that back the proof (an observation, a metric).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' reference list.
	 * @see org.dovetail.model.implementation.ImplementationPackage#getWorkflowProof_Evidence()
	 * @model
	 * @generated
	 */
	EList<Identified> getEvidence();

} // WorkflowProof
