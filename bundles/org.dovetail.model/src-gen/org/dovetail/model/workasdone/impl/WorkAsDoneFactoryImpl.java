/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone.impl;

import org.dovetail.model.workasdone.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class WorkAsDoneFactoryImpl extends EFactoryImpl implements WorkAsDoneFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static WorkAsDoneFactory init() {
		try {
			WorkAsDoneFactory theWorkAsDoneFactory = (WorkAsDoneFactory)EPackage.Registry.INSTANCE.getEFactory(WorkAsDonePackage.eNS_URI);
			if (theWorkAsDoneFactory != null) {
				return theWorkAsDoneFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new WorkAsDoneFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkAsDoneFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case WorkAsDonePackage.WORK_AS_DONE: return createWorkAsDone();
			case WorkAsDonePackage.LEARNING_SESSION: return createLearningSession();
			case WorkAsDonePackage.OBSERVATION: return createObservation();
			case WorkAsDonePackage.EVENT_LOG: return createEventLog();
			case WorkAsDonePackage.ACTIVITY_MAPPING: return createActivityMapping();
			case WorkAsDonePackage.DEVIATION: return createDeviation();
			case WorkAsDonePackage.HEALTH_METRIC: return createHealthMetric();
			case WorkAsDonePackage.CONTROL_TEST: return createControlTest();
			case WorkAsDonePackage.IMPROVEMENT_ACTION: return createImprovementAction();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case WorkAsDonePackage.LEARNING_PHASE:
				return createLearningPhaseFromString(eDataType, initialValue);
			case WorkAsDonePackage.OBSERVATION_KIND:
				return createObservationKindFromString(eDataType, initialValue);
			case WorkAsDonePackage.LOG_FORMAT:
				return createLogFormatFromString(eDataType, initialValue);
			case WorkAsDonePackage.DEVIATION_KIND:
				return createDeviationKindFromString(eDataType, initialValue);
			case WorkAsDonePackage.METRIC_KIND:
				return createMetricKindFromString(eDataType, initialValue);
			case WorkAsDonePackage.TEST_RESULT:
				return createTestResultFromString(eDataType, initialValue);
			case WorkAsDonePackage.ACTION_STATUS:
				return createActionStatusFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case WorkAsDonePackage.LEARNING_PHASE:
				return convertLearningPhaseToString(eDataType, instanceValue);
			case WorkAsDonePackage.OBSERVATION_KIND:
				return convertObservationKindToString(eDataType, instanceValue);
			case WorkAsDonePackage.LOG_FORMAT:
				return convertLogFormatToString(eDataType, instanceValue);
			case WorkAsDonePackage.DEVIATION_KIND:
				return convertDeviationKindToString(eDataType, instanceValue);
			case WorkAsDonePackage.METRIC_KIND:
				return convertMetricKindToString(eDataType, instanceValue);
			case WorkAsDonePackage.TEST_RESULT:
				return convertTestResultToString(eDataType, instanceValue);
			case WorkAsDonePackage.ACTION_STATUS:
				return convertActionStatusToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkAsDone createWorkAsDone() {
		WorkAsDoneImpl workAsDone = new WorkAsDoneImpl();
		return workAsDone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LearningSession createLearningSession() {
		LearningSessionImpl learningSession = new LearningSessionImpl();
		return learningSession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Observation createObservation() {
		ObservationImpl observation = new ObservationImpl();
		return observation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventLog createEventLog() {
		EventLogImpl eventLog = new EventLogImpl();
		return eventLog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActivityMapping createActivityMapping() {
		ActivityMappingImpl activityMapping = new ActivityMappingImpl();
		return activityMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Deviation createDeviation() {
		DeviationImpl deviation = new DeviationImpl();
		return deviation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HealthMetric createHealthMetric() {
		HealthMetricImpl healthMetric = new HealthMetricImpl();
		return healthMetric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ControlTest createControlTest() {
		ControlTestImpl controlTest = new ControlTestImpl();
		return controlTest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImprovementAction createImprovementAction() {
		ImprovementActionImpl improvementAction = new ImprovementActionImpl();
		return improvementAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LearningPhase createLearningPhaseFromString(EDataType eDataType, String initialValue) {
		LearningPhase result = LearningPhase.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLearningPhaseToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ObservationKind createObservationKindFromString(EDataType eDataType, String initialValue) {
		ObservationKind result = ObservationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertObservationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LogFormat createLogFormatFromString(EDataType eDataType, String initialValue) {
		LogFormat result = LogFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLogFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeviationKind createDeviationKindFromString(EDataType eDataType, String initialValue) {
		DeviationKind result = DeviationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeviationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MetricKind createMetricKindFromString(EDataType eDataType, String initialValue) {
		MetricKind result = MetricKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMetricKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TestResult createTestResultFromString(EDataType eDataType, String initialValue) {
		TestResult result = TestResult.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTestResultToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionStatus createActionStatusFromString(EDataType eDataType, String initialValue) {
		ActionStatus result = ActionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkAsDonePackage getWorkAsDonePackage() {
		return (WorkAsDonePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static WorkAsDonePackage getPackage() {
		return WorkAsDonePackage.eINSTANCE;
	}

} //WorkAsDoneFactoryImpl
