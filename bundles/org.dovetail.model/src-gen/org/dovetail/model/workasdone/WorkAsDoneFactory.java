/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.dovetail.model.workasdone.WorkAsDonePackage
 * @generated
 */
public interface WorkAsDoneFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	WorkAsDoneFactory eINSTANCE = org.dovetail.model.workasdone.impl.WorkAsDoneFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Work As Done</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Work As Done</em>'.
	 * @generated
	 */
	WorkAsDone createWorkAsDone();

	/**
	 * Returns a new object of class '<em>Learning Session</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Learning Session</em>'.
	 * @generated
	 */
	LearningSession createLearningSession();

	/**
	 * Returns a new object of class '<em>Observation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Observation</em>'.
	 * @generated
	 */
	Observation createObservation();

	/**
	 * Returns a new object of class '<em>Event Log</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Event Log</em>'.
	 * @generated
	 */
	EventLog createEventLog();

	/**
	 * Returns a new object of class '<em>Activity Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Activity Mapping</em>'.
	 * @generated
	 */
	ActivityMapping createActivityMapping();

	/**
	 * Returns a new object of class '<em>Deviation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Deviation</em>'.
	 * @generated
	 */
	Deviation createDeviation();

	/**
	 * Returns a new object of class '<em>Health Metric</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Health Metric</em>'.
	 * @generated
	 */
	HealthMetric createHealthMetric();

	/**
	 * Returns a new object of class '<em>Control Test</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Control Test</em>'.
	 * @generated
	 */
	ControlTest createControlTest();

	/**
	 * Returns a new object of class '<em>Improvement Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Improvement Action</em>'.
	 * @generated
	 */
	ImprovementAction createImprovementAction();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	WorkAsDonePackage getWorkAsDonePackage();

} //WorkAsDoneFactory
