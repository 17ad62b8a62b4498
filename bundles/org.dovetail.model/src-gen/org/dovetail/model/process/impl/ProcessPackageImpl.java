/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process.impl;

import org.dovetail.model.DovetailPackage;

import org.dovetail.model.digital.DigitalPackage;

import org.dovetail.model.digital.impl.DigitalPackageImpl;

import org.dovetail.model.governance.GovernancePackage;

import org.dovetail.model.governance.impl.GovernancePackageImpl;

import org.dovetail.model.impl.DovetailPackageImpl;

import org.dovetail.model.implementation.ImplementationPackage;

import org.dovetail.model.implementation.impl.ImplementationPackageImpl;

import org.dovetail.model.process.Approval;
import org.dovetail.model.process.ArtifactFate;
import org.dovetail.model.process.ArtifactKind;
import org.dovetail.model.process.Check;
import org.dovetail.model.process.Control;
import org.dovetail.model.process.ControlExecution;
import org.dovetail.model.process.ControlType;
import org.dovetail.model.process.Decision;
import org.dovetail.model.process.DecisionRight;
import org.dovetail.model.process.EvidenceRequirement;
import org.dovetail.model.process.ExceptionPath;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.Handoff;
import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.model.process.Policy;
import org.dovetail.model.process.ProcessDomain;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Review;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Stage;
import org.dovetail.model.process.Step;
import org.dovetail.model.process.Task;
import org.dovetail.model.process.Trigger;
import org.dovetail.model.process.TriggerKind;

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
public class ProcessPackageImpl extends EPackageImpl implements ProcessPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass processDomainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass processEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass taskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass approvalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass handoffEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decisionRightEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceRequirementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass exceptionPathEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass controlEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass triggerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass legacyArtifactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum controlTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum controlExecutionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum triggerKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum artifactKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum artifactFateEEnum = null;

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
	 * @see org.dovetail.model.process.ProcessPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ProcessPackageImpl() {
		super(eNS_URI, ProcessFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link ProcessPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ProcessPackage init() {
		if (isInited) return (ProcessPackage)EPackage.Registry.INSTANCE.getEPackage(ProcessPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredProcessPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ProcessPackageImpl theProcessPackage = registeredProcessPackage instanceof ProcessPackageImpl ? (ProcessPackageImpl)registeredProcessPackage : new ProcessPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DovetailPackage.eNS_URI);
		DovetailPackageImpl theDovetailPackage = (DovetailPackageImpl)(registeredPackage instanceof DovetailPackageImpl ? registeredPackage : DovetailPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DigitalPackage.eNS_URI);
		DigitalPackageImpl theDigitalPackage = (DigitalPackageImpl)(registeredPackage instanceof DigitalPackageImpl ? registeredPackage : DigitalPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);
		GovernancePackageImpl theGovernancePackage = (GovernancePackageImpl)(registeredPackage instanceof GovernancePackageImpl ? registeredPackage : GovernancePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(WorkAsDonePackage.eNS_URI);
		WorkAsDonePackageImpl theWorkAsDonePackage = (WorkAsDonePackageImpl)(registeredPackage instanceof WorkAsDonePackageImpl ? registeredPackage : WorkAsDonePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ImplementationPackage.eNS_URI);
		ImplementationPackageImpl theImplementationPackage = (ImplementationPackageImpl)(registeredPackage instanceof ImplementationPackageImpl ? registeredPackage : ImplementationPackage.eINSTANCE);

		// Create package meta-data objects
		theProcessPackage.createPackageContents();
		theDovetailPackage.createPackageContents();
		theDigitalPackage.createPackageContents();
		theGovernancePackage.createPackageContents();
		theWorkAsDonePackage.createPackageContents();
		theImplementationPackage.createPackageContents();

		// Initialize created meta-data
		theProcessPackage.initializePackageContents();
		theDovetailPackage.initializePackageContents();
		theDigitalPackage.initializePackageContents();
		theGovernancePackage.initializePackageContents();
		theWorkAsDonePackage.initializePackageContents();
		theImplementationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theProcessPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ProcessPackage.eNS_URI, theProcessPackage);
		return theProcessPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProcessDomain() {
		return processDomainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessDomain_Processes() {
		return (EReference)processDomainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessDomain_Roles() {
		return (EReference)processDomainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessDomain_Policies() {
		return (EReference)processDomainEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessDomain_Controls() {
		return (EReference)processDomainEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessDomain_LegacyArtifacts() {
		return (EReference)processDomainEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProcess() {
		return processEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_Steps() {
		return (EReference)processEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_Flows() {
		return (EReference)processEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_Triggers() {
		return (EReference)processEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_DecisionRights() {
		return (EReference)processEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_Stages() {
		return (EReference)processEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_ExceptionPaths() {
		return (EReference)processEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_Policies() {
		return (EReference)processEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStage() {
		return stageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStage_Steps() {
		return (EReference)stageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStep() {
		return stepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Performer() {
		return (EReference)stepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Manual() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Evidence() {
		return (EReference)stepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Artifacts() {
		return (EReference)stepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Outgoing() {
		return (EReference)stepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Incoming() {
		return (EReference)stepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTask() {
		return taskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTask_Automated() {
		return (EAttribute)taskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApproval() {
		return approvalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_RequiredApprovals() {
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_Condition() {
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApproval_SegregatedFrom() {
		return (EReference)approvalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecision() {
		return decisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_Question() {
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReview() {
		return reviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReview_Reviewed() {
		return (EReference)reviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHandoff() {
		return handoffEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHandoff_Recipient() {
		return (EReference)handoffEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCheck() {
		return checkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCheck_Executes() {
		return (EReference)checkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlow() {
		return flowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlow_Source() {
		return (EReference)flowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlow_Target() {
		return (EReference)flowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlow_Condition() {
		return (EAttribute)flowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRole() {
		return roleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Responsibilities() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecisionRight() {
		return decisionRightEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecisionRight_Holder() {
		return (EReference)decisionRightEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecisionRight_Decision() {
		return (EReference)decisionRightEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecisionRight_Limit() {
		return (EAttribute)decisionRightEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecisionRight_Delegable() {
		return (EAttribute)decisionRightEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidenceRequirement() {
		return evidenceRequirementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceRequirement_Mandatory() {
		return (EAttribute)evidenceRequirementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceRequirement_Retention() {
		return (EAttribute)evidenceRequirementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExceptionPath() {
		return exceptionPathEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExceptionPath_Trigger() {
		return (EAttribute)exceptionPathEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExceptionPath_RaisedAt() {
		return (EReference)exceptionPathEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExceptionPath_ReturnsTo() {
		return (EReference)exceptionPathEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExceptionPath_Handler() {
		return (EReference)exceptionPathEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExceptionPath_HandledVia() {
		return (EReference)exceptionPathEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicy() {
		return policyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_Statement() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_Source() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getControl() {
		return controlEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getControl_Type() {
		return (EAttribute)controlEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getControl_Execution() {
		return (EAttribute)controlEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getControl_Key() {
		return (EAttribute)controlEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getControl_Frequency() {
		return (EAttribute)controlEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getControl_PerformedAt() {
		return (EReference)controlEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getControl_Evidence() {
		return (EReference)controlEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrigger() {
		return triggerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrigger_Kind() {
		return (EAttribute)triggerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrigger_Starts() {
		return (EReference)triggerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLegacyArtifact() {
		return legacyArtifactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegacyArtifact_Kind() {
		return (EAttribute)legacyArtifactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegacyArtifact_Fate() {
		return (EAttribute)legacyArtifactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegacyArtifact_FateReason() {
		return (EAttribute)legacyArtifactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegacyArtifact_RetireBy() {
		return (EAttribute)legacyArtifactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getControlType() {
		return controlTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getControlExecution() {
		return controlExecutionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTriggerKind() {
		return triggerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArtifactKind() {
		return artifactKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArtifactFate() {
		return artifactFateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessFactory getProcessFactory() {
		return (ProcessFactory)getEFactoryInstance();
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
		processDomainEClass = createEClass(PROCESS_DOMAIN);
		createEReference(processDomainEClass, PROCESS_DOMAIN__PROCESSES);
		createEReference(processDomainEClass, PROCESS_DOMAIN__ROLES);
		createEReference(processDomainEClass, PROCESS_DOMAIN__POLICIES);
		createEReference(processDomainEClass, PROCESS_DOMAIN__CONTROLS);
		createEReference(processDomainEClass, PROCESS_DOMAIN__LEGACY_ARTIFACTS);

		processEClass = createEClass(PROCESS);
		createEReference(processEClass, PROCESS__STEPS);
		createEReference(processEClass, PROCESS__FLOWS);
		createEReference(processEClass, PROCESS__TRIGGERS);
		createEReference(processEClass, PROCESS__DECISION_RIGHTS);
		createEReference(processEClass, PROCESS__STAGES);
		createEReference(processEClass, PROCESS__EXCEPTION_PATHS);
		createEReference(processEClass, PROCESS__POLICIES);

		stageEClass = createEClass(STAGE);
		createEReference(stageEClass, STAGE__STEPS);

		stepEClass = createEClass(STEP);
		createEReference(stepEClass, STEP__PERFORMER);
		createEAttribute(stepEClass, STEP__MANUAL);
		createEReference(stepEClass, STEP__EVIDENCE);
		createEReference(stepEClass, STEP__ARTIFACTS);
		createEReference(stepEClass, STEP__OUTGOING);
		createEReference(stepEClass, STEP__INCOMING);

		taskEClass = createEClass(TASK);
		createEAttribute(taskEClass, TASK__AUTOMATED);

		approvalEClass = createEClass(APPROVAL);
		createEAttribute(approvalEClass, APPROVAL__REQUIRED_APPROVALS);
		createEAttribute(approvalEClass, APPROVAL__CONDITION);
		createEReference(approvalEClass, APPROVAL__SEGREGATED_FROM);

		decisionEClass = createEClass(DECISION);
		createEAttribute(decisionEClass, DECISION__QUESTION);

		reviewEClass = createEClass(REVIEW);
		createEReference(reviewEClass, REVIEW__REVIEWED);

		handoffEClass = createEClass(HANDOFF);
		createEReference(handoffEClass, HANDOFF__RECIPIENT);

		checkEClass = createEClass(CHECK);
		createEReference(checkEClass, CHECK__EXECUTES);

		flowEClass = createEClass(FLOW);
		createEReference(flowEClass, FLOW__SOURCE);
		createEReference(flowEClass, FLOW__TARGET);
		createEAttribute(flowEClass, FLOW__CONDITION);

		roleEClass = createEClass(ROLE);
		createEAttribute(roleEClass, ROLE__RESPONSIBILITIES);

		decisionRightEClass = createEClass(DECISION_RIGHT);
		createEReference(decisionRightEClass, DECISION_RIGHT__HOLDER);
		createEReference(decisionRightEClass, DECISION_RIGHT__DECISION);
		createEAttribute(decisionRightEClass, DECISION_RIGHT__LIMIT);
		createEAttribute(decisionRightEClass, DECISION_RIGHT__DELEGABLE);

		evidenceRequirementEClass = createEClass(EVIDENCE_REQUIREMENT);
		createEAttribute(evidenceRequirementEClass, EVIDENCE_REQUIREMENT__MANDATORY);
		createEAttribute(evidenceRequirementEClass, EVIDENCE_REQUIREMENT__RETENTION);

		exceptionPathEClass = createEClass(EXCEPTION_PATH);
		createEAttribute(exceptionPathEClass, EXCEPTION_PATH__TRIGGER);
		createEReference(exceptionPathEClass, EXCEPTION_PATH__RAISED_AT);
		createEReference(exceptionPathEClass, EXCEPTION_PATH__RETURNS_TO);
		createEReference(exceptionPathEClass, EXCEPTION_PATH__HANDLER);
		createEReference(exceptionPathEClass, EXCEPTION_PATH__HANDLED_VIA);

		policyEClass = createEClass(POLICY);
		createEAttribute(policyEClass, POLICY__STATEMENT);
		createEAttribute(policyEClass, POLICY__SOURCE);

		controlEClass = createEClass(CONTROL);
		createEAttribute(controlEClass, CONTROL__TYPE);
		createEAttribute(controlEClass, CONTROL__EXECUTION);
		createEAttribute(controlEClass, CONTROL__KEY);
		createEAttribute(controlEClass, CONTROL__FREQUENCY);
		createEReference(controlEClass, CONTROL__PERFORMED_AT);
		createEReference(controlEClass, CONTROL__EVIDENCE);

		triggerEClass = createEClass(TRIGGER);
		createEAttribute(triggerEClass, TRIGGER__KIND);
		createEReference(triggerEClass, TRIGGER__STARTS);

		legacyArtifactEClass = createEClass(LEGACY_ARTIFACT);
		createEAttribute(legacyArtifactEClass, LEGACY_ARTIFACT__KIND);
		createEAttribute(legacyArtifactEClass, LEGACY_ARTIFACT__FATE);
		createEAttribute(legacyArtifactEClass, LEGACY_ARTIFACT__FATE_REASON);
		createEAttribute(legacyArtifactEClass, LEGACY_ARTIFACT__RETIRE_BY);

		// Create enums
		controlTypeEEnum = createEEnum(CONTROL_TYPE);
		controlExecutionEEnum = createEEnum(CONTROL_EXECUTION);
		triggerKindEEnum = createEEnum(TRIGGER_KIND);
		artifactKindEEnum = createEEnum(ARTIFACT_KIND);
		artifactFateEEnum = createEEnum(ARTIFACT_FATE);
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

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		processDomainEClass.getESuperTypes().add(theDovetailPackage.getElement());
		processEClass.getESuperTypes().add(theDovetailPackage.getElement());
		processEClass.getESuperTypes().add(theDovetailPackage.getOwned());
		stageEClass.getESuperTypes().add(theDovetailPackage.getElement());
		stageEClass.getESuperTypes().add(theDovetailPackage.getOwned());
		stepEClass.getESuperTypes().add(theDovetailPackage.getElement());
		stepEClass.getESuperTypes().add(theDovetailPackage.getOwned());
		taskEClass.getESuperTypes().add(this.getStep());
		approvalEClass.getESuperTypes().add(this.getStep());
		decisionEClass.getESuperTypes().add(this.getStep());
		reviewEClass.getESuperTypes().add(this.getStep());
		handoffEClass.getESuperTypes().add(this.getStep());
		checkEClass.getESuperTypes().add(this.getStep());
		flowEClass.getESuperTypes().add(theDovetailPackage.getIdentified());
		roleEClass.getESuperTypes().add(theDovetailPackage.getParty());
		decisionRightEClass.getESuperTypes().add(theDovetailPackage.getElement());
		evidenceRequirementEClass.getESuperTypes().add(theDovetailPackage.getElement());
		exceptionPathEClass.getESuperTypes().add(theDovetailPackage.getElement());
		exceptionPathEClass.getESuperTypes().add(theDovetailPackage.getOwned());
		policyEClass.getESuperTypes().add(theDovetailPackage.getElement());
		policyEClass.getESuperTypes().add(theDovetailPackage.getOwned());
		controlEClass.getESuperTypes().add(theDovetailPackage.getElement());
		controlEClass.getESuperTypes().add(theDovetailPackage.getOwned());
		triggerEClass.getESuperTypes().add(theDovetailPackage.getElement());
		legacyArtifactEClass.getESuperTypes().add(theDovetailPackage.getElement());
		legacyArtifactEClass.getESuperTypes().add(theDovetailPackage.getOwned());

		// Initialize classes, features, and operations; add parameters
		initEClass(processDomainEClass, ProcessDomain.class, "ProcessDomain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getProcessDomain_Processes(), this.getProcess(), null, "processes", null, 0, -1, ProcessDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcessDomain_Roles(), this.getRole(), null, "roles", null, 0, -1, ProcessDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcessDomain_Policies(), this.getPolicy(), null, "policies", null, 0, -1, ProcessDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcessDomain_Controls(), this.getControl(), null, "controls", null, 0, -1, ProcessDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcessDomain_LegacyArtifacts(), this.getLegacyArtifact(), null, "legacyArtifacts", null, 0, -1, ProcessDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(processEClass, org.dovetail.model.process.Process.class, "Process", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getProcess_Steps(), this.getStep(), null, "steps", null, 0, -1, org.dovetail.model.process.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_Flows(), this.getFlow(), null, "flows", null, 0, -1, org.dovetail.model.process.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_Triggers(), this.getTrigger(), null, "triggers", null, 0, -1, org.dovetail.model.process.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_DecisionRights(), this.getDecisionRight(), null, "decisionRights", null, 0, -1, org.dovetail.model.process.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_Stages(), this.getStage(), null, "stages", null, 0, -1, org.dovetail.model.process.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_ExceptionPaths(), this.getExceptionPath(), null, "exceptionPaths", null, 0, -1, org.dovetail.model.process.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_Policies(), this.getPolicy(), null, "policies", null, 0, -1, org.dovetail.model.process.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stageEClass, Stage.class, "Stage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStage_Steps(), this.getStep(), null, "steps", null, 0, -1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepEClass, Step.class, "Step", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStep_Performer(), this.getRole(), null, "performer", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Manual(), ecorePackage.getEBoolean(), "manual", "false", 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Evidence(), this.getEvidenceRequirement(), null, "evidence", null, 0, -1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Artifacts(), this.getLegacyArtifact(), null, "artifacts", null, 0, -1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Outgoing(), this.getFlow(), this.getFlow_Source(), "outgoing", null, 0, -1, Step.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Incoming(), this.getFlow(), this.getFlow_Target(), "incoming", null, 0, -1, Step.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(taskEClass, Task.class, "Task", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTask_Automated(), ecorePackage.getEBoolean(), "automated", "false", 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(approvalEClass, Approval.class, "Approval", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getApproval_RequiredApprovals(), ecorePackage.getEInt(), "requiredApprovals", "1", 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApproval_Condition(), ecorePackage.getEString(), "condition", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApproval_SegregatedFrom(), this.getStep(), null, "segregatedFrom", null, 0, -1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decisionEClass, Decision.class, "Decision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDecision_Question(), ecorePackage.getEString(), "question", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reviewEClass, Review.class, "Review", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReview_Reviewed(), this.getStep(), null, "reviewed", null, 0, 1, Review.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(handoffEClass, Handoff.class, "Handoff", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getHandoff_Recipient(), this.getRole(), null, "recipient", null, 0, 1, Handoff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checkEClass, Check.class, "Check", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCheck_Executes(), this.getControl(), null, "executes", null, 0, 1, Check.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(flowEClass, Flow.class, "Flow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFlow_Source(), this.getStep(), this.getStep_Outgoing(), "source", null, 1, 1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFlow_Target(), this.getStep(), this.getStep_Incoming(), "target", null, 1, 1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFlow_Condition(), ecorePackage.getEString(), "condition", null, 0, 1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roleEClass, Role.class, "Role", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRole_Responsibilities(), ecorePackage.getEString(), "responsibilities", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decisionRightEClass, DecisionRight.class, "DecisionRight", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDecisionRight_Holder(), this.getRole(), null, "holder", null, 1, 1, DecisionRight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecisionRight_Decision(), this.getStep(), null, "decision", null, 1, 1, DecisionRight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecisionRight_Limit(), ecorePackage.getEString(), "limit", null, 0, 1, DecisionRight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecisionRight_Delegable(), ecorePackage.getEBoolean(), "delegable", "false", 0, 1, DecisionRight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceRequirementEClass, EvidenceRequirement.class, "EvidenceRequirement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvidenceRequirement_Mandatory(), ecorePackage.getEBoolean(), "mandatory", "true", 0, 1, EvidenceRequirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceRequirement_Retention(), ecorePackage.getEString(), "retention", null, 0, 1, EvidenceRequirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(exceptionPathEClass, ExceptionPath.class, "ExceptionPath", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExceptionPath_Trigger(), ecorePackage.getEString(), "trigger", null, 0, 1, ExceptionPath.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExceptionPath_RaisedAt(), this.getStep(), null, "raisedAt", null, 0, 1, ExceptionPath.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExceptionPath_ReturnsTo(), this.getStep(), null, "returnsTo", null, 0, 1, ExceptionPath.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExceptionPath_Handler(), this.getRole(), null, "handler", null, 0, 1, ExceptionPath.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExceptionPath_HandledVia(), this.getLegacyArtifact(), null, "handledVia", null, 0, -1, ExceptionPath.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(policyEClass, Policy.class, "Policy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicy_Statement(), ecorePackage.getEString(), "statement", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicy_Source(), ecorePackage.getEString(), "source", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(controlEClass, Control.class, "Control", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getControl_Type(), this.getControlType(), "type", null, 0, 1, Control.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getControl_Execution(), this.getControlExecution(), "execution", null, 0, 1, Control.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getControl_Key(), ecorePackage.getEBoolean(), "key", "false", 0, 1, Control.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getControl_Frequency(), theDovetailPackage.getCadence(), "frequency", null, 0, 1, Control.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getControl_PerformedAt(), this.getStep(), null, "performedAt", null, 0, -1, Control.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getControl_Evidence(), this.getEvidenceRequirement(), null, "evidence", null, 0, -1, Control.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(triggerEClass, Trigger.class, "Trigger", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrigger_Kind(), this.getTriggerKind(), "kind", null, 0, 1, Trigger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrigger_Starts(), this.getStep(), null, "starts", null, 0, 1, Trigger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(legacyArtifactEClass, LegacyArtifact.class, "LegacyArtifact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLegacyArtifact_Kind(), this.getArtifactKind(), "kind", null, 0, 1, LegacyArtifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegacyArtifact_Fate(), this.getArtifactFate(), "fate", null, 0, 1, LegacyArtifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegacyArtifact_FateReason(), ecorePackage.getEString(), "fateReason", null, 0, 1, LegacyArtifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegacyArtifact_RetireBy(), ecorePackage.getEDate(), "retireBy", null, 0, 1, LegacyArtifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(controlTypeEEnum, ControlType.class, "ControlType");
		addEEnumLiteral(controlTypeEEnum, ControlType.PREVENTIVE);
		addEEnumLiteral(controlTypeEEnum, ControlType.DETECTIVE);
		addEEnumLiteral(controlTypeEEnum, ControlType.CORRECTIVE);

		initEEnum(controlExecutionEEnum, ControlExecution.class, "ControlExecution");
		addEEnumLiteral(controlExecutionEEnum, ControlExecution.MANUAL);
		addEEnumLiteral(controlExecutionEEnum, ControlExecution.AUTOMATED);
		addEEnumLiteral(controlExecutionEEnum, ControlExecution.IT_DEPENDENT_MANUAL);

		initEEnum(triggerKindEEnum, TriggerKind.class, "TriggerKind");
		addEEnumLiteral(triggerKindEEnum, TriggerKind.EVENT);
		addEEnumLiteral(triggerKindEEnum, TriggerKind.REQUEST);
		addEEnumLiteral(triggerKindEEnum, TriggerKind.SCHEDULE);
		addEEnumLiteral(triggerKindEEnum, TriggerKind.MESSAGE);
		addEEnumLiteral(triggerKindEEnum, TriggerKind.CONDITION);

		initEEnum(artifactKindEEnum, ArtifactKind.class, "ArtifactKind");
		addEEnumLiteral(artifactKindEEnum, ArtifactKind.SPREADSHEET);
		addEEnumLiteral(artifactKindEEnum, ArtifactKind.EMAIL_THREAD);
		addEEnumLiteral(artifactKindEEnum, ArtifactKind.MEETING);
		addEEnumLiteral(artifactKindEEnum, ArtifactKind.REPORT);
		addEEnumLiteral(artifactKindEEnum, ArtifactKind.PAPER_FORM);
		addEEnumLiteral(artifactKindEEnum, ArtifactKind.CHAT);
		addEEnumLiteral(artifactKindEEnum, ArtifactKind.OTHER);

		initEEnum(artifactFateEEnum, ArtifactFate.class, "ArtifactFate");
		addEEnumLiteral(artifactFateEEnum, ArtifactFate.UNDECIDED);
		addEEnumLiteral(artifactFateEEnum, ArtifactFate.RETIRE);
		addEEnumLiteral(artifactFateEEnum, ArtifactFate.RETAIN);

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
			   "documentation", "The Process Domain: work as imagined. Processes, steps, roles, decision rights, evidence requirements, exception paths, policies, controls, triggers and the legacy artifacts that still carry work."
		   });
		addAnnotation
		  (processDomainEClass,
		   source,
		   new String[] {
			   "documentation", "Container of the documented process landscape of an organisation unit."
		   });
		addAnnotation
		  (getProcessDomain_Processes(),
		   source,
		   new String[] {
			   "documentation", "The documented processes."
		   });
		addAnnotation
		  (getProcessDomain_Roles(),
		   source,
		   new String[] {
			   "documentation", "The roles that perform steps and hold decision rights."
		   });
		addAnnotation
		  (getProcessDomain_Policies(),
		   source,
		   new String[] {
			   "documentation", "The policies the processes must comply with."
		   });
		addAnnotation
		  (getProcessDomain_Controls(),
		   source,
		   new String[] {
			   "documentation", "The controls that enforce policies."
		   });
		addAnnotation
		  (getProcessDomain_LegacyArtifacts(),
		   source,
		   new String[] {
			   "documentation", "Spreadsheets, mailboxes, meetings and reports that carry part of the work outside the systems."
		   });
		addAnnotation
		  (processEClass,
		   source,
		   new String[] {
			   "documentation", "A documented process: an ordered set of steps with its triggers, decision rights and exception paths."
		   });
		addAnnotation
		  (getProcess_Steps(),
		   source,
		   new String[] {
			   "documentation", "The steps of the process."
		   });
		addAnnotation
		  (getProcess_Flows(),
		   source,
		   new String[] {
			   "documentation", "The sequence flows that order the steps."
		   });
		addAnnotation
		  (getProcess_Triggers(),
		   source,
		   new String[] {
			   "documentation", "What starts the process."
		   });
		addAnnotation
		  (getProcess_DecisionRights(),
		   source,
		   new String[] {
			   "documentation", "Who may decide what in this process."
		   });
		addAnnotation
		  (getProcess_Stages(),
		   source,
		   new String[] {
			   "documentation", "The stages (phases) that group the steps, each with its own owner."
		   });
		addAnnotation
		  (getProcess_ExceptionPaths(),
		   source,
		   new String[] {
			   "documentation", "The documented ways exceptions leave and rejoin the normal flow."
		   });
		addAnnotation
		  (getProcess_Policies(),
		   source,
		   new String[] {
			   "documentation", "The policies that govern this process."
		   });
		addAnnotation
		  (stageEClass,
		   source,
		   new String[] {
			   "documentation", "A stage of a process (intake, approval, payment): a named group of consecutive steps with an accountable owner."
		   });
		addAnnotation
		  (getStage_Steps(),
		   source,
		   new String[] {
			   "documentation", "The steps of the stage, in order."
		   });
		addAnnotation
		  (stepEClass,
		   source,
		   new String[] {
			   "documentation", "One step of a process. Its kind is given by its class: task, approval, decision, review, handoff or check."
		   });
		addAnnotation
		  (getStep_Performer(),
		   source,
		   new String[] {
			   "documentation", "The role that performs the step."
		   });
		addAnnotation
		  (getStep_Manual(),
		   source,
		   new String[] {
			   "documentation", "True when the step is deliberately done outside any system; such a step needs no workflow state."
		   });
		addAnnotation
		  (getStep_Evidence(),
		   source,
		   new String[] {
			   "documentation", "What must be recorded when the step is done."
		   });
		addAnnotation
		  (getStep_Artifacts(),
		   source,
		   new String[] {
			   "documentation", "Legacy artifacts the step still uses (a spreadsheet, an e-mail thread)."
		   });
		addAnnotation
		  (getStep_Outgoing(),
		   source,
		   new String[] {
			   "documentation", "The flows leaving this step (derived from Flow.source on load; not stored twice)."
		   });
		addAnnotation
		  (getStep_Incoming(),
		   source,
		   new String[] {
			   "documentation", "The flows entering this step (derived from Flow.target on load; not stored twice)."
		   });
		addAnnotation
		  (taskEClass,
		   source,
		   new String[] {
			   "documentation", "A unit of work done by a role."
		   });
		addAnnotation
		  (getTask_Automated(),
		   source,
		   new String[] {
			   "documentation", "True when the documented procedure expects a system to do the task without a person."
		   });
		addAnnotation
		  (approvalEClass,
		   source,
		   new String[] {
			   "documentation", "A step where one or more people approve before work may continue."
		   });
		addAnnotation
		  (getApproval_RequiredApprovals(),
		   source,
		   new String[] {
			   "documentation", "How many distinct approvers must approve (two for four-eyes)."
		   });
		addAnnotation
		  (getApproval_Condition(),
		   source,
		   new String[] {
			   "documentation", "When this approval applies, in the words of the policy (e.g. \"invoice amount over 10,000\")."
		   });
		addAnnotation
		  (getApproval_SegregatedFrom(),
		   source,
		   new String[] {
			   "documentation", "Steps whose performer may not also approve here (segregation of duties)."
		   });
		addAnnotation
		  (decisionEClass,
		   source,
		   new String[] {
			   "documentation", "A step where a role chooses between paths; the outgoing flows carry the conditions."
		   });
		addAnnotation
		  (getDecision_Question(),
		   source,
		   new String[] {
			   "documentation", "The question being decided."
		   });
		addAnnotation
		  (reviewEClass,
		   source,
		   new String[] {
			   "documentation", "A step where a role examines earlier work and may send it back."
		   });
		addAnnotation
		  (getReview_Reviewed(),
		   source,
		   new String[] {
			   "documentation", "The step whose result is reviewed."
		   });
		addAnnotation
		  (handoffEClass,
		   source,
		   new String[] {
			   "documentation", "A step where work passes from one role to another."
		   });
		addAnnotation
		  (getHandoff_Recipient(),
		   source,
		   new String[] {
			   "documentation", "The role that receives the work."
		   });
		addAnnotation
		  (checkEClass,
		   source,
		   new String[] {
			   "documentation", "A verification step (a match, a reconciliation) that executes a control."
		   });
		addAnnotation
		  (getCheck_Executes(),
		   source,
		   new String[] {
			   "documentation", "The control this check carries out."
		   });
		addAnnotation
		  (flowEClass,
		   source,
		   new String[] {
			   "documentation", "A sequence flow from one step to the next, with an optional condition."
		   });
		addAnnotation
		  (getFlow_Source(),
		   source,
		   new String[] {
			   "documentation", "The step the flow leaves."
		   });
		addAnnotation
		  (getFlow_Target(),
		   source,
		   new String[] {
			   "documentation", "The step the flow enters."
		   });
		addAnnotation
		  (getFlow_Condition(),
		   source,
		   new String[] {
			   "documentation", "The condition under which the flow is taken, in business words."
		   });
		addAnnotation
		  (roleEClass,
		   source,
		   new String[] {
			   "documentation", "A process role: who performs steps and holds decision rights, independent of any system\'s role names."
		   });
		addAnnotation
		  (getRole_Responsibilities(),
		   source,
		   new String[] {
			   "documentation", "What the role is responsible for."
		   });
		addAnnotation
		  (decisionRightEClass,
		   source,
		   new String[] {
			   "documentation", "Who may decide what: a role\'s right to take a decision or give an approval, within a limit."
		   });
		addAnnotation
		  (getDecisionRight_Holder(),
		   source,
		   new String[] {
			   "documentation", "The role that holds the right."
		   });
		addAnnotation
		  (getDecisionRight_Decision(),
		   source,
		   new String[] {
			   "documentation", "The decision or approval step the right covers."
		   });
		addAnnotation
		  (getDecisionRight_Limit(),
		   source,
		   new String[] {
			   "documentation", "The scope or limit of the right (e.g. \"up to 10,000 EUR\")."
		   });
		addAnnotation
		  (getDecisionRight_Delegable(),
		   source,
		   new String[] {
			   "documentation", "Whether the holder may delegate the right."
		   });
		addAnnotation
		  (evidenceRequirementEClass,
		   source,
		   new String[] {
			   "documentation", "What must be recorded to show a step or control was done."
		   });
		addAnnotation
		  (getEvidenceRequirement_Mandatory(),
		   source,
		   new String[] {
			   "documentation", "True when the evidence must always be recorded."
		   });
		addAnnotation
		  (getEvidenceRequirement_Retention(),
		   source,
		   new String[] {
			   "documentation", "How long the evidence is kept (e.g. \"10 years\")."
		   });
		addAnnotation
		  (exceptionPathEClass,
		   source,
		   new String[] {
			   "documentation", "A documented exception: what triggers it, where it leaves the normal flow, how it is handled and where work rejoins."
		   });
		addAnnotation
		  (getExceptionPath_Trigger(),
		   source,
		   new String[] {
			   "documentation", "The condition that raises the exception (e.g. \"price variance over 2 %\")."
		   });
		addAnnotation
		  (getExceptionPath_RaisedAt(),
		   source,
		   new String[] {
			   "documentation", "The step where the exception is detected."
		   });
		addAnnotation
		  (getExceptionPath_ReturnsTo(),
		   source,
		   new String[] {
			   "documentation", "The step where work rejoins the normal flow."
		   });
		addAnnotation
		  (getExceptionPath_Handler(),
		   source,
		   new String[] {
			   "documentation", "The role that handles the exception."
		   });
		addAnnotation
		  (getExceptionPath_HandledVia(),
		   source,
		   new String[] {
			   "documentation", "Legacy artifacts the handling depends on (an e-mail thread, a spreadsheet)."
		   });
		addAnnotation
		  (policyEClass,
		   source,
		   new String[] {
			   "documentation", "A rule the organisation has set itself or must follow (a regulation, a delegation-of-authority policy)."
		   });
		addAnnotation
		  (getPolicy_Statement(),
		   source,
		   new String[] {
			   "documentation", "The policy statement."
		   });
		addAnnotation
		  (getPolicy_Source(),
		   source,
		   new String[] {
			   "documentation", "Where the policy comes from (a regulation, a board decision)."
		   });
		addAnnotation
		  (controlEClass,
		   source,
		   new String[] {
			   "documentation", "A control that enforces a policy: preventive or detective, manual or automated, key or not."
		   });
		addAnnotation
		  (getControl_Type(),
		   source,
		   new String[] {
			   "documentation", "Whether the control prevents, detects or corrects."
		   });
		addAnnotation
		  (getControl_Execution(),
		   source,
		   new String[] {
			   "documentation", "Whether a person or a system performs the control."
		   });
		addAnnotation
		  (getControl_Key(),
		   source,
		   new String[] {
			   "documentation", "True for a key control that auditors rely on."
		   });
		addAnnotation
		  (getControl_Frequency(),
		   source,
		   new String[] {
			   "documentation", "How often the control operates."
		   });
		addAnnotation
		  (getControl_PerformedAt(),
		   source,
		   new String[] {
			   "documentation", "The steps at which the control operates."
		   });
		addAnnotation
		  (getControl_Evidence(),
		   source,
		   new String[] {
			   "documentation", "The evidence the control produces."
		   });
		addAnnotation
		  (triggerEClass,
		   source,
		   new String[] {
			   "documentation", "What starts a process."
		   });
		addAnnotation
		  (getTrigger_Kind(),
		   source,
		   new String[] {
			   "documentation", "The kind of trigger."
		   });
		addAnnotation
		  (getTrigger_Starts(),
		   source,
		   new String[] {
			   "documentation", "The first step the trigger starts."
		   });
		addAnnotation
		  (legacyArtifactEClass,
		   source,
		   new String[] {
			   "documentation", "A spreadsheet, e-mail thread, meeting or report that carries work outside the systems. Its fate must be decided: retire it, or retain it with a stated reason."
		   });
		addAnnotation
		  (getLegacyArtifact_Kind(),
		   source,
		   new String[] {
			   "documentation", "What sort of artifact it is."
		   });
		addAnnotation
		  (getLegacyArtifact_Fate(),
		   source,
		   new String[] {
			   "documentation", "What the organisation has decided to do with it."
		   });
		addAnnotation
		  (getLegacyArtifact_FateReason(),
		   source,
		   new String[] {
			   "documentation", "Why the artifact is retained (required when retained)."
		   });
		addAnnotation
		  (getLegacyArtifact_RetireBy(),
		   source,
		   new String[] {
			   "documentation", "The date by which a retired artifact should be gone."
		   });
		addAnnotation
		  (controlTypeEEnum,
		   source,
		   new String[] {
			   "documentation", "How a control acts."
		   });
		addAnnotation
		  (controlTypeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Stops a failure from happening."
		   });
		addAnnotation
		  (controlTypeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Finds a failure after it happened."
		   });
		addAnnotation
		  (controlTypeEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Repairs the effect of a failure."
		   });
		addAnnotation
		  (controlExecutionEEnum,
		   source,
		   new String[] {
			   "documentation", "Who performs a control."
		   });
		addAnnotation
		  (controlExecutionEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "A person performs the control."
		   });
		addAnnotation
		  (controlExecutionEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "A system performs the control."
		   });
		addAnnotation
		  (controlExecutionEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "A person performs it on system-produced information."
		   });
		addAnnotation
		  (triggerKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Kinds of process triggers."
		   });
		addAnnotation
		  (triggerKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "A business event (an invoice arrives)."
		   });
		addAnnotation
		  (triggerKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Someone asks for the work."
		   });
		addAnnotation
		  (triggerKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "A point in time."
		   });
		addAnnotation
		  (triggerKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "A message from another process or system."
		   });
		addAnnotation
		  (triggerKindEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "A condition becomes true."
		   });
		addAnnotation
		  (artifactKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Kinds of legacy artifacts."
		   });
		addAnnotation
		  (artifactKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "A spreadsheet."
		   });
		addAnnotation
		  (artifactKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "An e-mail thread or shared mailbox."
		   });
		addAnnotation
		  (artifactKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "A recurring meeting."
		   });
		addAnnotation
		  (artifactKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "A report produced outside the governed systems."
		   });
		addAnnotation
		  (artifactKindEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "A paper form."
		   });
		addAnnotation
		  (artifactKindEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "documentation", "A chat channel."
		   });
		addAnnotation
		  (artifactKindEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "documentation", "Anything else."
		   });
		addAnnotation
		  (artifactFateEEnum,
		   source,
		   new String[] {
			   "documentation", "The decided fate of a legacy artifact."
		   });
		addAnnotation
		  (artifactFateEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "No decision yet: the artifact lives on as a parallel workflow."
		   });
		addAnnotation
		  (artifactFateEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "The artifact is to be retired."
		   });
		addAnnotation
		  (artifactFateEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "The artifact is kept, for a stated reason."
		   });
	}

} //ProcessPackageImpl
