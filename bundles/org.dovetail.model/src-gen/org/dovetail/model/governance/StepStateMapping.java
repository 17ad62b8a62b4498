/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance;

import org.dovetail.model.digital.WorkflowState;

import org.dovetail.model.process.Step;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step State Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A process step is carried out in these workflow states.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.StepStateMapping#getStep <em>Step</em>}</li>
 *   <li>{@link org.dovetail.model.governance.StepStateMapping#getStates <em>States</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.governance.GovernancePackage#getStepStateMapping()
 * @model
 * @generated
 */
public interface StepStateMapping extends Mapping {
	/**
	 * Returns the value of the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The process step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step</em>' reference.
	 * @see #setStep(Step)
	 * @see org.dovetail.model.governance.GovernancePackage#getStepStateMapping_Step()
	 * @model required="true"
	 * @generated
	 */
	Step getStep();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.StepStateMapping#getStep <em>Step</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' reference.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(Step value);

	/**
	 * Returns the value of the '<em><b>States</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.WorkflowState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The workflow states that carry the step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>States</em>' reference list.
	 * @see org.dovetail.model.governance.GovernancePackage#getStepStateMapping_States()
	 * @model required="true"
	 * @generated
	 */
	EList<WorkflowState> getStates();

} // StepStateMapping
