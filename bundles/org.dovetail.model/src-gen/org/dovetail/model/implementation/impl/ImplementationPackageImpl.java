/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.implementation.impl;

import org.dovetail.model.DovetailPackage;

import org.dovetail.model.digital.DigitalPackage;

import org.dovetail.model.digital.impl.DigitalPackageImpl;

import org.dovetail.model.governance.GovernancePackage;

import org.dovetail.model.governance.impl.GovernancePackageImpl;

import org.dovetail.model.impl.DovetailPackageImpl;

import org.dovetail.model.implementation.ChangeKind;
import org.dovetail.model.implementation.ImplementationFactory;
import org.dovetail.model.implementation.ImplementationPackage;
import org.dovetail.model.implementation.ImplementationPlan;
import org.dovetail.model.implementation.Milestone;
import org.dovetail.model.implementation.MilestoneKind;
import org.dovetail.model.implementation.MilestoneStatus;
import org.dovetail.model.implementation.StepChange;
import org.dovetail.model.implementation.WorkflowProof;

import org.dovetail.model.process.ProcessPackage;

import org.dovetail.model.process.impl.ProcessPackageImpl;

import org.dovetail.model.workasdone.WorkAsDonePackage;

import org.dovetail.model.workasdone.impl.WorkAsDonePackageImpl;

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
public class ImplementationPackageImpl extends EPackageImpl implements ImplementationPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass implementationPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass milestoneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workflowProofEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum changeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum milestoneKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum milestoneStatusEEnum = null;

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
	 * @see org.dovetail.model.implementation.ImplementationPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ImplementationPackageImpl() {
		super(eNS_URI, ImplementationFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link ImplementationPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ImplementationPackage init() {
		if (isInited) return (ImplementationPackage)EPackage.Registry.INSTANCE.getEPackage(ImplementationPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredImplementationPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ImplementationPackageImpl theImplementationPackage = registeredImplementationPackage instanceof ImplementationPackageImpl ? (ImplementationPackageImpl)registeredImplementationPackage : new ImplementationPackageImpl();

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
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(WorkAsDonePackage.eNS_URI);
		WorkAsDonePackageImpl theWorkAsDonePackage = (WorkAsDonePackageImpl)(registeredPackage instanceof WorkAsDonePackageImpl ? registeredPackage : WorkAsDonePackage.eINSTANCE);

		// Create package meta-data objects
		theImplementationPackage.createPackageContents();
		theDovetailPackage.createPackageContents();
		theProcessPackage.createPackageContents();
		theDigitalPackage.createPackageContents();
		theGovernancePackage.createPackageContents();
		theWorkAsDonePackage.createPackageContents();

		// Initialize created meta-data
		theImplementationPackage.initializePackageContents();
		theDovetailPackage.initializePackageContents();
		theProcessPackage.initializePackageContents();
		theDigitalPackage.initializePackageContents();
		theGovernancePackage.initializePackageContents();
		theWorkAsDonePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theImplementationPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ImplementationPackage.eNS_URI, theImplementationPackage);
		return theImplementationPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImplementationPlan() {
		return implementationPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_System() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImplementationPlan_LaunchOn() {
		return (EAttribute)implementationPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_Changes() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_Milestones() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStepChange() {
		return stepChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStepChange_Step() {
		return (EReference)stepChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepChange_Change() {
		return (EAttribute)stepChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStepChange_NewOwner() {
		return (EReference)stepChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepChange_Reason() {
		return (EAttribute)stepChangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMilestone() {
		return milestoneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilestone_Kind() {
		return (EAttribute)milestoneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilestone_DueOn() {
		return (EAttribute)milestoneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilestone_Status() {
		return (EAttribute)milestoneEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMilestone_Proof() {
		return (EReference)milestoneEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkflowProof() {
		return workflowProofEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflowProof_Summary() {
		return (EAttribute)workflowProofEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflowProof_ObservedOn() {
		return (EAttribute)workflowProofEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflowProof_RecordedBy() {
		return (EReference)workflowProofEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflowProof_CaseReference() {
		return (EAttribute)workflowProofEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflowProof_Evidence() {
		return (EReference)workflowProofEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChangeKind() {
		return changeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMilestoneKind() {
		return milestoneKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMilestoneStatus() {
		return milestoneStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImplementationFactory getImplementationFactory() {
		return (ImplementationFactory)getEFactoryInstance();
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
		implementationPlanEClass = createEClass(IMPLEMENTATION_PLAN);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__SYSTEM);
		createEAttribute(implementationPlanEClass, IMPLEMENTATION_PLAN__LAUNCH_ON);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__CHANGES);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__MILESTONES);

		stepChangeEClass = createEClass(STEP_CHANGE);
		createEReference(stepChangeEClass, STEP_CHANGE__STEP);
		createEAttribute(stepChangeEClass, STEP_CHANGE__CHANGE);
		createEReference(stepChangeEClass, STEP_CHANGE__NEW_OWNER);
		createEAttribute(stepChangeEClass, STEP_CHANGE__REASON);

		milestoneEClass = createEClass(MILESTONE);
		createEAttribute(milestoneEClass, MILESTONE__KIND);
		createEAttribute(milestoneEClass, MILESTONE__DUE_ON);
		createEAttribute(milestoneEClass, MILESTONE__STATUS);
		createEReference(milestoneEClass, MILESTONE__PROOF);

		workflowProofEClass = createEClass(WORKFLOW_PROOF);
		createEAttribute(workflowProofEClass, WORKFLOW_PROOF__SUMMARY);
		createEAttribute(workflowProofEClass, WORKFLOW_PROOF__OBSERVED_ON);
		createEReference(workflowProofEClass, WORKFLOW_PROOF__RECORDED_BY);
		createEAttribute(workflowProofEClass, WORKFLOW_PROOF__CASE_REFERENCE);
		createEReference(workflowProofEClass, WORKFLOW_PROOF__EVIDENCE);

		// Create enums
		changeKindEEnum = createEEnum(CHANGE_KIND);
		milestoneKindEEnum = createEEnum(MILESTONE_KIND);
		milestoneStatusEEnum = createEEnum(MILESTONE_STATUS);
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
		DigitalPackage theDigitalPackage = (DigitalPackage)EPackage.Registry.INSTANCE.getEPackage(DigitalPackage.eNS_URI);
		ProcessPackage theProcessPackage = (ProcessPackage)EPackage.Registry.INSTANCE.getEPackage(ProcessPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		implementationPlanEClass.getESuperTypes().add(theDovetailPackage.getElement());
		implementationPlanEClass.getESuperTypes().add(theDovetailPackage.getOwned());
		stepChangeEClass.getESuperTypes().add(theDovetailPackage.getIdentified());
		milestoneEClass.getESuperTypes().add(theDovetailPackage.getElement());
		milestoneEClass.getESuperTypes().add(theDovetailPackage.getOwned());
		workflowProofEClass.getESuperTypes().add(theDovetailPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(implementationPlanEClass, ImplementationPlan.class, "ImplementationPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getImplementationPlan_System(), theDigitalPackage.getInformationSystem(), null, "system", null, 0, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImplementationPlan_LaunchOn(), ecorePackage.getEDate(), "launchOn", null, 0, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_Changes(), this.getStepChange(), null, "changes", null, 0, -1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_Milestones(), this.getMilestone(), null, "milestones", null, 0, -1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepChangeEClass, StepChange.class, "StepChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStepChange_Step(), theProcessPackage.getStep(), null, "step", null, 1, 1, StepChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepChange_Change(), this.getChangeKind(), "change", null, 0, 1, StepChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStepChange_NewOwner(), theDovetailPackage.getParty(), null, "newOwner", null, 0, 1, StepChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepChange_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, StepChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(milestoneEClass, Milestone.class, "Milestone", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMilestone_Kind(), this.getMilestoneKind(), "kind", null, 0, 1, Milestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilestone_DueOn(), ecorePackage.getEDate(), "dueOn", null, 0, 1, Milestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilestone_Status(), this.getMilestoneStatus(), "status", null, 0, 1, Milestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMilestone_Proof(), this.getWorkflowProof(), null, "proof", null, 0, 1, Milestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workflowProofEClass, WorkflowProof.class, "WorkflowProof", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkflowProof_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, WorkflowProof.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkflowProof_ObservedOn(), ecorePackage.getEDate(), "observedOn", null, 0, 1, WorkflowProof.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkflowProof_RecordedBy(), theDovetailPackage.getPerson(), null, "recordedBy", null, 0, 1, WorkflowProof.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkflowProof_CaseReference(), ecorePackage.getEString(), "caseReference", null, 0, 1, WorkflowProof.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkflowProof_Evidence(), theDovetailPackage.getIdentified(), null, "evidence", null, 0, -1, WorkflowProof.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(changeKindEEnum, ChangeKind.class, "ChangeKind");
		addEEnumLiteral(changeKindEEnum, ChangeKind.INTRODUCE);
		addEEnumLiteral(changeKindEEnum, ChangeKind.MODIFY);
		addEEnumLiteral(changeKindEEnum, ChangeKind.RETIRE);
		addEEnumLiteral(changeKindEEnum, ChangeKind.RETAIN);

		initEEnum(milestoneKindEEnum, MilestoneKind.class, "MilestoneKind");
		addEEnumLiteral(milestoneKindEEnum, MilestoneKind.FIRST_REAL_CASE);
		addEEnumLiteral(milestoneKindEEnum, MilestoneKind.SOURCE_OF_TRUTH_ACCEPTED);
		addEEnumLiteral(milestoneKindEEnum, MilestoneKind.EXCEPTION_HANDLED_IN_PROCESS);
		addEEnumLiteral(milestoneKindEEnum, MilestoneKind.OLD_STEP_RETIRED);
		addEEnumLiteral(milestoneKindEEnum, MilestoneKind.OUTPUT_INFLUENCED_DECISION);
		addEEnumLiteral(milestoneKindEEnum, MilestoneKind.OWNER_NAMED_AFTER_LAUNCH);

		initEEnum(milestoneStatusEEnum, MilestoneStatus.class, "MilestoneStatus");
		addEEnumLiteral(milestoneStatusEEnum, MilestoneStatus.PLANNED);
		addEEnumLiteral(milestoneStatusEEnum, MilestoneStatus.ACHIEVED);
		addEEnumLiteral(milestoneStatusEEnum, MilestoneStatus.MISSED);

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
			   "documentation", "Implementation: the workflow change a product brings, which steps and artifacts are introduced, retired or retained, and the milestones that prove the new workflow is real."
		   });
		addAnnotation
		  (implementationPlanEClass,
		   source,
		   new String[] {
			   "documentation", "The plan for bringing a product into the workflow."
		   });
		addAnnotation
		  (getImplementationPlan_System(),
		   source,
		   new String[] {
			   "documentation", "The system being introduced or changed."
		   });
		addAnnotation
		  (getImplementationPlan_LaunchOn(),
		   source,
		   new String[] {
			   "documentation", "The launch date."
		   });
		addAnnotation
		  (getImplementationPlan_Changes(),
		   source,
		   new String[] {
			   "documentation", "What happens to each affected step."
		   });
		addAnnotation
		  (getImplementationPlan_Milestones(),
		   source,
		   new String[] {
			   "documentation", "The proof milestones."
		   });
		addAnnotation
		  (stepChangeEClass,
		   source,
		   new String[] {
			   "documentation", "What the change does to one step: introduce, modify, retire or retain it, and who owns it afterwards."
		   });
		addAnnotation
		  (getStepChange_Step(),
		   source,
		   new String[] {
			   "documentation", "The step."
		   });
		addAnnotation
		  (getStepChange_Change(),
		   source,
		   new String[] {
			   "documentation", "What happens to the step."
		   });
		addAnnotation
		  (getStepChange_NewOwner(),
		   source,
		   new String[] {
			   "documentation", "Who owns the step after the change."
		   });
		addAnnotation
		  (getStepChange_Reason(),
		   source,
		   new String[] {
			   "documentation", "Why (required when a step is retained)."
		   });
		addAnnotation
		  (milestoneEClass,
		   source,
		   new String[] {
			   "documentation", "A workflow-proof milestone: evidence that the new way of working is real, not that training happened."
		   });
		addAnnotation
		  (getMilestone_Kind(),
		   source,
		   new String[] {
			   "documentation", "Which proof the milestone stands for."
		   });
		addAnnotation
		  (getMilestone_DueOn(),
		   source,
		   new String[] {
			   "documentation", "When it is due."
		   });
		addAnnotation
		  (getMilestone_Status(),
		   source,
		   new String[] {
			   "documentation", "Where it stands."
		   });
		addAnnotation
		  (getMilestone_Proof(),
		   source,
		   new String[] {
			   "documentation", "The proof that the milestone was reached."
		   });
		addAnnotation
		  (workflowProofEClass,
		   source,
		   new String[] {
			   "documentation", "Evidence that a milestone was reached in real work."
		   });
		addAnnotation
		  (getWorkflowProof_Summary(),
		   source,
		   new String[] {
			   "documentation", "What happened."
		   });
		addAnnotation
		  (getWorkflowProof_ObservedOn(),
		   source,
		   new String[] {
			   "documentation", "When it happened."
		   });
		addAnnotation
		  (getWorkflowProof_RecordedBy(),
		   source,
		   new String[] {
			   "documentation", "Who recorded it."
		   });
		addAnnotation
		  (getWorkflowProof_CaseReference(),
		   source,
		   new String[] {
			   "documentation", "The real case it happened in (a case or document number)."
		   });
		addAnnotation
		  (getWorkflowProof_Evidence(),
		   source,
		   new String[] {
			   "documentation", "Model elements that back the proof (an observation, a metric)."
		   });
		addAnnotation
		  (changeKindEEnum,
		   source,
		   new String[] {
			   "documentation", "What a change does to a step."
		   });
		addAnnotation
		  (changeKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "A new step."
		   });
		addAnnotation
		  (changeKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "An existing step changes."
		   });
		addAnnotation
		  (changeKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "The step goes away."
		   });
		addAnnotation
		  (changeKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "The step stays, for a stated reason."
		   });
		addAnnotation
		  (milestoneKindEEnum,
		   source,
		   new String[] {
			   "documentation", "The workflow proofs."
		   });
		addAnnotation
		  (milestoneKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "The first real case moved through the new process."
		   });
		addAnnotation
		  (milestoneKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "A manager accepted the new source of truth."
		   });
		addAnnotation
		  (milestoneKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "An exception was handled without reverting to the old way."
		   });
		addAnnotation
		  (milestoneKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "An old step was retired or explicitly retained."
		   });
		addAnnotation
		  (milestoneKindEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "The new output influenced a real decision."
		   });
		addAnnotation
		  (milestoneKindEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "documentation", "An owner was named after launch."
		   });
		addAnnotation
		  (milestoneStatusEEnum,
		   source,
		   new String[] {
			   "documentation", "Where a milestone stands."
		   });
		addAnnotation
		  (milestoneStatusEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Not yet reached."
		   });
		addAnnotation
		  (milestoneStatusEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Reached, with proof."
		   });
		addAnnotation
		  (milestoneStatusEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Due date passed without proof."
		   });
	}

} //ImplementationPackageImpl
