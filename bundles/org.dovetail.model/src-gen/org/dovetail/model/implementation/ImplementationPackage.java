/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.implementation;

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
 * Implementation: the workflow change a product brings, which steps and artifacts are introduced, retired or retained, and the milestones that prove the new workflow is real.
 * <!-- end-model-doc -->
 * @see org.dovetail.model.implementation.ImplementationFactory
 * @model kind="package"
 * @generated
 */
public interface ImplementationPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "implementation";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.dovetail.org/model/1.0/implementation";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "implementation";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ImplementationPackage eINSTANCE = org.dovetail.model.implementation.impl.ImplementationPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.dovetail.model.implementation.impl.ImplementationPlanImpl <em>Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.implementation.impl.ImplementationPlanImpl
	 * @see org.dovetail.model.implementation.impl.ImplementationPackageImpl#getImplementationPlan()
	 * @generated
	 */
	int IMPLEMENTATION_PLAN = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__ID = DovetailPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__NAME = DovetailPackage.ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__DESCRIPTION = DovetailPackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__OWNER = DovetailPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>System</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__SYSTEM = DovetailPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Launch On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__LAUNCH_ON = DovetailPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__CHANGES = DovetailPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Milestones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__MILESTONES = DovetailPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN_FEATURE_COUNT = DovetailPackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN_OPERATION_COUNT = DovetailPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.implementation.impl.StepChangeImpl <em>Step Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.implementation.impl.StepChangeImpl
	 * @see org.dovetail.model.implementation.impl.ImplementationPackageImpl#getStepChange()
	 * @generated
	 */
	int STEP_CHANGE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_CHANGE__ID = DovetailPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_CHANGE__STEP = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_CHANGE__CHANGE = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>New Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_CHANGE__NEW_OWNER = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_CHANGE__REASON = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Step Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_CHANGE_FEATURE_COUNT = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Step Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_CHANGE_OPERATION_COUNT = DovetailPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.implementation.impl.MilestoneImpl <em>Milestone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.implementation.impl.MilestoneImpl
	 * @see org.dovetail.model.implementation.impl.ImplementationPackageImpl#getMilestone()
	 * @generated
	 */
	int MILESTONE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ID = DovetailPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__NAME = DovetailPackage.ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__DESCRIPTION = DovetailPackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__OWNER = DovetailPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__KIND = DovetailPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__DUE_ON = DovetailPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__STATUS = DovetailPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Proof</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__PROOF = DovetailPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_FEATURE_COUNT = DovetailPackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_OPERATION_COUNT = DovetailPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.implementation.impl.WorkflowProofImpl <em>Workflow Proof</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.implementation.impl.WorkflowProofImpl
	 * @see org.dovetail.model.implementation.impl.ImplementationPackageImpl#getWorkflowProof()
	 * @generated
	 */
	int WORKFLOW_PROOF = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_PROOF__ID = DovetailPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_PROOF__SUMMARY = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Observed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_PROOF__OBSERVED_ON = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Recorded By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_PROOF__RECORDED_BY = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Case Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_PROOF__CASE_REFERENCE = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_PROOF__EVIDENCE = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Workflow Proof</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_PROOF_FEATURE_COUNT = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Workflow Proof</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_PROOF_OPERATION_COUNT = DovetailPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.implementation.ChangeKind <em>Change Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.implementation.ChangeKind
	 * @see org.dovetail.model.implementation.impl.ImplementationPackageImpl#getChangeKind()
	 * @generated
	 */
	int CHANGE_KIND = 4;

	/**
	 * The meta object id for the '{@link org.dovetail.model.implementation.MilestoneKind <em>Milestone Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.implementation.MilestoneKind
	 * @see org.dovetail.model.implementation.impl.ImplementationPackageImpl#getMilestoneKind()
	 * @generated
	 */
	int MILESTONE_KIND = 5;

	/**
	 * The meta object id for the '{@link org.dovetail.model.implementation.MilestoneStatus <em>Milestone Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.implementation.MilestoneStatus
	 * @see org.dovetail.model.implementation.impl.ImplementationPackageImpl#getMilestoneStatus()
	 * @generated
	 */
	int MILESTONE_STATUS = 6;


	/**
	 * Returns the meta object for class '{@link org.dovetail.model.implementation.ImplementationPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan</em>'.
	 * @see org.dovetail.model.implementation.ImplementationPlan
	 * @generated
	 */
	EClass getImplementationPlan();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.implementation.ImplementationPlan#getSystem <em>System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>System</em>'.
	 * @see org.dovetail.model.implementation.ImplementationPlan#getSystem()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_System();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.implementation.ImplementationPlan#getLaunchOn <em>Launch On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Launch On</em>'.
	 * @see org.dovetail.model.implementation.ImplementationPlan#getLaunchOn()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EAttribute getImplementationPlan_LaunchOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.implementation.ImplementationPlan#getChanges <em>Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Changes</em>'.
	 * @see org.dovetail.model.implementation.ImplementationPlan#getChanges()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Changes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.implementation.ImplementationPlan#getMilestones <em>Milestones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Milestones</em>'.
	 * @see org.dovetail.model.implementation.ImplementationPlan#getMilestones()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Milestones();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.implementation.StepChange <em>Step Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step Change</em>'.
	 * @see org.dovetail.model.implementation.StepChange
	 * @generated
	 */
	EClass getStepChange();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.implementation.StepChange#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Step</em>'.
	 * @see org.dovetail.model.implementation.StepChange#getStep()
	 * @see #getStepChange()
	 * @generated
	 */
	EReference getStepChange_Step();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.implementation.StepChange#getChange <em>Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change</em>'.
	 * @see org.dovetail.model.implementation.StepChange#getChange()
	 * @see #getStepChange()
	 * @generated
	 */
	EAttribute getStepChange_Change();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.implementation.StepChange#getNewOwner <em>New Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>New Owner</em>'.
	 * @see org.dovetail.model.implementation.StepChange#getNewOwner()
	 * @see #getStepChange()
	 * @generated
	 */
	EReference getStepChange_NewOwner();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.implementation.StepChange#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.dovetail.model.implementation.StepChange#getReason()
	 * @see #getStepChange()
	 * @generated
	 */
	EAttribute getStepChange_Reason();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.implementation.Milestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Milestone</em>'.
	 * @see org.dovetail.model.implementation.Milestone
	 * @generated
	 */
	EClass getMilestone();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.implementation.Milestone#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.dovetail.model.implementation.Milestone#getKind()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.implementation.Milestone#getDueOn <em>Due On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due On</em>'.
	 * @see org.dovetail.model.implementation.Milestone#getDueOn()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_DueOn();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.implementation.Milestone#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.dovetail.model.implementation.Milestone#getStatus()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Status();

	/**
	 * Returns the meta object for the containment reference '{@link org.dovetail.model.implementation.Milestone#getProof <em>Proof</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Proof</em>'.
	 * @see org.dovetail.model.implementation.Milestone#getProof()
	 * @see #getMilestone()
	 * @generated
	 */
	EReference getMilestone_Proof();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.implementation.WorkflowProof <em>Workflow Proof</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workflow Proof</em>'.
	 * @see org.dovetail.model.implementation.WorkflowProof
	 * @generated
	 */
	EClass getWorkflowProof();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.implementation.WorkflowProof#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.dovetail.model.implementation.WorkflowProof#getSummary()
	 * @see #getWorkflowProof()
	 * @generated
	 */
	EAttribute getWorkflowProof_Summary();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.implementation.WorkflowProof#getObservedOn <em>Observed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed On</em>'.
	 * @see org.dovetail.model.implementation.WorkflowProof#getObservedOn()
	 * @see #getWorkflowProof()
	 * @generated
	 */
	EAttribute getWorkflowProof_ObservedOn();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.implementation.WorkflowProof#getRecordedBy <em>Recorded By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Recorded By</em>'.
	 * @see org.dovetail.model.implementation.WorkflowProof#getRecordedBy()
	 * @see #getWorkflowProof()
	 * @generated
	 */
	EReference getWorkflowProof_RecordedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.implementation.WorkflowProof#getCaseReference <em>Case Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Reference</em>'.
	 * @see org.dovetail.model.implementation.WorkflowProof#getCaseReference()
	 * @see #getWorkflowProof()
	 * @generated
	 */
	EAttribute getWorkflowProof_CaseReference();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.implementation.WorkflowProof#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence</em>'.
	 * @see org.dovetail.model.implementation.WorkflowProof#getEvidence()
	 * @see #getWorkflowProof()
	 * @generated
	 */
	EReference getWorkflowProof_Evidence();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.implementation.ChangeKind <em>Change Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Change Kind</em>'.
	 * @see org.dovetail.model.implementation.ChangeKind
	 * @generated
	 */
	EEnum getChangeKind();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.implementation.MilestoneKind <em>Milestone Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Milestone Kind</em>'.
	 * @see org.dovetail.model.implementation.MilestoneKind
	 * @generated
	 */
	EEnum getMilestoneKind();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.implementation.MilestoneStatus <em>Milestone Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Milestone Status</em>'.
	 * @see org.dovetail.model.implementation.MilestoneStatus
	 * @generated
	 */
	EEnum getMilestoneStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ImplementationFactory getImplementationFactory();

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
		 * The meta object literal for the '{@link org.dovetail.model.implementation.impl.ImplementationPlanImpl <em>Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.implementation.impl.ImplementationPlanImpl
		 * @see org.dovetail.model.implementation.impl.ImplementationPackageImpl#getImplementationPlan()
		 * @generated
		 */
		EClass IMPLEMENTATION_PLAN = eINSTANCE.getImplementationPlan();

		/**
		 * The meta object literal for the '<em><b>System</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__SYSTEM = eINSTANCE.getImplementationPlan_System();

		/**
		 * The meta object literal for the '<em><b>Launch On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLEMENTATION_PLAN__LAUNCH_ON = eINSTANCE.getImplementationPlan_LaunchOn();

		/**
		 * The meta object literal for the '<em><b>Changes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__CHANGES = eINSTANCE.getImplementationPlan_Changes();

		/**
		 * The meta object literal for the '<em><b>Milestones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__MILESTONES = eINSTANCE.getImplementationPlan_Milestones();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.implementation.impl.StepChangeImpl <em>Step Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.implementation.impl.StepChangeImpl
		 * @see org.dovetail.model.implementation.impl.ImplementationPackageImpl#getStepChange()
		 * @generated
		 */
		EClass STEP_CHANGE = eINSTANCE.getStepChange();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP_CHANGE__STEP = eINSTANCE.getStepChange_Step();

		/**
		 * The meta object literal for the '<em><b>Change</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_CHANGE__CHANGE = eINSTANCE.getStepChange_Change();

		/**
		 * The meta object literal for the '<em><b>New Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP_CHANGE__NEW_OWNER = eINSTANCE.getStepChange_NewOwner();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_CHANGE__REASON = eINSTANCE.getStepChange_Reason();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.implementation.impl.MilestoneImpl <em>Milestone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.implementation.impl.MilestoneImpl
		 * @see org.dovetail.model.implementation.impl.ImplementationPackageImpl#getMilestone()
		 * @generated
		 */
		EClass MILESTONE = eINSTANCE.getMilestone();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__KIND = eINSTANCE.getMilestone_Kind();

		/**
		 * The meta object literal for the '<em><b>Due On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__DUE_ON = eINSTANCE.getMilestone_DueOn();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__STATUS = eINSTANCE.getMilestone_Status();

		/**
		 * The meta object literal for the '<em><b>Proof</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MILESTONE__PROOF = eINSTANCE.getMilestone_Proof();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.implementation.impl.WorkflowProofImpl <em>Workflow Proof</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.implementation.impl.WorkflowProofImpl
		 * @see org.dovetail.model.implementation.impl.ImplementationPackageImpl#getWorkflowProof()
		 * @generated
		 */
		EClass WORKFLOW_PROOF = eINSTANCE.getWorkflowProof();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW_PROOF__SUMMARY = eINSTANCE.getWorkflowProof_Summary();

		/**
		 * The meta object literal for the '<em><b>Observed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW_PROOF__OBSERVED_ON = eINSTANCE.getWorkflowProof_ObservedOn();

		/**
		 * The meta object literal for the '<em><b>Recorded By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW_PROOF__RECORDED_BY = eINSTANCE.getWorkflowProof_RecordedBy();

		/**
		 * The meta object literal for the '<em><b>Case Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW_PROOF__CASE_REFERENCE = eINSTANCE.getWorkflowProof_CaseReference();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW_PROOF__EVIDENCE = eINSTANCE.getWorkflowProof_Evidence();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.implementation.ChangeKind <em>Change Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.implementation.ChangeKind
		 * @see org.dovetail.model.implementation.impl.ImplementationPackageImpl#getChangeKind()
		 * @generated
		 */
		EEnum CHANGE_KIND = eINSTANCE.getChangeKind();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.implementation.MilestoneKind <em>Milestone Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.implementation.MilestoneKind
		 * @see org.dovetail.model.implementation.impl.ImplementationPackageImpl#getMilestoneKind()
		 * @generated
		 */
		EEnum MILESTONE_KIND = eINSTANCE.getMilestoneKind();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.implementation.MilestoneStatus <em>Milestone Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.implementation.MilestoneStatus
		 * @see org.dovetail.model.implementation.impl.ImplementationPackageImpl#getMilestoneStatus()
		 * @generated
		 */
		EEnum MILESTONE_STATUS = eINSTANCE.getMilestoneStatus();

	}

} //ImplementationPackage
