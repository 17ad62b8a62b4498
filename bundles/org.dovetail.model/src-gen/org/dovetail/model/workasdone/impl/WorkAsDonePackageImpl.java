/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone.impl;

import org.dovetail.model.DovetailPackage;

import org.dovetail.model.digital.DigitalPackage;

import org.dovetail.model.digital.impl.DigitalPackageImpl;

import org.dovetail.model.governance.GovernancePackage;

import org.dovetail.model.governance.impl.GovernancePackageImpl;

import org.dovetail.model.impl.DovetailPackageImpl;

import org.dovetail.model.implementation.ImplementationPackage;

import org.dovetail.model.implementation.impl.ImplementationPackageImpl;

import org.dovetail.model.process.ProcessPackage;

import org.dovetail.model.process.impl.ProcessPackageImpl;

import org.dovetail.model.workasdone.ActionStatus;
import org.dovetail.model.workasdone.ActivityMapping;
import org.dovetail.model.workasdone.ControlTest;
import org.dovetail.model.workasdone.Deviation;
import org.dovetail.model.workasdone.DeviationKind;
import org.dovetail.model.workasdone.EventLog;
import org.dovetail.model.workasdone.HealthMetric;
import org.dovetail.model.workasdone.ImprovementAction;
import org.dovetail.model.workasdone.LearningPhase;
import org.dovetail.model.workasdone.LearningSession;
import org.dovetail.model.workasdone.LogFormat;
import org.dovetail.model.workasdone.MetricKind;
import org.dovetail.model.workasdone.Observation;
import org.dovetail.model.workasdone.ObservationKind;
import org.dovetail.model.workasdone.TestResult;
import org.dovetail.model.workasdone.WorkAsDone;
import org.dovetail.model.workasdone.WorkAsDoneFactory;
import org.dovetail.model.workasdone.WorkAsDonePackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class WorkAsDonePackageImpl extends EPackageImpl implements WorkAsDonePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workAsDoneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass learningSessionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass observationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass eventLogEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass activityMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deviationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass healthMetricEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass controlTestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass improvementActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum learningPhaseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum observationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum logFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deviationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum metricKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum testResultEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actionStatusEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private WorkAsDonePackageImpl() {
		super(eNS_URI, WorkAsDoneFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link WorkAsDonePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static WorkAsDonePackage init() {
		if (isInited) return (WorkAsDonePackage)EPackage.Registry.INSTANCE.getEPackage(WorkAsDonePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredWorkAsDonePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		WorkAsDonePackageImpl theWorkAsDonePackage = registeredWorkAsDonePackage instanceof WorkAsDonePackageImpl ? (WorkAsDonePackageImpl)registeredWorkAsDonePackage : new WorkAsDonePackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DovetailPackage.eNS_URI);
		DovetailPackageImpl theDovetailPackage = (DovetailPackageImpl)(registeredPackage instanceof DovetailPackageImpl ? registeredPackage : DovetailPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ProcessPackage.eNS_URI);
		ProcessPackageImpl theProcessPackage = (ProcessPackageImpl)(registeredPackage instanceof ProcessPackageImpl ? registeredPackage : ProcessPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DigitalPackage.eNS_URI);
		DigitalPackageImpl theDigitalPackage = (DigitalPackageImpl)(registeredPackage instanceof DigitalPackageImpl ? registeredPackage : DigitalPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);
		GovernancePackageImpl theGovernancePackage = (GovernancePackageImpl)(registeredPackage instanceof GovernancePackageImpl ? registeredPackage : GovernancePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ImplementationPackage.eNS_URI);
		ImplementationPackageImpl theImplementationPackage = (ImplementationPackageImpl)(registeredPackage instanceof ImplementationPackageImpl ? registeredPackage : ImplementationPackage.eINSTANCE);

		// Create package meta-data objects
		theWorkAsDonePackage.createPackageContents();
		theDovetailPackage.createPackageContents();
		theProcessPackage.createPackageContents();
		theDigitalPackage.createPackageContents();
		theGovernancePackage.createPackageContents();
		theImplementationPackage.createPackageContents();

		// Initialize created meta-data
		theWorkAsDonePackage.initializePackageContents();
		theDovetailPackage.initializePackageContents();
		theProcessPackage.initializePackageContents();
		theDigitalPackage.initializePackageContents();
		theGovernancePackage.initializePackageContents();
		theImplementationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theWorkAsDonePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(WorkAsDonePackage.eNS_URI, theWorkAsDonePackage);
		return theWorkAsDonePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkAsDone() {
		return workAsDoneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkAsDone_Sessions() {
		return (EReference)workAsDoneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkAsDone_EventLogs() {
		return (EReference)workAsDoneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkAsDone_Metrics() {
		return (EReference)workAsDoneEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkAsDone_ControlTests() {
		return (EReference)workAsDoneEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkAsDone_Actions() {
		return (EReference)workAsDoneEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLearningSession() {
		return learningSessionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningSession_Phase() {
		return (EAttribute)learningSessionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningSession_HeldOn() {
		return (EAttribute)learningSessionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningSession_Facilitator() {
		return (EReference)learningSessionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningSession_Participants() {
		return (EReference)learningSessionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningSession_Observations() {
		return (EReference)learningSessionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getObservation() {
		return observationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObservation_Kind() {
		return (EAttribute)observationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getObservation_Step() {
		return (EReference)observationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObservation_Adaptation() {
		return (EAttribute)observationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObservation_Pressure() {
		return (EAttribute)observationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObservation_Occurrences() {
		return (EAttribute)observationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getObservation_Artifacts() {
		return (EReference)observationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEventLog() {
		return eventLogEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventLog_Format() {
		return (EAttribute)eventLogEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventLog_Source() {
		return (EAttribute)eventLogEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEventLog_System() {
		return (EReference)eventLogEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEventLog_Process() {
		return (EReference)eventLogEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventLog_ImportedOn() {
		return (EAttribute)eventLogEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventLog_CaseCount() {
		return (EAttribute)eventLogEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventLog_EventCount() {
		return (EAttribute)eventLogEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEventLog_ActivityMappings() {
		return (EReference)eventLogEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEventLog_Deviations() {
		return (EReference)eventLogEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActivityMapping() {
		return activityMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivityMapping_Activity() {
		return (EAttribute)activityMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivityMapping_Step() {
		return (EReference)activityMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeviation() {
		return deviationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviation_Kind() {
		return (EAttribute)deviationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeviation_Step() {
		return (EReference)deviationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviation_AffectedCases() {
		return (EAttribute)deviationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviation_ConsideredCases() {
		return (EAttribute)deviationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviation_Description() {
		return (EAttribute)deviationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHealthMetric() {
		return healthMetricEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHealthMetric_Kind() {
		return (EAttribute)healthMetricEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHealthMetric_Process() {
		return (EReference)healthMetricEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHealthMetric_DataSource() {
		return (EReference)healthMetricEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHealthMetric_Unit() {
		return (EAttribute)healthMetricEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHealthMetric_Target() {
		return (EAttribute)healthMetricEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHealthMetric_Current() {
		return (EAttribute)healthMetricEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getControlTest() {
		return controlTestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getControlTest_Control() {
		return (EReference)controlTestEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getControlTest_TestedOn() {
		return (EAttribute)controlTestEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getControlTest_Tester() {
		return (EReference)controlTestEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getControlTest_Result() {
		return (EAttribute)controlTestEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImprovementAction() {
		return improvementActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImprovementAction_Sponsor() {
		return (EReference)improvementActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImprovementAction_Addresses() {
		return (EReference)improvementActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImprovementAction_Status() {
		return (EAttribute)improvementActionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImprovementAction_DueOn() {
		return (EAttribute)improvementActionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLearningPhase() {
		return learningPhaseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getObservationKind() {
		return observationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLogFormat() {
		return logFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeviationKind() {
		return deviationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMetricKind() {
		return metricKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTestResult() {
		return testResultEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActionStatus() {
		return actionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkAsDoneFactory getWorkAsDoneFactory() {
		return (WorkAsDoneFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		workAsDoneEClass = createEClass(WORK_AS_DONE);
		createEReference(workAsDoneEClass, WORK_AS_DONE__SESSIONS);
		createEReference(workAsDoneEClass, WORK_AS_DONE__EVENT_LOGS);
		createEReference(workAsDoneEClass, WORK_AS_DONE__METRICS);
		createEReference(workAsDoneEClass, WORK_AS_DONE__CONTROL_TESTS);
		createEReference(workAsDoneEClass, WORK_AS_DONE__ACTIONS);

		learningSessionEClass = createEClass(LEARNING_SESSION);
		createEAttribute(learningSessionEClass, LEARNING_SESSION__PHASE);
		createEAttribute(learningSessionEClass, LEARNING_SESSION__HELD_ON);
		createEReference(learningSessionEClass, LEARNING_SESSION__FACILITATOR);
		createEReference(learningSessionEClass, LEARNING_SESSION__PARTICIPANTS);
		createEReference(learningSessionEClass, LEARNING_SESSION__OBSERVATIONS);

		observationEClass = createEClass(OBSERVATION);
		createEAttribute(observationEClass, OBSERVATION__KIND);
		createEReference(observationEClass, OBSERVATION__STEP);
		createEAttribute(observationEClass, OBSERVATION__ADAPTATION);
		createEAttribute(observationEClass, OBSERVATION__PRESSURE);
		createEAttribute(observationEClass, OBSERVATION__OCCURRENCES);
		createEReference(observationEClass, OBSERVATION__ARTIFACTS);

		eventLogEClass = createEClass(EVENT_LOG);
		createEAttribute(eventLogEClass, EVENT_LOG__FORMAT);
		createEAttribute(eventLogEClass, EVENT_LOG__SOURCE);
		createEReference(eventLogEClass, EVENT_LOG__SYSTEM);
		createEReference(eventLogEClass, EVENT_LOG__PROCESS);
		createEAttribute(eventLogEClass, EVENT_LOG__IMPORTED_ON);
		createEAttribute(eventLogEClass, EVENT_LOG__CASE_COUNT);
		createEAttribute(eventLogEClass, EVENT_LOG__EVENT_COUNT);
		createEReference(eventLogEClass, EVENT_LOG__ACTIVITY_MAPPINGS);
		createEReference(eventLogEClass, EVENT_LOG__DEVIATIONS);

		activityMappingEClass = createEClass(ACTIVITY_MAPPING);
		createEAttribute(activityMappingEClass, ACTIVITY_MAPPING__ACTIVITY);
		createEReference(activityMappingEClass, ACTIVITY_MAPPING__STEP);

		deviationEClass = createEClass(DEVIATION);
		createEAttribute(deviationEClass, DEVIATION__KIND);
		createEReference(deviationEClass, DEVIATION__STEP);
		createEAttribute(deviationEClass, DEVIATION__AFFECTED_CASES);
		createEAttribute(deviationEClass, DEVIATION__CONSIDERED_CASES);
		createEAttribute(deviationEClass, DEVIATION__DESCRIPTION);

		healthMetricEClass = createEClass(HEALTH_METRIC);
		createEAttribute(healthMetricEClass, HEALTH_METRIC__KIND);
		createEReference(healthMetricEClass, HEALTH_METRIC__PROCESS);
		createEReference(healthMetricEClass, HEALTH_METRIC__DATA_SOURCE);
		createEAttribute(healthMetricEClass, HEALTH_METRIC__UNIT);
		createEAttribute(healthMetricEClass, HEALTH_METRIC__TARGET);
		createEAttribute(healthMetricEClass, HEALTH_METRIC__CURRENT);

		controlTestEClass = createEClass(CONTROL_TEST);
		createEReference(controlTestEClass, CONTROL_TEST__CONTROL);
		createEAttribute(controlTestEClass, CONTROL_TEST__TESTED_ON);
		createEReference(controlTestEClass, CONTROL_TEST__TESTER);
		createEAttribute(controlTestEClass, CONTROL_TEST__RESULT);

		improvementActionEClass = createEClass(IMPROVEMENT_ACTION);
		createEReference(improvementActionEClass, IMPROVEMENT_ACTION__SPONSOR);
		createEReference(improvementActionEClass, IMPROVEMENT_ACTION__ADDRESSES);
		createEAttribute(improvementActionEClass, IMPROVEMENT_ACTION__STATUS);
		createEAttribute(improvementActionEClass, IMPROVEMENT_ACTION__DUE_ON);

		// Create enums
		learningPhaseEEnum = createEEnum(LEARNING_PHASE);
		observationKindEEnum = createEEnum(OBSERVATION_KIND);
		logFormatEEnum = createEEnum(LOG_FORMAT);
		deviationKindEEnum = createEEnum(DEVIATION_KIND);
		metricKindEEnum = createEEnum(METRIC_KIND);
		testResultEEnum = createEEnum(TEST_RESULT);
		actionStatusEEnum = createEEnum(ACTION_STATUS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		DovetailPackage theDovetailPackage = (DovetailPackage)EPackage.Registry.INSTANCE.getEPackage(DovetailPackage.eNS_URI);
		ProcessPackage theProcessPackage = (ProcessPackage)EPackage.Registry.INSTANCE.getEPackage(ProcessPackage.eNS_URI);
		DigitalPackage theDigitalPackage = (DigitalPackage)EPackage.Registry.INSTANCE.getEPackage(DigitalPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		workAsDoneEClass.getESuperTypes().add(theDovetailPackage.getElement());
		learningSessionEClass.getESuperTypes().add(theDovetailPackage.getElement());
		observationEClass.getESuperTypes().add(theDovetailPackage.getElement());
		eventLogEClass.getESuperTypes().add(theDovetailPackage.getElement());
		activityMappingEClass.getESuperTypes().add(theDovetailPackage.getIdentified());
		deviationEClass.getESuperTypes().add(theDovetailPackage.getIdentified());
		healthMetricEClass.getESuperTypes().add(theDovetailPackage.getElement());
		healthMetricEClass.getESuperTypes().add(theDovetailPackage.getOwned());
		controlTestEClass.getESuperTypes().add(theDovetailPackage.getElement());
		improvementActionEClass.getESuperTypes().add(theDovetailPackage.getElement());
		improvementActionEClass.getESuperTypes().add(theDovetailPackage.getOwned());

		// Initialize classes, features, and operations; add parameters
		initEClass(workAsDoneEClass, WorkAsDone.class, "WorkAsDone", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWorkAsDone_Sessions(), this.getLearningSession(), null, "sessions", null, 0, -1, WorkAsDone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkAsDone_EventLogs(), this.getEventLog(), null, "eventLogs", null, 0, -1, WorkAsDone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkAsDone_Metrics(), this.getHealthMetric(), null, "metrics", null, 0, -1, WorkAsDone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkAsDone_ControlTests(), this.getControlTest(), null, "controlTests", null, 0, -1, WorkAsDone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkAsDone_Actions(), this.getImprovementAction(), null, "actions", null, 0, -1, WorkAsDone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(learningSessionEClass, LearningSession.class, "LearningSession", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLearningSession_Phase(), this.getLearningPhase(), "phase", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningSession_HeldOn(), ecorePackage.getEDate(), "heldOn", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLearningSession_Facilitator(), theDovetailPackage.getPerson(), null, "facilitator", null, 0, 1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLearningSession_Participants(), theDovetailPackage.getParty(), null, "participants", null, 0, -1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLearningSession_Observations(), this.getObservation(), null, "observations", null, 0, -1, LearningSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(observationEClass, Observation.class, "Observation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getObservation_Kind(), this.getObservationKind(), "kind", null, 0, 1, Observation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getObservation_Step(), theProcessPackage.getStep(), null, "step", null, 0, 1, Observation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObservation_Adaptation(), ecorePackage.getEString(), "adaptation", null, 0, 1, Observation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObservation_Pressure(), ecorePackage.getEString(), "pressure", null, 0, 1, Observation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObservation_Occurrences(), ecorePackage.getEInt(), "occurrences", "1", 0, 1, Observation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getObservation_Artifacts(), theProcessPackage.getLegacyArtifact(), null, "artifacts", null, 0, -1, Observation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(eventLogEClass, EventLog.class, "EventLog", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEventLog_Format(), this.getLogFormat(), "format", null, 0, 1, EventLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEventLog_Source(), ecorePackage.getEString(), "source", null, 0, 1, EventLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEventLog_System(), theDigitalPackage.getInformationSystem(), null, "system", null, 0, 1, EventLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEventLog_Process(), theProcessPackage.getProcess(), null, "process", null, 0, 1, EventLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEventLog_ImportedOn(), ecorePackage.getEDate(), "importedOn", null, 0, 1, EventLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEventLog_CaseCount(), ecorePackage.getEInt(), "caseCount", null, 0, 1, EventLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEventLog_EventCount(), ecorePackage.getEInt(), "eventCount", null, 0, 1, EventLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEventLog_ActivityMappings(), this.getActivityMapping(), null, "activityMappings", null, 0, -1, EventLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEventLog_Deviations(), this.getDeviation(), null, "deviations", null, 0, -1, EventLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(activityMappingEClass, ActivityMapping.class, "ActivityMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActivityMapping_Activity(), ecorePackage.getEString(), "activity", null, 0, 1, ActivityMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActivityMapping_Step(), theProcessPackage.getStep(), null, "step", null, 1, 1, ActivityMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deviationEClass, Deviation.class, "Deviation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeviation_Kind(), this.getDeviationKind(), "kind", null, 0, 1, Deviation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeviation_Step(), theProcessPackage.getStep(), null, "step", null, 0, 1, Deviation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeviation_AffectedCases(), ecorePackage.getEInt(), "affectedCases", null, 0, 1, Deviation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeviation_ConsideredCases(), ecorePackage.getEInt(), "consideredCases", null, 0, 1, Deviation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeviation_Description(), ecorePackage.getEString(), "description", null, 0, 1, Deviation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(healthMetricEClass, HealthMetric.class, "HealthMetric", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHealthMetric_Kind(), this.getMetricKind(), "kind", null, 0, 1, HealthMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHealthMetric_Process(), theProcessPackage.getProcess(), null, "process", null, 1, 1, HealthMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHealthMetric_DataSource(), theDigitalPackage.getDigitalElement(), null, "dataSource", null, 0, 1, HealthMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHealthMetric_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, HealthMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHealthMetric_Target(), ecorePackage.getEDoubleObject(), "target", null, 0, 1, HealthMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHealthMetric_Current(), ecorePackage.getEDoubleObject(), "current", null, 0, 1, HealthMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(controlTestEClass, ControlTest.class, "ControlTest", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getControlTest_Control(), theProcessPackage.getControl(), null, "control", null, 1, 1, ControlTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getControlTest_TestedOn(), ecorePackage.getEDate(), "testedOn", null, 0, 1, ControlTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getControlTest_Tester(), theDovetailPackage.getPerson(), null, "tester", null, 0, 1, ControlTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getControlTest_Result(), this.getTestResult(), "result", null, 0, 1, ControlTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(improvementActionEClass, ImprovementAction.class, "ImprovementAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getImprovementAction_Sponsor(), theDovetailPackage.getPerson(), null, "sponsor", null, 0, 1, ImprovementAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImprovementAction_Addresses(), theDovetailPackage.getIdentified(), null, "addresses", null, 0, -1, ImprovementAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImprovementAction_Status(), this.getActionStatus(), "status", null, 0, 1, ImprovementAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImprovementAction_DueOn(), ecorePackage.getEDate(), "dueOn", null, 0, 1, ImprovementAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(learningPhaseEEnum, LearningPhase.class, "LearningPhase");
		addEEnumLiteral(learningPhaseEEnum, LearningPhase.LEARN);
		addEEnumLiteral(learningPhaseEEnum, LearningPhase.SOAK);
		addEEnumLiteral(learningPhaseEEnum, LearningPhase.IMPROVE_AND_ACTION);

		initEEnum(observationKindEEnum, ObservationKind.class, "ObservationKind");
		addEEnumLiteral(observationKindEEnum, ObservationKind.WORKAROUND);
		addEEnumLiteral(observationKindEEnum, ObservationKind.SKIPPED_STEP);
		addEEnumLiteral(observationKindEEnum, ObservationKind.REORDERING);
		addEEnumLiteral(observationKindEEnum, ObservationKind.BATCHING);
		addEEnumLiteral(observationKindEEnum, ObservationKind.INFORMAL_TOOL);
		addEEnumLiteral(observationKindEEnum, ObservationKind.OTHER);

		initEEnum(logFormatEEnum, LogFormat.class, "LogFormat");
		addEEnumLiteral(logFormatEEnum, LogFormat.XES);
		addEEnumLiteral(logFormatEEnum, LogFormat.CSV);

		initEEnum(deviationKindEEnum, DeviationKind.class, "DeviationKind");
		addEEnumLiteral(deviationKindEEnum, DeviationKind.SKIPPED);
		addEEnumLiteral(deviationKindEEnum, DeviationKind.REPEATED);
		addEEnumLiteral(deviationKindEEnum, DeviationKind.REORDERED);
		addEEnumLiteral(deviationKindEEnum, DeviationKind.APPROVAL_BYPASSED);
		addEEnumLiteral(deviationKindEEnum, DeviationKind.UNMODELLED);

		initEEnum(metricKindEEnum, MetricKind.class, "MetricKind");
		addEEnumLiteral(metricKindEEnum, MetricKind.CYCLE_TIME);
		addEEnumLiteral(metricKindEEnum, MetricKind.THROUGHPUT);
		addEEnumLiteral(metricKindEEnum, MetricKind.FIRST_TIME_RIGHT);
		addEEnumLiteral(metricKindEEnum, MetricKind.EXCEPTION_RATE);
		addEEnumLiteral(metricKindEEnum, MetricKind.COMPLIANCE_RATE);
		addEEnumLiteral(metricKindEEnum, MetricKind.OTHER);

		initEEnum(testResultEEnum, TestResult.class, "TestResult");
		addEEnumLiteral(testResultEEnum, TestResult.EFFECTIVE);
		addEEnumLiteral(testResultEEnum, TestResult.DEFICIENT);
		addEEnumLiteral(testResultEEnum, TestResult.NOT_TESTED);

		initEEnum(actionStatusEEnum, ActionStatus.class, "ActionStatus");
		addEEnumLiteral(actionStatusEEnum, ActionStatus.PROPOSED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.APPROVED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.IN_PROGRESS);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.DONE);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.DROPPED);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "Work as done: observations from learning-team sessions, event logs checked against the model, process-health metrics, control tests and improvement actions. Adaptations are signals about the design, not blame."
		   });
		addAnnotation
		  (workAsDoneEClass,
		   source,
		   new String[] {
			   "documentation", "Container of the evidence of how work is really done."
		   });
		addAnnotation
		  (getWorkAsDone_Sessions(),
		   source,
		   new String[] {
			   "documentation", "Learning-team sessions and their observations."
		   });
		addAnnotation
		  (getWorkAsDone_EventLogs(),
		   source,
		   new String[] {
			   "documentation", "Imported event logs and what they showed."
		   });
		addAnnotation
		  (getWorkAsDone_Metrics(),
		   source,
		   new String[] {
			   "documentation", "Process-health metrics."
		   });
		addAnnotation
		  (getWorkAsDone_ControlTests(),
		   source,
		   new String[] {
			   "documentation", "Tests that show whether controls work."
		   });
		addAnnotation
		  (getWorkAsDone_Actions(),
		   source,
		   new String[] {
			   "documentation", "Improvement actions."
		   });
		addAnnotation
		  (learningSessionEClass,
		   source,
		   new String[] {
			   "documentation", "A learning-team session in one of the Learn, Soak or Improve-and-Action phases."
		   });
		addAnnotation
		  (getLearningSession_Phase(),
		   source,
		   new String[] {
			   "documentation", "The phase the session belongs to."
		   });
		addAnnotation
		  (getLearningSession_HeldOn(),
		   source,
		   new String[] {
			   "documentation", "When the session took place."
		   });
		addAnnotation
		  (getLearningSession_Facilitator(),
		   source,
		   new String[] {
			   "documentation", "Who facilitated."
		   });
		addAnnotation
		  (getLearningSession_Participants(),
		   source,
		   new String[] {
			   "documentation", "Who took part."
		   });
		addAnnotation
		  (getLearningSession_Observations(),
		   source,
		   new String[] {
			   "documentation", "What the session recorded."
		   });
		addAnnotation
		  (observationEClass,
		   source,
		   new String[] {
			   "documentation", "An adaptation observed in real work: what people do differently, under what pressure, at which step."
		   });
		addAnnotation
		  (getObservation_Kind(),
		   source,
		   new String[] {
			   "documentation", "What sort of adaptation it is."
		   });
		addAnnotation
		  (getObservation_Step(),
		   source,
		   new String[] {
			   "documentation", "The step where the adaptation happens."
		   });
		addAnnotation
		  (getObservation_Adaptation(),
		   source,
		   new String[] {
			   "documentation", "What people actually do."
		   });
		addAnnotation
		  (getObservation_Pressure(),
		   source,
		   new String[] {
			   "documentation", "The pressure or constraint that makes the adaptation sensible to them."
		   });
		addAnnotation
		  (getObservation_Occurrences(),
		   source,
		   new String[] {
			   "documentation", "How often it was seen."
		   });
		addAnnotation
		  (getObservation_Artifacts(),
		   source,
		   new String[] {
			   "documentation", "Legacy artifacts the adaptation uses."
		   });
		addAnnotation
		  (eventLogEClass,
		   source,
		   new String[] {
			   "documentation", "An event log from a system (XES or CSV), checked against the modelled process; holds the summary, not the raw events."
		   });
		addAnnotation
		  (getEventLog_Format(),
		   source,
		   new String[] {
			   "documentation", "The file format."
		   });
		addAnnotation
		  (getEventLog_Source(),
		   source,
		   new String[] {
			   "documentation", "Where the log came from (file or extract name)."
		   });
		addAnnotation
		  (getEventLog_System(),
		   source,
		   new String[] {
			   "documentation", "The system that wrote the log."
		   });
		addAnnotation
		  (getEventLog_Process(),
		   source,
		   new String[] {
			   "documentation", "The process the log is checked against."
		   });
		addAnnotation
		  (getEventLog_ImportedOn(),
		   source,
		   new String[] {
			   "documentation", "When it was imported."
		   });
		addAnnotation
		  (getEventLog_CaseCount(),
		   source,
		   new String[] {
			   "documentation", "Number of cases in the log."
		   });
		addAnnotation
		  (getEventLog_EventCount(),
		   source,
		   new String[] {
			   "documentation", "Number of events in the log."
		   });
		addAnnotation
		  (getEventLog_ActivityMappings(),
		   source,
		   new String[] {
			   "documentation", "Which log activity is which step."
		   });
		addAnnotation
		  (getEventLog_Deviations(),
		   source,
		   new String[] {
			   "documentation", "Where the log departs from the model."
		   });
		addAnnotation
		  (activityMappingEClass,
		   source,
		   new String[] {
			   "documentation", "Maps an activity name in an event log to a process step."
		   });
		addAnnotation
		  (getActivityMapping_Activity(),
		   source,
		   new String[] {
			   "documentation", "The activity name as it appears in the log."
		   });
		addAnnotation
		  (getActivityMapping_Step(),
		   source,
		   new String[] {
			   "documentation", "The step it stands for."
		   });
		addAnnotation
		  (deviationEClass,
		   source,
		   new String[] {
			   "documentation", "A departure of work as done from the model, found in an event log."
		   });
		addAnnotation
		  (getDeviation_Kind(),
		   source,
		   new String[] {
			   "documentation", "How the work departs."
		   });
		addAnnotation
		  (getDeviation_Step(),
		   source,
		   new String[] {
			   "documentation", "The step concerned."
		   });
		addAnnotation
		  (getDeviation_AffectedCases(),
		   source,
		   new String[] {
			   "documentation", "Cases that show the deviation."
		   });
		addAnnotation
		  (getDeviation_ConsideredCases(),
		   source,
		   new String[] {
			   "documentation", "Cases in which the deviation could have happened (the denominator)."
		   });
		addAnnotation
		  (getDeviation_Description(),
		   source,
		   new String[] {
			   "documentation", "What the log shows, in words."
		   });
		addAnnotation
		  (healthMetricEClass,
		   source,
		   new String[] {
			   "documentation", "A process-health metric (cycle time, first-time-right, exception rate) and where its data comes from."
		   });
		addAnnotation
		  (getHealthMetric_Kind(),
		   source,
		   new String[] {
			   "documentation", "What the metric measures."
		   });
		addAnnotation
		  (getHealthMetric_Process(),
		   source,
		   new String[] {
			   "documentation", "The process it measures."
		   });
		addAnnotation
		  (getHealthMetric_DataSource(),
		   source,
		   new String[] {
			   "documentation", "Where the data comes from (a report or a field)."
		   });
		addAnnotation
		  (getHealthMetric_Unit(),
		   source,
		   new String[] {
			   "documentation", "The unit of measure."
		   });
		addAnnotation
		  (getHealthMetric_Target(),
		   source,
		   new String[] {
			   "documentation", "The target value."
		   });
		addAnnotation
		  (getHealthMetric_Current(),
		   source,
		   new String[] {
			   "documentation", "The latest measured value."
		   });
		addAnnotation
		  (controlTestEClass,
		   source,
		   new String[] {
			   "documentation", "A test of whether a control works."
		   });
		addAnnotation
		  (getControlTest_Control(),
		   source,
		   new String[] {
			   "documentation", "The control tested."
		   });
		addAnnotation
		  (getControlTest_TestedOn(),
		   source,
		   new String[] {
			   "documentation", "When."
		   });
		addAnnotation
		  (getControlTest_Tester(),
		   source,
		   new String[] {
			   "documentation", "Who tested."
		   });
		addAnnotation
		  (getControlTest_Result(),
		   source,
		   new String[] {
			   "documentation", "The result."
		   });
		addAnnotation
		  (improvementActionEClass,
		   source,
		   new String[] {
			   "documentation", "An improvement action with a sponsor, addressing observations or findings."
		   });
		addAnnotation
		  (getImprovementAction_Sponsor(),
		   source,
		   new String[] {
			   "documentation", "The sponsor who backs the action."
		   });
		addAnnotation
		  (getImprovementAction_Addresses(),
		   source,
		   new String[] {
			   "documentation", "The observations, deviations or findings it addresses."
		   });
		addAnnotation
		  (getImprovementAction_Status(),
		   source,
		   new String[] {
			   "documentation", "Where the action stands."
		   });
		addAnnotation
		  (getImprovementAction_DueOn(),
		   source,
		   new String[] {
			   "documentation", "When it is due."
		   });
		addAnnotation
		  (learningPhaseEEnum,
		   source,
		   new String[] {
			   "documentation", "The phases of learning-team work."
		   });
		addAnnotation
		  (learningPhaseEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Learn how work is done."
		   });
		addAnnotation
		  (learningPhaseEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Let the learning soak in and patterns emerge."
		   });
		addAnnotation
		  (learningPhaseEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Decide and act on improvements."
		   });
		addAnnotation
		  (observationKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Kinds of adaptations."
		   });
		addAnnotation
		  (observationKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "A way around a system or rule."
		   });
		addAnnotation
		  (observationKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "A documented step is skipped."
		   });
		addAnnotation
		  (observationKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Steps are done in another order."
		   });
		addAnnotation
		  (observationKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "Work is batched."
		   });
		addAnnotation
		  (observationKindEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "A spreadsheet, chat or mailbox does part of the work."
		   });
		addAnnotation
		  (observationKindEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "documentation", "Another adaptation."
		   });
		addAnnotation
		  (logFormatEEnum,
		   source,
		   new String[] {
			   "documentation", "Event log formats."
		   });
		addAnnotation
		  (logFormatEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "IEEE 1849 XES."
		   });
		addAnnotation
		  (logFormatEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Comma-separated values."
		   });
		addAnnotation
		  (deviationKindEEnum,
		   source,
		   new String[] {
			   "documentation", "How work as done departs from the model."
		   });
		addAnnotation
		  (deviationKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "A step is skipped."
		   });
		addAnnotation
		  (deviationKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "A step is repeated."
		   });
		addAnnotation
		  (deviationKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Steps happen in another order."
		   });
		addAnnotation
		  (deviationKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "A required approval did not happen."
		   });
		addAnnotation
		  (deviationKindEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "An activity the model does not know."
		   });
		addAnnotation
		  (metricKindEEnum,
		   source,
		   new String[] {
			   "documentation", "What a health metric measures."
		   });
		addAnnotation
		  (metricKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Time from start to end."
		   });
		addAnnotation
		  (metricKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Cases per period."
		   });
		addAnnotation
		  (metricKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Share of cases without rework."
		   });
		addAnnotation
		  (metricKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "Share of cases with an exception."
		   });
		addAnnotation
		  (metricKindEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "Share of cases that follow the policy."
		   });
		addAnnotation
		  (metricKindEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "documentation", "Another measure."
		   });
		addAnnotation
		  (testResultEEnum,
		   source,
		   new String[] {
			   "documentation", "The result of a control test."
		   });
		addAnnotation
		  (testResultEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "The control works."
		   });
		addAnnotation
		  (testResultEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "The control does not work as designed."
		   });
		addAnnotation
		  (testResultEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Planned but not done."
		   });
		addAnnotation
		  (actionStatusEEnum,
		   source,
		   new String[] {
			   "documentation", "Where an improvement action stands."
		   });
		addAnnotation
		  (actionStatusEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Proposed."
		   });
		addAnnotation
		  (actionStatusEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Approved by its sponsor."
		   });
		addAnnotation
		  (actionStatusEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Being done."
		   });
		addAnnotation
		  (actionStatusEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "Done."
		   });
		addAnnotation
		  (actionStatusEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "Dropped."
		   });
	}

} //WorkAsDonePackageImpl
