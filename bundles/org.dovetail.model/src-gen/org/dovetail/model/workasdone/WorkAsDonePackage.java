/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone;

import org.dovetail.model.DovetailPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Work as done: observations from learning-team sessions, event logs checked against the model, process-health metrics, control tests and improvement actions. Adaptations are signals about the design, not blame.
 * <!-- end-model-doc -->
 * @see org.dovetail.model.workasdone.WorkAsDoneFactory
 * @model kind="package"
 * @generated
 */
public interface WorkAsDonePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "workasdone";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.dovetail.org/model/1.0/workasdone";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "workasdone";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	WorkAsDonePackage eINSTANCE = org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.dovetail.model.workasdone.impl.WorkAsDoneImpl <em>Work As Done</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.workasdone.impl.WorkAsDoneImpl
	 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getWorkAsDone()
	 * @generated
	 */
	int WORK_AS_DONE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AS_DONE__ID = DovetailPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AS_DONE__NAME = DovetailPackage.ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AS_DONE__DESCRIPTION = DovetailPackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sessions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AS_DONE__SESSIONS = DovetailPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Event Logs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AS_DONE__EVENT_LOGS = DovetailPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AS_DONE__METRICS = DovetailPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Control Tests</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AS_DONE__CONTROL_TESTS = DovetailPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AS_DONE__ACTIONS = DovetailPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Work As Done</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AS_DONE_FEATURE_COUNT = DovetailPackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Work As Done</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AS_DONE_OPERATION_COUNT = DovetailPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.workasdone.impl.LearningSessionImpl <em>Learning Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.workasdone.impl.LearningSessionImpl
	 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getLearningSession()
	 * @generated
	 */
	int LEARNING_SESSION = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__ID = DovetailPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__NAME = DovetailPackage.ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__DESCRIPTION = DovetailPackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__PHASE = DovetailPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Held On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__HELD_ON = DovetailPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Facilitator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__FACILITATOR = DovetailPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__PARTICIPANTS = DovetailPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Observations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION__OBSERVATIONS = DovetailPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Learning Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION_FEATURE_COUNT = DovetailPackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Learning Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_SESSION_OPERATION_COUNT = DovetailPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.workasdone.impl.ObservationImpl <em>Observation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.workasdone.impl.ObservationImpl
	 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getObservation()
	 * @generated
	 */
	int OBSERVATION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__ID = DovetailPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__NAME = DovetailPackage.ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__DESCRIPTION = DovetailPackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__KIND = DovetailPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__STEP = DovetailPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Adaptation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__ADAPTATION = DovetailPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Pressure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__PRESSURE = DovetailPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Occurrences</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__OCCURRENCES = DovetailPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Artifacts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__ARTIFACTS = DovetailPackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Observation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION_FEATURE_COUNT = DovetailPackage.ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Observation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION_OPERATION_COUNT = DovetailPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.workasdone.impl.EventLogImpl <em>Event Log</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.workasdone.impl.EventLogImpl
	 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getEventLog()
	 * @generated
	 */
	int EVENT_LOG = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LOG__ID = DovetailPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LOG__NAME = DovetailPackage.ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LOG__DESCRIPTION = DovetailPackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LOG__FORMAT = DovetailPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LOG__SOURCE = DovetailPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>System</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LOG__SYSTEM = DovetailPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Process</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LOG__PROCESS = DovetailPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Imported On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LOG__IMPORTED_ON = DovetailPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Case Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LOG__CASE_COUNT = DovetailPackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Event Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LOG__EVENT_COUNT = DovetailPackage.ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Activity Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LOG__ACTIVITY_MAPPINGS = DovetailPackage.ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Deviations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LOG__DEVIATIONS = DovetailPackage.ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Event Log</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LOG_FEATURE_COUNT = DovetailPackage.ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Event Log</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LOG_OPERATION_COUNT = DovetailPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.workasdone.impl.ActivityMappingImpl <em>Activity Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.workasdone.impl.ActivityMappingImpl
	 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getActivityMapping()
	 * @generated
	 */
	int ACTIVITY_MAPPING = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_MAPPING__ID = DovetailPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_MAPPING__ACTIVITY = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_MAPPING__STEP = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Activity Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_MAPPING_FEATURE_COUNT = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Activity Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_MAPPING_OPERATION_COUNT = DovetailPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.workasdone.impl.DeviationImpl <em>Deviation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.workasdone.impl.DeviationImpl
	 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getDeviation()
	 * @generated
	 */
	int DEVIATION = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVIATION__ID = DovetailPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVIATION__KIND = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVIATION__STEP = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Affected Cases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVIATION__AFFECTED_CASES = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Considered Cases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVIATION__CONSIDERED_CASES = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVIATION__DESCRIPTION = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Deviation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVIATION_FEATURE_COUNT = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Deviation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVIATION_OPERATION_COUNT = DovetailPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.workasdone.impl.HealthMetricImpl <em>Health Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.workasdone.impl.HealthMetricImpl
	 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getHealthMetric()
	 * @generated
	 */
	int HEALTH_METRIC = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTH_METRIC__ID = DovetailPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTH_METRIC__NAME = DovetailPackage.ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTH_METRIC__DESCRIPTION = DovetailPackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTH_METRIC__OWNER = DovetailPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTH_METRIC__KIND = DovetailPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Process</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTH_METRIC__PROCESS = DovetailPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTH_METRIC__DATA_SOURCE = DovetailPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTH_METRIC__UNIT = DovetailPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTH_METRIC__TARGET = DovetailPackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Current</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTH_METRIC__CURRENT = DovetailPackage.ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Health Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTH_METRIC_FEATURE_COUNT = DovetailPackage.ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Health Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTH_METRIC_OPERATION_COUNT = DovetailPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.workasdone.impl.ControlTestImpl <em>Control Test</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.workasdone.impl.ControlTestImpl
	 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getControlTest()
	 * @generated
	 */
	int CONTROL_TEST = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_TEST__ID = DovetailPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_TEST__NAME = DovetailPackage.ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_TEST__DESCRIPTION = DovetailPackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Control</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_TEST__CONTROL = DovetailPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tested On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_TEST__TESTED_ON = DovetailPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tester</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_TEST__TESTER = DovetailPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_TEST__RESULT = DovetailPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Control Test</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_TEST_FEATURE_COUNT = DovetailPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Control Test</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_TEST_OPERATION_COUNT = DovetailPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.workasdone.impl.ImprovementActionImpl <em>Improvement Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.workasdone.impl.ImprovementActionImpl
	 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getImprovementAction()
	 * @generated
	 */
	int IMPROVEMENT_ACTION = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION__ID = DovetailPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION__NAME = DovetailPackage.ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION__DESCRIPTION = DovetailPackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION__OWNER = DovetailPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sponsor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION__SPONSOR = DovetailPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION__ADDRESSES = DovetailPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION__STATUS = DovetailPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION__DUE_ON = DovetailPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Improvement Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION_FEATURE_COUNT = DovetailPackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Improvement Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION_OPERATION_COUNT = DovetailPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.workasdone.LearningPhase <em>Learning Phase</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.workasdone.LearningPhase
	 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getLearningPhase()
	 * @generated
	 */
	int LEARNING_PHASE = 9;

	/**
	 * The meta object id for the '{@link org.dovetail.model.workasdone.ObservationKind <em>Observation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.workasdone.ObservationKind
	 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getObservationKind()
	 * @generated
	 */
	int OBSERVATION_KIND = 10;

	/**
	 * The meta object id for the '{@link org.dovetail.model.workasdone.LogFormat <em>Log Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.workasdone.LogFormat
	 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getLogFormat()
	 * @generated
	 */
	int LOG_FORMAT = 11;

	/**
	 * The meta object id for the '{@link org.dovetail.model.workasdone.DeviationKind <em>Deviation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.workasdone.DeviationKind
	 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getDeviationKind()
	 * @generated
	 */
	int DEVIATION_KIND = 12;

	/**
	 * The meta object id for the '{@link org.dovetail.model.workasdone.MetricKind <em>Metric Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.workasdone.MetricKind
	 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getMetricKind()
	 * @generated
	 */
	int METRIC_KIND = 13;

	/**
	 * The meta object id for the '{@link org.dovetail.model.workasdone.TestResult <em>Test Result</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.workasdone.TestResult
	 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getTestResult()
	 * @generated
	 */
	int TEST_RESULT = 14;

	/**
	 * The meta object id for the '{@link org.dovetail.model.workasdone.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.workasdone.ActionStatus
	 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 15;


	/**
	 * Returns the meta object for class '{@link org.dovetail.model.workasdone.WorkAsDone <em>Work As Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work As Done</em>'.
	 * @see org.dovetail.model.workasdone.WorkAsDone
	 * @generated
	 */
	EClass getWorkAsDone();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.workasdone.WorkAsDone#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sessions</em>'.
	 * @see org.dovetail.model.workasdone.WorkAsDone#getSessions()
	 * @see #getWorkAsDone()
	 * @generated
	 */
	EReference getWorkAsDone_Sessions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.workasdone.WorkAsDone#getEventLogs <em>Event Logs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Event Logs</em>'.
	 * @see org.dovetail.model.workasdone.WorkAsDone#getEventLogs()
	 * @see #getWorkAsDone()
	 * @generated
	 */
	EReference getWorkAsDone_EventLogs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.workasdone.WorkAsDone#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.dovetail.model.workasdone.WorkAsDone#getMetrics()
	 * @see #getWorkAsDone()
	 * @generated
	 */
	EReference getWorkAsDone_Metrics();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.workasdone.WorkAsDone#getControlTests <em>Control Tests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Control Tests</em>'.
	 * @see org.dovetail.model.workasdone.WorkAsDone#getControlTests()
	 * @see #getWorkAsDone()
	 * @generated
	 */
	EReference getWorkAsDone_ControlTests();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.workasdone.WorkAsDone#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.dovetail.model.workasdone.WorkAsDone#getActions()
	 * @see #getWorkAsDone()
	 * @generated
	 */
	EReference getWorkAsDone_Actions();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.workasdone.LearningSession <em>Learning Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Learning Session</em>'.
	 * @see org.dovetail.model.workasdone.LearningSession
	 * @generated
	 */
	EClass getLearningSession();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.LearningSession#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see org.dovetail.model.workasdone.LearningSession#getPhase()
	 * @see #getLearningSession()
	 * @generated
	 */
	EAttribute getLearningSession_Phase();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.LearningSession#getHeldOn <em>Held On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Held On</em>'.
	 * @see org.dovetail.model.workasdone.LearningSession#getHeldOn()
	 * @see #getLearningSession()
	 * @generated
	 */
	EAttribute getLearningSession_HeldOn();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.workasdone.LearningSession#getFacilitator <em>Facilitator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Facilitator</em>'.
	 * @see org.dovetail.model.workasdone.LearningSession#getFacilitator()
	 * @see #getLearningSession()
	 * @generated
	 */
	EReference getLearningSession_Facilitator();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.workasdone.LearningSession#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Participants</em>'.
	 * @see org.dovetail.model.workasdone.LearningSession#getParticipants()
	 * @see #getLearningSession()
	 * @generated
	 */
	EReference getLearningSession_Participants();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.workasdone.LearningSession#getObservations <em>Observations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Observations</em>'.
	 * @see org.dovetail.model.workasdone.LearningSession#getObservations()
	 * @see #getLearningSession()
	 * @generated
	 */
	EReference getLearningSession_Observations();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.workasdone.Observation <em>Observation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Observation</em>'.
	 * @see org.dovetail.model.workasdone.Observation
	 * @generated
	 */
	EClass getObservation();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.Observation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.dovetail.model.workasdone.Observation#getKind()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.workasdone.Observation#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Step</em>'.
	 * @see org.dovetail.model.workasdone.Observation#getStep()
	 * @see #getObservation()
	 * @generated
	 */
	EReference getObservation_Step();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.Observation#getAdaptation <em>Adaptation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adaptation</em>'.
	 * @see org.dovetail.model.workasdone.Observation#getAdaptation()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Adaptation();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.Observation#getPressure <em>Pressure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pressure</em>'.
	 * @see org.dovetail.model.workasdone.Observation#getPressure()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Pressure();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.Observation#getOccurrences <em>Occurrences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occurrences</em>'.
	 * @see org.dovetail.model.workasdone.Observation#getOccurrences()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Occurrences();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.workasdone.Observation#getArtifacts <em>Artifacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Artifacts</em>'.
	 * @see org.dovetail.model.workasdone.Observation#getArtifacts()
	 * @see #getObservation()
	 * @generated
	 */
	EReference getObservation_Artifacts();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.workasdone.EventLog <em>Event Log</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Event Log</em>'.
	 * @see org.dovetail.model.workasdone.EventLog
	 * @generated
	 */
	EClass getEventLog();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.EventLog#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.dovetail.model.workasdone.EventLog#getFormat()
	 * @see #getEventLog()
	 * @generated
	 */
	EAttribute getEventLog_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.EventLog#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.dovetail.model.workasdone.EventLog#getSource()
	 * @see #getEventLog()
	 * @generated
	 */
	EAttribute getEventLog_Source();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.workasdone.EventLog#getSystem <em>System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>System</em>'.
	 * @see org.dovetail.model.workasdone.EventLog#getSystem()
	 * @see #getEventLog()
	 * @generated
	 */
	EReference getEventLog_System();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.workasdone.EventLog#getProcess <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Process</em>'.
	 * @see org.dovetail.model.workasdone.EventLog#getProcess()
	 * @see #getEventLog()
	 * @generated
	 */
	EReference getEventLog_Process();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.EventLog#getImportedOn <em>Imported On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported On</em>'.
	 * @see org.dovetail.model.workasdone.EventLog#getImportedOn()
	 * @see #getEventLog()
	 * @generated
	 */
	EAttribute getEventLog_ImportedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.EventLog#getCaseCount <em>Case Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Count</em>'.
	 * @see org.dovetail.model.workasdone.EventLog#getCaseCount()
	 * @see #getEventLog()
	 * @generated
	 */
	EAttribute getEventLog_CaseCount();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.EventLog#getEventCount <em>Event Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Count</em>'.
	 * @see org.dovetail.model.workasdone.EventLog#getEventCount()
	 * @see #getEventLog()
	 * @generated
	 */
	EAttribute getEventLog_EventCount();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.workasdone.EventLog#getActivityMappings <em>Activity Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Activity Mappings</em>'.
	 * @see org.dovetail.model.workasdone.EventLog#getActivityMappings()
	 * @see #getEventLog()
	 * @generated
	 */
	EReference getEventLog_ActivityMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.workasdone.EventLog#getDeviations <em>Deviations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Deviations</em>'.
	 * @see org.dovetail.model.workasdone.EventLog#getDeviations()
	 * @see #getEventLog()
	 * @generated
	 */
	EReference getEventLog_Deviations();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.workasdone.ActivityMapping <em>Activity Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activity Mapping</em>'.
	 * @see org.dovetail.model.workasdone.ActivityMapping
	 * @generated
	 */
	EClass getActivityMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.ActivityMapping#getActivity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activity</em>'.
	 * @see org.dovetail.model.workasdone.ActivityMapping#getActivity()
	 * @see #getActivityMapping()
	 * @generated
	 */
	EAttribute getActivityMapping_Activity();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.workasdone.ActivityMapping#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Step</em>'.
	 * @see org.dovetail.model.workasdone.ActivityMapping#getStep()
	 * @see #getActivityMapping()
	 * @generated
	 */
	EReference getActivityMapping_Step();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.workasdone.Deviation <em>Deviation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deviation</em>'.
	 * @see org.dovetail.model.workasdone.Deviation
	 * @generated
	 */
	EClass getDeviation();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.Deviation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.dovetail.model.workasdone.Deviation#getKind()
	 * @see #getDeviation()
	 * @generated
	 */
	EAttribute getDeviation_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.workasdone.Deviation#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Step</em>'.
	 * @see org.dovetail.model.workasdone.Deviation#getStep()
	 * @see #getDeviation()
	 * @generated
	 */
	EReference getDeviation_Step();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.Deviation#getAffectedCases <em>Affected Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Affected Cases</em>'.
	 * @see org.dovetail.model.workasdone.Deviation#getAffectedCases()
	 * @see #getDeviation()
	 * @generated
	 */
	EAttribute getDeviation_AffectedCases();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.Deviation#getConsideredCases <em>Considered Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Considered Cases</em>'.
	 * @see org.dovetail.model.workasdone.Deviation#getConsideredCases()
	 * @see #getDeviation()
	 * @generated
	 */
	EAttribute getDeviation_ConsideredCases();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.Deviation#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.dovetail.model.workasdone.Deviation#getDescription()
	 * @see #getDeviation()
	 * @generated
	 */
	EAttribute getDeviation_Description();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.workasdone.HealthMetric <em>Health Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Health Metric</em>'.
	 * @see org.dovetail.model.workasdone.HealthMetric
	 * @generated
	 */
	EClass getHealthMetric();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.HealthMetric#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.dovetail.model.workasdone.HealthMetric#getKind()
	 * @see #getHealthMetric()
	 * @generated
	 */
	EAttribute getHealthMetric_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.workasdone.HealthMetric#getProcess <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Process</em>'.
	 * @see org.dovetail.model.workasdone.HealthMetric#getProcess()
	 * @see #getHealthMetric()
	 * @generated
	 */
	EReference getHealthMetric_Process();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.workasdone.HealthMetric#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Data Source</em>'.
	 * @see org.dovetail.model.workasdone.HealthMetric#getDataSource()
	 * @see #getHealthMetric()
	 * @generated
	 */
	EReference getHealthMetric_DataSource();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.HealthMetric#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.dovetail.model.workasdone.HealthMetric#getUnit()
	 * @see #getHealthMetric()
	 * @generated
	 */
	EAttribute getHealthMetric_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.HealthMetric#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.dovetail.model.workasdone.HealthMetric#getTarget()
	 * @see #getHealthMetric()
	 * @generated
	 */
	EAttribute getHealthMetric_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.HealthMetric#getCurrent <em>Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current</em>'.
	 * @see org.dovetail.model.workasdone.HealthMetric#getCurrent()
	 * @see #getHealthMetric()
	 * @generated
	 */
	EAttribute getHealthMetric_Current();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.workasdone.ControlTest <em>Control Test</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Control Test</em>'.
	 * @see org.dovetail.model.workasdone.ControlTest
	 * @generated
	 */
	EClass getControlTest();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.workasdone.ControlTest#getControl <em>Control</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Control</em>'.
	 * @see org.dovetail.model.workasdone.ControlTest#getControl()
	 * @see #getControlTest()
	 * @generated
	 */
	EReference getControlTest_Control();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.ControlTest#getTestedOn <em>Tested On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tested On</em>'.
	 * @see org.dovetail.model.workasdone.ControlTest#getTestedOn()
	 * @see #getControlTest()
	 * @generated
	 */
	EAttribute getControlTest_TestedOn();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.workasdone.ControlTest#getTester <em>Tester</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Tester</em>'.
	 * @see org.dovetail.model.workasdone.ControlTest#getTester()
	 * @see #getControlTest()
	 * @generated
	 */
	EReference getControlTest_Tester();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.ControlTest#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result</em>'.
	 * @see org.dovetail.model.workasdone.ControlTest#getResult()
	 * @see #getControlTest()
	 * @generated
	 */
	EAttribute getControlTest_Result();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.workasdone.ImprovementAction <em>Improvement Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Improvement Action</em>'.
	 * @see org.dovetail.model.workasdone.ImprovementAction
	 * @generated
	 */
	EClass getImprovementAction();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.workasdone.ImprovementAction#getSponsor <em>Sponsor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Sponsor</em>'.
	 * @see org.dovetail.model.workasdone.ImprovementAction#getSponsor()
	 * @see #getImprovementAction()
	 * @generated
	 */
	EReference getImprovementAction_Sponsor();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.workasdone.ImprovementAction#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addresses</em>'.
	 * @see org.dovetail.model.workasdone.ImprovementAction#getAddresses()
	 * @see #getImprovementAction()
	 * @generated
	 */
	EReference getImprovementAction_Addresses();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.ImprovementAction#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.dovetail.model.workasdone.ImprovementAction#getStatus()
	 * @see #getImprovementAction()
	 * @generated
	 */
	EAttribute getImprovementAction_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.workasdone.ImprovementAction#getDueOn <em>Due On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due On</em>'.
	 * @see org.dovetail.model.workasdone.ImprovementAction#getDueOn()
	 * @see #getImprovementAction()
	 * @generated
	 */
	EAttribute getImprovementAction_DueOn();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.workasdone.LearningPhase <em>Learning Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Learning Phase</em>'.
	 * @see org.dovetail.model.workasdone.LearningPhase
	 * @generated
	 */
	EEnum getLearningPhase();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.workasdone.ObservationKind <em>Observation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Observation Kind</em>'.
	 * @see org.dovetail.model.workasdone.ObservationKind
	 * @generated
	 */
	EEnum getObservationKind();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.workasdone.LogFormat <em>Log Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Log Format</em>'.
	 * @see org.dovetail.model.workasdone.LogFormat
	 * @generated
	 */
	EEnum getLogFormat();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.workasdone.DeviationKind <em>Deviation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Deviation Kind</em>'.
	 * @see org.dovetail.model.workasdone.DeviationKind
	 * @generated
	 */
	EEnum getDeviationKind();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.workasdone.MetricKind <em>Metric Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Metric Kind</em>'.
	 * @see org.dovetail.model.workasdone.MetricKind
	 * @generated
	 */
	EEnum getMetricKind();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.workasdone.TestResult <em>Test Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Test Result</em>'.
	 * @see org.dovetail.model.workasdone.TestResult
	 * @generated
	 */
	EEnum getTestResult();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.workasdone.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see org.dovetail.model.workasdone.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	WorkAsDoneFactory getWorkAsDoneFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.dovetail.model.workasdone.impl.WorkAsDoneImpl <em>Work As Done</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.workasdone.impl.WorkAsDoneImpl
		 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getWorkAsDone()
		 * @generated
		 */
		EClass WORK_AS_DONE = eINSTANCE.getWorkAsDone();

		/**
		 * The meta object literal for the '<em><b>Sessions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_AS_DONE__SESSIONS = eINSTANCE.getWorkAsDone_Sessions();

		/**
		 * The meta object literal for the '<em><b>Event Logs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_AS_DONE__EVENT_LOGS = eINSTANCE.getWorkAsDone_EventLogs();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_AS_DONE__METRICS = eINSTANCE.getWorkAsDone_Metrics();

		/**
		 * The meta object literal for the '<em><b>Control Tests</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_AS_DONE__CONTROL_TESTS = eINSTANCE.getWorkAsDone_ControlTests();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_AS_DONE__ACTIONS = eINSTANCE.getWorkAsDone_Actions();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.workasdone.impl.LearningSessionImpl <em>Learning Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.workasdone.impl.LearningSessionImpl
		 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getLearningSession()
		 * @generated
		 */
		EClass LEARNING_SESSION = eINSTANCE.getLearningSession();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_SESSION__PHASE = eINSTANCE.getLearningSession_Phase();

		/**
		 * The meta object literal for the '<em><b>Held On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_SESSION__HELD_ON = eINSTANCE.getLearningSession_HeldOn();

		/**
		 * The meta object literal for the '<em><b>Facilitator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_SESSION__FACILITATOR = eINSTANCE.getLearningSession_Facilitator();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_SESSION__PARTICIPANTS = eINSTANCE.getLearningSession_Participants();

		/**
		 * The meta object literal for the '<em><b>Observations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_SESSION__OBSERVATIONS = eINSTANCE.getLearningSession_Observations();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.workasdone.impl.ObservationImpl <em>Observation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.workasdone.impl.ObservationImpl
		 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getObservation()
		 * @generated
		 */
		EClass OBSERVATION = eINSTANCE.getObservation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__KIND = eINSTANCE.getObservation_Kind();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBSERVATION__STEP = eINSTANCE.getObservation_Step();

		/**
		 * The meta object literal for the '<em><b>Adaptation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__ADAPTATION = eINSTANCE.getObservation_Adaptation();

		/**
		 * The meta object literal for the '<em><b>Pressure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__PRESSURE = eINSTANCE.getObservation_Pressure();

		/**
		 * The meta object literal for the '<em><b>Occurrences</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__OCCURRENCES = eINSTANCE.getObservation_Occurrences();

		/**
		 * The meta object literal for the '<em><b>Artifacts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBSERVATION__ARTIFACTS = eINSTANCE.getObservation_Artifacts();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.workasdone.impl.EventLogImpl <em>Event Log</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.workasdone.impl.EventLogImpl
		 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getEventLog()
		 * @generated
		 */
		EClass EVENT_LOG = eINSTANCE.getEventLog();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_LOG__FORMAT = eINSTANCE.getEventLog_Format();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_LOG__SOURCE = eINSTANCE.getEventLog_Source();

		/**
		 * The meta object literal for the '<em><b>System</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT_LOG__SYSTEM = eINSTANCE.getEventLog_System();

		/**
		 * The meta object literal for the '<em><b>Process</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT_LOG__PROCESS = eINSTANCE.getEventLog_Process();

		/**
		 * The meta object literal for the '<em><b>Imported On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_LOG__IMPORTED_ON = eINSTANCE.getEventLog_ImportedOn();

		/**
		 * The meta object literal for the '<em><b>Case Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_LOG__CASE_COUNT = eINSTANCE.getEventLog_CaseCount();

		/**
		 * The meta object literal for the '<em><b>Event Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_LOG__EVENT_COUNT = eINSTANCE.getEventLog_EventCount();

		/**
		 * The meta object literal for the '<em><b>Activity Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT_LOG__ACTIVITY_MAPPINGS = eINSTANCE.getEventLog_ActivityMappings();

		/**
		 * The meta object literal for the '<em><b>Deviations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT_LOG__DEVIATIONS = eINSTANCE.getEventLog_Deviations();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.workasdone.impl.ActivityMappingImpl <em>Activity Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.workasdone.impl.ActivityMappingImpl
		 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getActivityMapping()
		 * @generated
		 */
		EClass ACTIVITY_MAPPING = eINSTANCE.getActivityMapping();

		/**
		 * The meta object literal for the '<em><b>Activity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY_MAPPING__ACTIVITY = eINSTANCE.getActivityMapping_Activity();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY_MAPPING__STEP = eINSTANCE.getActivityMapping_Step();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.workasdone.impl.DeviationImpl <em>Deviation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.workasdone.impl.DeviationImpl
		 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getDeviation()
		 * @generated
		 */
		EClass DEVIATION = eINSTANCE.getDeviation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVIATION__KIND = eINSTANCE.getDeviation_Kind();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVIATION__STEP = eINSTANCE.getDeviation_Step();

		/**
		 * The meta object literal for the '<em><b>Affected Cases</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVIATION__AFFECTED_CASES = eINSTANCE.getDeviation_AffectedCases();

		/**
		 * The meta object literal for the '<em><b>Considered Cases</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVIATION__CONSIDERED_CASES = eINSTANCE.getDeviation_ConsideredCases();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVIATION__DESCRIPTION = eINSTANCE.getDeviation_Description();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.workasdone.impl.HealthMetricImpl <em>Health Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.workasdone.impl.HealthMetricImpl
		 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getHealthMetric()
		 * @generated
		 */
		EClass HEALTH_METRIC = eINSTANCE.getHealthMetric();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEALTH_METRIC__KIND = eINSTANCE.getHealthMetric_Kind();

		/**
		 * The meta object literal for the '<em><b>Process</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HEALTH_METRIC__PROCESS = eINSTANCE.getHealthMetric_Process();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HEALTH_METRIC__DATA_SOURCE = eINSTANCE.getHealthMetric_DataSource();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEALTH_METRIC__UNIT = eINSTANCE.getHealthMetric_Unit();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEALTH_METRIC__TARGET = eINSTANCE.getHealthMetric_Target();

		/**
		 * The meta object literal for the '<em><b>Current</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEALTH_METRIC__CURRENT = eINSTANCE.getHealthMetric_Current();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.workasdone.impl.ControlTestImpl <em>Control Test</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.workasdone.impl.ControlTestImpl
		 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getControlTest()
		 * @generated
		 */
		EClass CONTROL_TEST = eINSTANCE.getControlTest();

		/**
		 * The meta object literal for the '<em><b>Control</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROL_TEST__CONTROL = eINSTANCE.getControlTest_Control();

		/**
		 * The meta object literal for the '<em><b>Tested On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROL_TEST__TESTED_ON = eINSTANCE.getControlTest_TestedOn();

		/**
		 * The meta object literal for the '<em><b>Tester</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROL_TEST__TESTER = eINSTANCE.getControlTest_Tester();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROL_TEST__RESULT = eINSTANCE.getControlTest_Result();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.workasdone.impl.ImprovementActionImpl <em>Improvement Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.workasdone.impl.ImprovementActionImpl
		 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getImprovementAction()
		 * @generated
		 */
		EClass IMPROVEMENT_ACTION = eINSTANCE.getImprovementAction();

		/**
		 * The meta object literal for the '<em><b>Sponsor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPROVEMENT_ACTION__SPONSOR = eINSTANCE.getImprovementAction_Sponsor();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPROVEMENT_ACTION__ADDRESSES = eINSTANCE.getImprovementAction_Addresses();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPROVEMENT_ACTION__STATUS = eINSTANCE.getImprovementAction_Status();

		/**
		 * The meta object literal for the '<em><b>Due On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPROVEMENT_ACTION__DUE_ON = eINSTANCE.getImprovementAction_DueOn();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.workasdone.LearningPhase <em>Learning Phase</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.workasdone.LearningPhase
		 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getLearningPhase()
		 * @generated
		 */
		EEnum LEARNING_PHASE = eINSTANCE.getLearningPhase();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.workasdone.ObservationKind <em>Observation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.workasdone.ObservationKind
		 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getObservationKind()
		 * @generated
		 */
		EEnum OBSERVATION_KIND = eINSTANCE.getObservationKind();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.workasdone.LogFormat <em>Log Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.workasdone.LogFormat
		 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getLogFormat()
		 * @generated
		 */
		EEnum LOG_FORMAT = eINSTANCE.getLogFormat();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.workasdone.DeviationKind <em>Deviation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.workasdone.DeviationKind
		 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getDeviationKind()
		 * @generated
		 */
		EEnum DEVIATION_KIND = eINSTANCE.getDeviationKind();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.workasdone.MetricKind <em>Metric Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.workasdone.MetricKind
		 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getMetricKind()
		 * @generated
		 */
		EEnum METRIC_KIND = eINSTANCE.getMetricKind();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.workasdone.TestResult <em>Test Result</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.workasdone.TestResult
		 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getTestResult()
		 * @generated
		 */
		EEnum TEST_RESULT = eINSTANCE.getTestResult();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.workasdone.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.workasdone.ActionStatus
		 * @see org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

	}

} //WorkAsDonePackage
