/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workflow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A configured workflow for one business object (an invoice, a change request).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.digital.Workflow#getBusinessObject <em>Business Object</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Workflow#getStates <em>States</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Workflow#getTransitions <em>Transitions</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Workflow#getInitialState <em>Initial State</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.digital.DigitalPackage#getWorkflow()
 * @model
 * @generated
 */
public interface Workflow extends DigitalElement {
	/**
	 * Returns the value of the '<em><b>Business Object</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The business object the workflow moves (e.g. "Supplier invoice").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Business Object</em>' attribute.
	 * @see #setBusinessObject(String)
	 * @see org.dovetail.model.digital.DigitalPackage#getWorkflow_BusinessObject()
	 * @model
	 * @generated
	 */
	String getBusinessObject();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.Workflow#getBusinessObject <em>Business Object</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business Object</em>' attribute.
	 * @see #getBusinessObject()
	 * @generated
	 */
	void setBusinessObject(String value);

	/**
	 * Returns the value of the '<em><b>States</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.WorkflowState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The states of the workflow.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>States</em>' containment reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getWorkflow_States()
	 * @model containment="true"
	 * @generated
	 */
	EList<WorkflowState> getStates();

	/**
	 * Returns the value of the '<em><b>Transitions</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.Transition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The allowed transitions between states.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transitions</em>' containment reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getWorkflow_Transitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Transition> getTransitions();

	/**
	 * Returns the value of the '<em><b>Initial State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The state a new object starts in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initial State</em>' reference.
	 * @see #setInitialState(WorkflowState)
	 * @see org.dovetail.model.digital.DigitalPackage#getWorkflow_InitialState()
	 * @model
	 * @generated
	 */
	WorkflowState getInitialState();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.Workflow#getInitialState <em>Initial State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial State</em>' reference.
	 * @see #getInitialState()
	 * @generated
	 */
	void setInitialState(WorkflowState value);

} // Workflow
