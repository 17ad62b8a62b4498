/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone;

import org.dovetail.model.Element;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work As Done</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Container of the evidence of how work is really done.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.workasdone.WorkAsDone#getSessions <em>Sessions</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.WorkAsDone#getEventLogs <em>Event Logs</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.WorkAsDone#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.WorkAsDone#getControlTests <em>Control Tests</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.WorkAsDone#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getWorkAsDone()
 * @model
 * @generated
 */
public interface WorkAsDone extends Element {
	/**
	 * Returns the value of the '<em><b>Sessions</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.workasdone.LearningSession}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Learning-team sessions and their observations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sessions</em>' containment reference list.
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getWorkAsDone_Sessions()
	 * @model containment="true"
	 * @generated
	 */
	EList<LearningSession> getSessions();

	/**
	 * Returns the value of the '<em><b>Event Logs</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.workasdone.EventLog}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Imported event logs and what they showed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Event Logs</em>' containment reference list.
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getWorkAsDone_EventLogs()
	 * @model containment="true"
	 * @generated
	 */
	EList<EventLog> getEventLogs();

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.workasdone.HealthMetric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Process-health metrics.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getWorkAsDone_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<HealthMetric> getMetrics();

	/**
	 * Returns the value of the '<em><b>Control Tests</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.workasdone.ControlTest}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tests that show whether controls work.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Control Tests</em>' containment reference list.
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getWorkAsDone_ControlTests()
	 * @model containment="true"
	 * @generated
	 */
	EList<ControlTest> getControlTests();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.workasdone.ImprovementAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Improvement actions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getWorkAsDone_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImprovementAction> getActions();

} // WorkAsDone
