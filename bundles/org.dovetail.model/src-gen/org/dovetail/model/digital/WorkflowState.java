/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workflow State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A state of a configured workflow.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.digital.WorkflowState#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dovetail.model.digital.WorkflowState#getOutgoing <em>Outgoing</em>}</li>
 *   <li>{@link org.dovetail.model.digital.WorkflowState#getIncoming <em>Incoming</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.digital.DigitalPackage#getWorkflowState()
 * @model
 * @generated
 */
public interface WorkflowState extends DigitalElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.digital.StateKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the state starts, continues or ends the workflow.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.dovetail.model.digital.StateKind
	 * @see #setKind(StateKind)
	 * @see org.dovetail.model.digital.DigitalPackage#getWorkflowState_Kind()
	 * @model
	 * @generated
	 */
	StateKind getKind();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.WorkflowState#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.dovetail.model.digital.StateKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StateKind value);

	/**
	 * Returns the value of the '<em><b>Outgoing</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.Transition}.
	 * It is bidirectional and its opposite is '{@link org.dovetail.model.digital.Transition#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transitions leaving this state (derived from Transition.source on load; not stored twice).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outgoing</em>' reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getWorkflowState_Outgoing()
	 * @see org.dovetail.model.digital.Transition#getSource
	 * @model opposite="source" resolveProxies="false" transient="true"
	 * @generated
	 */
	EList<Transition> getOutgoing();

	/**
	 * Returns the value of the '<em><b>Incoming</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.Transition}.
	 * It is bidirectional and its opposite is '{@link org.dovetail.model.digital.Transition#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transitions entering this state (derived from Transition.target on load; not stored twice).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Incoming</em>' reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getWorkflowState_Incoming()
	 * @see org.dovetail.model.digital.Transition#getTarget
	 * @model opposite="target" resolveProxies="false" transient="true"
	 * @generated
	 */
	EList<Transition> getIncoming();

} // WorkflowState
