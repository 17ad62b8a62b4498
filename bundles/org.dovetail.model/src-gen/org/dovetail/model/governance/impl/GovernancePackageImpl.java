/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance.impl;

import org.dovetail.model.DovetailPackage;

import org.dovetail.model.digital.DigitalPackage;

import org.dovetail.model.digital.impl.DigitalPackageImpl;

import org.dovetail.model.governance.ArtifactReplacementMapping;
import org.dovetail.model.governance.Baseline;
import org.dovetail.model.governance.BaselineStatus;
import org.dovetail.model.governance.ControlImplementationMapping;
import org.dovetail.model.governance.DecisionPermissionMapping;
import org.dovetail.model.governance.EvidenceFieldMapping;
import org.dovetail.model.governance.ExceptionHandlingMapping;
import org.dovetail.model.governance.Finding;
import org.dovetail.model.governance.FindingStatus;
import org.dovetail.model.governance.GovernanceBoard;
import org.dovetail.model.governance.GovernanceFactory;
import org.dovetail.model.governance.GovernanceModel;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.Mapping;
import org.dovetail.model.governance.MappingStatus;
import org.dovetail.model.governance.PolicyControlMapping;
import org.dovetail.model.governance.RiskResponse;
import org.dovetail.model.governance.RoleMapping;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.governance.SignOff;
import org.dovetail.model.governance.SignOffDecision;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.model.governance.Waiver;

import org.dovetail.model.impl.DovetailPackageImpl;

import org.dovetail.model.implementation.ImplementationPackage;

import org.dovetail.model.implementation.impl.ImplementationPackageImpl;

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
public class GovernancePackageImpl extends EPackageImpl implements GovernancePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass governanceModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepStateMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decisionPermissionMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceFieldMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass exceptionHandlingMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyControlMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass controlImplementationMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass artifactReplacementMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass findingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass waiverEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass governanceBoardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass baselineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass signOffEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mappingStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum severityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ruleCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum findingStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum riskResponseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum baselineStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum signOffDecisionEEnum = null;

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
	 * @see org.dovetail.model.governance.GovernancePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private GovernancePackageImpl() {
		super(eNS_URI, GovernanceFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link GovernancePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static GovernancePackage init() {
		if (isInited) return (GovernancePackage)EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredGovernancePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		GovernancePackageImpl theGovernancePackage = registeredGovernancePackage instanceof GovernancePackageImpl ? (GovernancePackageImpl)registeredGovernancePackage : new GovernancePackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DovetailPackage.eNS_URI);
		DovetailPackageImpl theDovetailPackage = (DovetailPackageImpl)(registeredPackage instanceof DovetailPackageImpl ? registeredPackage : DovetailPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ProcessPackage.eNS_URI);
		ProcessPackageImpl theProcessPackage = (ProcessPackageImpl)(registeredPackage instanceof ProcessPackageImpl ? registeredPackage : ProcessPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DigitalPackage.eNS_URI);
		DigitalPackageImpl theDigitalPackage = (DigitalPackageImpl)(registeredPackage instanceof DigitalPackageImpl ? registeredPackage : DigitalPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(WorkAsDonePackage.eNS_URI);
		WorkAsDonePackageImpl theWorkAsDonePackage = (WorkAsDonePackageImpl)(registeredPackage instanceof WorkAsDonePackageImpl ? registeredPackage : WorkAsDonePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ImplementationPackage.eNS_URI);
		ImplementationPackageImpl theImplementationPackage = (ImplementationPackageImpl)(registeredPackage instanceof ImplementationPackageImpl ? registeredPackage : ImplementationPackage.eINSTANCE);

		// Create package meta-data objects
		theGovernancePackage.createPackageContents();
		theDovetailPackage.createPackageContents();
		theProcessPackage.createPackageContents();
		theDigitalPackage.createPackageContents();
		theWorkAsDonePackage.createPackageContents();
		theImplementationPackage.createPackageContents();

		// Initialize created meta-data
		theGovernancePackage.initializePackageContents();
		theDovetailPackage.initializePackageContents();
		theProcessPackage.initializePackageContents();
		theDigitalPackage.initializePackageContents();
		theWorkAsDonePackage.initializePackageContents();
		theImplementationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theGovernancePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(GovernancePackage.eNS_URI, theGovernancePackage);
		return theGovernancePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGovernanceModel() {
		return governanceModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceModel_Mappings() {
		return (EReference)governanceModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceModel_Findings() {
		return (EReference)governanceModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceModel_Waivers() {
		return (EReference)governanceModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceModel_Boards() {
		return (EReference)governanceModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceModel_Baselines() {
		return (EReference)governanceModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMapping() {
		return mappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMapping_Status() {
		return (EAttribute)mappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMapping_Rationale() {
		return (EAttribute)mappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStepStateMapping() {
		return stepStateMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStepStateMapping_Step() {
		return (EReference)stepStateMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStepStateMapping_States() {
		return (EReference)stepStateMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecisionPermissionMapping() {
		return decisionPermissionMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecisionPermissionMapping_DecisionRight() {
		return (EReference)decisionPermissionMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecisionPermissionMapping_Permissions() {
		return (EReference)decisionPermissionMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidenceFieldMapping() {
		return evidenceFieldMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidenceFieldMapping_Evidence() {
		return (EReference)evidenceFieldMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidenceFieldMapping_Fields() {
		return (EReference)evidenceFieldMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExceptionHandlingMapping() {
		return exceptionHandlingMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExceptionHandlingMapping_ExceptionPath() {
		return (EReference)exceptionHandlingMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExceptionHandlingMapping_HandledBy() {
		return (EReference)exceptionHandlingMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyControlMapping() {
		return policyControlMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyControlMapping_Policy() {
		return (EReference)policyControlMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyControlMapping_Controls() {
		return (EReference)policyControlMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getControlImplementationMapping() {
		return controlImplementationMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getControlImplementationMapping_Control() {
		return (EReference)controlImplementationMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getControlImplementationMapping_ImplementedBy() {
		return (EReference)controlImplementationMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArtifactReplacementMapping() {
		return artifactReplacementMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArtifactReplacementMapping_Artifact() {
		return (EReference)artifactReplacementMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArtifactReplacementMapping_Replacements() {
		return (EReference)artifactReplacementMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoleMapping() {
		return roleMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoleMapping_Role() {
		return (EReference)roleMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoleMapping_SystemRoles() {
		return (EReference)roleMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFinding() {
		return findingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_RuleId() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Severity() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Category() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Element() {
		return (EReference)findingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Related() {
		return (EReference)findingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Message() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Explanation() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Remediation() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Status() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_DetectedOn() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWaiver() {
		return waiverEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWaiver_RuleId() {
		return (EAttribute)waiverEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWaiver_Element() {
		return (EReference)waiverEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWaiver_Response() {
		return (EAttribute)waiverEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWaiver_GrantedBy() {
		return (EReference)waiverEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWaiver_Reason() {
		return (EAttribute)waiverEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWaiver_GrantedOn() {
		return (EAttribute)waiverEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWaiver_ExpiresOn() {
		return (EAttribute)waiverEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGovernanceBoard() {
		return governanceBoardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceBoard_Chair() {
		return (EReference)governanceBoardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceBoard_Members() {
		return (EReference)governanceBoardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBaseline() {
		return baselineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseline_Status() {
		return (EAttribute)baselineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBaseline_Board() {
		return (EReference)baselineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseline_Revision() {
		return (EAttribute)baselineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBaseline_Scope() {
		return (EReference)baselineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBaseline_SignOffs() {
		return (EReference)baselineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSignOff() {
		return signOffEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSignOff_Signer() {
		return (EReference)signOffEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignOff_Decision() {
		return (EAttribute)signOffEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignOff_SignedOn() {
		return (EAttribute)signOffEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignOff_Comment() {
		return (EAttribute)signOffEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMappingStatus() {
		return mappingStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSeverity() {
		return severityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRuleCategory() {
		return ruleCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFindingStatus() {
		return findingStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRiskResponse() {
		return riskResponseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBaselineStatus() {
		return baselineStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSignOffDecision() {
		return signOffDecisionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceFactory getGovernanceFactory() {
		return (GovernanceFactory)getEFactoryInstance();
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
		governanceModelEClass = createEClass(GOVERNANCE_MODEL);
		createEReference(governanceModelEClass, GOVERNANCE_MODEL__MAPPINGS);
		createEReference(governanceModelEClass, GOVERNANCE_MODEL__FINDINGS);
		createEReference(governanceModelEClass, GOVERNANCE_MODEL__WAIVERS);
		createEReference(governanceModelEClass, GOVERNANCE_MODEL__BOARDS);
		createEReference(governanceModelEClass, GOVERNANCE_MODEL__BASELINES);

		mappingEClass = createEClass(MAPPING);
		createEAttribute(mappingEClass, MAPPING__STATUS);
		createEAttribute(mappingEClass, MAPPING__RATIONALE);

		stepStateMappingEClass = createEClass(STEP_STATE_MAPPING);
		createEReference(stepStateMappingEClass, STEP_STATE_MAPPING__STEP);
		createEReference(stepStateMappingEClass, STEP_STATE_MAPPING__STATES);

		decisionPermissionMappingEClass = createEClass(DECISION_PERMISSION_MAPPING);
		createEReference(decisionPermissionMappingEClass, DECISION_PERMISSION_MAPPING__DECISION_RIGHT);
		createEReference(decisionPermissionMappingEClass, DECISION_PERMISSION_MAPPING__PERMISSIONS);

		evidenceFieldMappingEClass = createEClass(EVIDENCE_FIELD_MAPPING);
		createEReference(evidenceFieldMappingEClass, EVIDENCE_FIELD_MAPPING__EVIDENCE);
		createEReference(evidenceFieldMappingEClass, EVIDENCE_FIELD_MAPPING__FIELDS);

		exceptionHandlingMappingEClass = createEClass(EXCEPTION_HANDLING_MAPPING);
		createEReference(exceptionHandlingMappingEClass, EXCEPTION_HANDLING_MAPPING__EXCEPTION_PATH);
		createEReference(exceptionHandlingMappingEClass, EXCEPTION_HANDLING_MAPPING__HANDLED_BY);

		policyControlMappingEClass = createEClass(POLICY_CONTROL_MAPPING);
		createEReference(policyControlMappingEClass, POLICY_CONTROL_MAPPING__POLICY);
		createEReference(policyControlMappingEClass, POLICY_CONTROL_MAPPING__CONTROLS);

		controlImplementationMappingEClass = createEClass(CONTROL_IMPLEMENTATION_MAPPING);
		createEReference(controlImplementationMappingEClass, CONTROL_IMPLEMENTATION_MAPPING__CONTROL);
		createEReference(controlImplementationMappingEClass, CONTROL_IMPLEMENTATION_MAPPING__IMPLEMENTED_BY);

		artifactReplacementMappingEClass = createEClass(ARTIFACT_REPLACEMENT_MAPPING);
		createEReference(artifactReplacementMappingEClass, ARTIFACT_REPLACEMENT_MAPPING__ARTIFACT);
		createEReference(artifactReplacementMappingEClass, ARTIFACT_REPLACEMENT_MAPPING__REPLACEMENTS);

		roleMappingEClass = createEClass(ROLE_MAPPING);
		createEReference(roleMappingEClass, ROLE_MAPPING__ROLE);
		createEReference(roleMappingEClass, ROLE_MAPPING__SYSTEM_ROLES);

		findingEClass = createEClass(FINDING);
		createEAttribute(findingEClass, FINDING__RULE_ID);
		createEAttribute(findingEClass, FINDING__SEVERITY);
		createEAttribute(findingEClass, FINDING__CATEGORY);
		createEReference(findingEClass, FINDING__ELEMENT);
		createEReference(findingEClass, FINDING__RELATED);
		createEAttribute(findingEClass, FINDING__MESSAGE);
		createEAttribute(findingEClass, FINDING__EXPLANATION);
		createEAttribute(findingEClass, FINDING__REMEDIATION);
		createEAttribute(findingEClass, FINDING__STATUS);
		createEAttribute(findingEClass, FINDING__DETECTED_ON);

		waiverEClass = createEClass(WAIVER);
		createEAttribute(waiverEClass, WAIVER__RULE_ID);
		createEReference(waiverEClass, WAIVER__ELEMENT);
		createEAttribute(waiverEClass, WAIVER__RESPONSE);
		createEReference(waiverEClass, WAIVER__GRANTED_BY);
		createEAttribute(waiverEClass, WAIVER__REASON);
		createEAttribute(waiverEClass, WAIVER__GRANTED_ON);
		createEAttribute(waiverEClass, WAIVER__EXPIRES_ON);

		governanceBoardEClass = createEClass(GOVERNANCE_BOARD);
		createEReference(governanceBoardEClass, GOVERNANCE_BOARD__CHAIR);
		createEReference(governanceBoardEClass, GOVERNANCE_BOARD__MEMBERS);

		baselineEClass = createEClass(BASELINE);
		createEAttribute(baselineEClass, BASELINE__STATUS);
		createEReference(baselineEClass, BASELINE__BOARD);
		createEAttribute(baselineEClass, BASELINE__REVISION);
		createEReference(baselineEClass, BASELINE__SCOPE);
		createEReference(baselineEClass, BASELINE__SIGN_OFFS);

		signOffEClass = createEClass(SIGN_OFF);
		createEReference(signOffEClass, SIGN_OFF__SIGNER);
		createEAttribute(signOffEClass, SIGN_OFF__DECISION);
		createEAttribute(signOffEClass, SIGN_OFF__SIGNED_ON);
		createEAttribute(signOffEClass, SIGN_OFF__COMMENT);

		// Create enums
		mappingStatusEEnum = createEEnum(MAPPING_STATUS);
		severityEEnum = createEEnum(SEVERITY);
		ruleCategoryEEnum = createEEnum(RULE_CATEGORY);
		findingStatusEEnum = createEEnum(FINDING_STATUS);
		riskResponseEEnum = createEEnum(RISK_RESPONSE);
		baselineStatusEEnum = createEEnum(BASELINE_STATUS);
		signOffDecisionEEnum = createEEnum(SIGN_OFF_DECISION);
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
		governanceModelEClass.getESuperTypes().add(theDovetailPackage.getElement());
		mappingEClass.getESuperTypes().add(theDovetailPackage.getElement());
		mappingEClass.getESuperTypes().add(theDovetailPackage.getOwned());
		stepStateMappingEClass.getESuperTypes().add(this.getMapping());
		decisionPermissionMappingEClass.getESuperTypes().add(this.getMapping());
		evidenceFieldMappingEClass.getESuperTypes().add(this.getMapping());
		exceptionHandlingMappingEClass.getESuperTypes().add(this.getMapping());
		policyControlMappingEClass.getESuperTypes().add(this.getMapping());
		controlImplementationMappingEClass.getESuperTypes().add(this.getMapping());
		artifactReplacementMappingEClass.getESuperTypes().add(this.getMapping());
		roleMappingEClass.getESuperTypes().add(this.getMapping());
		findingEClass.getESuperTypes().add(theDovetailPackage.getIdentified());
		waiverEClass.getESuperTypes().add(theDovetailPackage.getIdentified());
		governanceBoardEClass.getESuperTypes().add(theDovetailPackage.getElement());
		baselineEClass.getESuperTypes().add(theDovetailPackage.getElement());
		signOffEClass.getESuperTypes().add(theDovetailPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(governanceModelEClass, GovernanceModel.class, "GovernanceModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGovernanceModel_Mappings(), this.getMapping(), null, "mappings", null, 0, -1, GovernanceModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceModel_Findings(), this.getFinding(), null, "findings", null, 0, -1, GovernanceModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceModel_Waivers(), this.getWaiver(), null, "waivers", null, 0, -1, GovernanceModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceModel_Boards(), this.getGovernanceBoard(), null, "boards", null, 0, -1, GovernanceModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceModel_Baselines(), this.getBaseline(), null, "baselines", null, 0, -1, GovernanceModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mappingEClass, Mapping.class, "Mapping", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMapping_Status(), this.getMappingStatus(), "status", null, 0, 1, Mapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMapping_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, Mapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepStateMappingEClass, StepStateMapping.class, "StepStateMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStepStateMapping_Step(), theProcessPackage.getStep(), null, "step", null, 1, 1, StepStateMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStepStateMapping_States(), theDigitalPackage.getWorkflowState(), null, "states", null, 1, -1, StepStateMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decisionPermissionMappingEClass, DecisionPermissionMapping.class, "DecisionPermissionMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDecisionPermissionMapping_DecisionRight(), theProcessPackage.getDecisionRight(), null, "decisionRight", null, 1, 1, DecisionPermissionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecisionPermissionMapping_Permissions(), theDigitalPackage.getPermission(), null, "permissions", null, 1, -1, DecisionPermissionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceFieldMappingEClass, EvidenceFieldMapping.class, "EvidenceFieldMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEvidenceFieldMapping_Evidence(), theProcessPackage.getEvidenceRequirement(), null, "evidence", null, 1, 1, EvidenceFieldMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvidenceFieldMapping_Fields(), theDigitalPackage.getDataField(), null, "fields", null, 1, -1, EvidenceFieldMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(exceptionHandlingMappingEClass, ExceptionHandlingMapping.class, "ExceptionHandlingMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getExceptionHandlingMapping_ExceptionPath(), theProcessPackage.getExceptionPath(), null, "exceptionPath", null, 1, 1, ExceptionHandlingMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExceptionHandlingMapping_HandledBy(), theDigitalPackage.getDigitalElement(), null, "handledBy", null, 1, -1, ExceptionHandlingMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(policyControlMappingEClass, PolicyControlMapping.class, "PolicyControlMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPolicyControlMapping_Policy(), theProcessPackage.getPolicy(), null, "policy", null, 1, 1, PolicyControlMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyControlMapping_Controls(), theProcessPackage.getControl(), null, "controls", null, 1, -1, PolicyControlMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(controlImplementationMappingEClass, ControlImplementationMapping.class, "ControlImplementationMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getControlImplementationMapping_Control(), theProcessPackage.getControl(), null, "control", null, 1, 1, ControlImplementationMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getControlImplementationMapping_ImplementedBy(), theDigitalPackage.getDigitalElement(), null, "implementedBy", null, 1, -1, ControlImplementationMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(artifactReplacementMappingEClass, ArtifactReplacementMapping.class, "ArtifactReplacementMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getArtifactReplacementMapping_Artifact(), theProcessPackage.getLegacyArtifact(), null, "artifact", null, 1, 1, ArtifactReplacementMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArtifactReplacementMapping_Replacements(), theDigitalPackage.getDigitalElement(), null, "replacements", null, 1, -1, ArtifactReplacementMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roleMappingEClass, RoleMapping.class, "RoleMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRoleMapping_Role(), theProcessPackage.getRole(), null, "role", null, 1, 1, RoleMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoleMapping_SystemRoles(), theDigitalPackage.getSystemRole(), null, "systemRoles", null, 1, -1, RoleMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(findingEClass, Finding.class, "Finding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFinding_RuleId(), ecorePackage.getEString(), "ruleId", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Severity(), this.getSeverity(), "severity", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Category(), this.getRuleCategory(), "category", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Element(), theDovetailPackage.getIdentified(), null, "element", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Related(), theDovetailPackage.getIdentified(), null, "related", null, 0, -1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Message(), ecorePackage.getEString(), "message", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Explanation(), ecorePackage.getEString(), "explanation", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Remediation(), ecorePackage.getEString(), "remediation", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Status(), this.getFindingStatus(), "status", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_DetectedOn(), ecorePackage.getEDate(), "detectedOn", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(waiverEClass, Waiver.class, "Waiver", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWaiver_RuleId(), ecorePackage.getEString(), "ruleId", null, 0, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWaiver_Element(), theDovetailPackage.getIdentified(), null, "element", null, 1, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWaiver_Response(), this.getRiskResponse(), "response", null, 0, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWaiver_GrantedBy(), theDovetailPackage.getPerson(), null, "grantedBy", null, 1, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWaiver_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWaiver_GrantedOn(), ecorePackage.getEDate(), "grantedOn", null, 0, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWaiver_ExpiresOn(), ecorePackage.getEDate(), "expiresOn", null, 0, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(governanceBoardEClass, GovernanceBoard.class, "GovernanceBoard", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGovernanceBoard_Chair(), theDovetailPackage.getPerson(), null, "chair", null, 0, 1, GovernanceBoard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceBoard_Members(), theDovetailPackage.getPerson(), null, "members", null, 0, -1, GovernanceBoard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(baselineEClass, Baseline.class, "Baseline", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBaseline_Status(), this.getBaselineStatus(), "status", null, 0, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBaseline_Board(), this.getGovernanceBoard(), null, "board", null, 0, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseline_Revision(), ecorePackage.getEString(), "revision", null, 0, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBaseline_Scope(), theDovetailPackage.getElement(), null, "scope", null, 0, -1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBaseline_SignOffs(), this.getSignOff(), null, "signOffs", null, 0, -1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(signOffEClass, SignOff.class, "SignOff", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSignOff_Signer(), theDovetailPackage.getPerson(), null, "signer", null, 1, 1, SignOff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignOff_Decision(), this.getSignOffDecision(), "decision", null, 0, 1, SignOff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignOff_SignedOn(), ecorePackage.getEDate(), "signedOn", null, 0, 1, SignOff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignOff_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, SignOff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(mappingStatusEEnum, MappingStatus.class, "MappingStatus");
		addEEnumLiteral(mappingStatusEEnum, MappingStatus.PROPOSED);
		addEEnumLiteral(mappingStatusEEnum, MappingStatus.CONFIRMED);
		addEEnumLiteral(mappingStatusEEnum, MappingStatus.PARTIAL);
		addEEnumLiteral(mappingStatusEEnum, MappingStatus.DISPUTED);
		addEEnumLiteral(mappingStatusEEnum, MappingStatus.RETIRED);

		initEEnum(severityEEnum, Severity.class, "Severity");
		addEEnumLiteral(severityEEnum, Severity.INFO);
		addEEnumLiteral(severityEEnum, Severity.WARNING);
		addEEnumLiteral(severityEEnum, Severity.ERROR);

		initEEnum(ruleCategoryEEnum, RuleCategory.class, "RuleCategory");
		addEEnumLiteral(ruleCategoryEEnum, RuleCategory.WORKFLOW_MISMATCH);
		addEEnumLiteral(ruleCategoryEEnum, RuleCategory.DECISION_EVIDENCE_MISMATCH);
		addEEnumLiteral(ruleCategoryEEnum, RuleCategory.DATA_EXCEPTION_MISMATCH);
		addEEnumLiteral(ruleCategoryEEnum, RuleCategory.GOVERNANCE_SHORTFALL);
		addEEnumLiteral(ruleCategoryEEnum, RuleCategory.FEEDBACK_GAP);
		addEEnumLiteral(ruleCategoryEEnum, RuleCategory.WORKFLOW_REDESIGN);
		addEEnumLiteral(ruleCategoryEEnum, RuleCategory.WORK_AS_DONE);

		initEEnum(findingStatusEEnum, FindingStatus.class, "FindingStatus");
		addEEnumLiteral(findingStatusEEnum, FindingStatus.OPEN);
		addEEnumLiteral(findingStatusEEnum, FindingStatus.WAIVED);
		addEEnumLiteral(findingStatusEEnum, FindingStatus.ACCEPTED);
		addEEnumLiteral(findingStatusEEnum, FindingStatus.RESOLVED);

		initEEnum(riskResponseEEnum, RiskResponse.class, "RiskResponse");
		addEEnumLiteral(riskResponseEEnum, RiskResponse.WAIVED);
		addEEnumLiteral(riskResponseEEnum, RiskResponse.ACCEPTED);

		initEEnum(baselineStatusEEnum, BaselineStatus.class, "BaselineStatus");
		addEEnumLiteral(baselineStatusEEnum, BaselineStatus.DRAFT);
		addEEnumLiteral(baselineStatusEEnum, BaselineStatus.SUBMITTED);
		addEEnumLiteral(baselineStatusEEnum, BaselineStatus.APPROVED);
		addEEnumLiteral(baselineStatusEEnum, BaselineStatus.REJECTED);
		addEEnumLiteral(baselineStatusEEnum, BaselineStatus.SUPERSEDED);

		initEEnum(signOffDecisionEEnum, SignOffDecision.class, "SignOffDecision");
		addEEnumLiteral(signOffDecisionEEnum, SignOffDecision.APPROVE);
		addEEnumLiteral(signOffDecisionEEnum, SignOffDecision.REJECT);
		addEEnumLiteral(signOffDecisionEEnum, SignOffDecision.ABSTAIN);

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
			   "documentation", "Governance: the typed mappings between the Process and Digital Domains, findings of the risk-testing rules, waivers, boards and signed-off baselines."
		   });
		addAnnotation
		  (governanceModelEClass,
		   source,
		   new String[] {
			   "documentation", "Container of the governance record of a model."
		   });
		addAnnotation
		  (getGovernanceModel_Mappings(),
		   source,
		   new String[] {
			   "documentation", "The governance mappings between the domains."
		   });
		addAnnotation
		  (getGovernanceModel_Findings(),
		   source,
		   new String[] {
			   "documentation", "Recorded findings of the risk-testing rules."
		   });
		addAnnotation
		  (getGovernanceModel_Waivers(),
		   source,
		   new String[] {
			   "documentation", "Waived or accepted risks."
		   });
		addAnnotation
		  (getGovernanceModel_Boards(),
		   source,
		   new String[] {
			   "documentation", "The boards that review findings and approve baselines."
		   });
		addAnnotation
		  (getGovernanceModel_Baselines(),
		   source,
		   new String[] {
			   "documentation", "Baselines submitted to and signed off by a board."
		   });
		addAnnotation
		  (mappingEClass,
		   source,
		   new String[] {
			   "documentation", "A typed governance mapping between the Process Domain and the Digital Domain, with an owner, a status and a rationale."
		   });
		addAnnotation
		  (getMapping_Status(),
		   source,
		   new String[] {
			   "documentation", "Where the mapping stands."
		   });
		addAnnotation
		  (getMapping_Rationale(),
		   source,
		   new String[] {
			   "documentation", "Why the mapping holds (or why it is partial)."
		   });
		addAnnotation
		  (stepStateMappingEClass,
		   source,
		   new String[] {
			   "documentation", "A process step is carried out in these workflow states."
		   });
		addAnnotation
		  (getStepStateMapping_Step(),
		   source,
		   new String[] {
			   "documentation", "The process step."
		   });
		addAnnotation
		  (getStepStateMapping_States(),
		   source,
		   new String[] {
			   "documentation", "The workflow states that carry the step."
		   });
		addAnnotation
		  (decisionPermissionMappingEClass,
		   source,
		   new String[] {
			   "documentation", "A decision right is enforced by these permissions."
		   });
		addAnnotation
		  (getDecisionPermissionMapping_DecisionRight(),
		   source,
		   new String[] {
			   "documentation", "The decision right."
		   });
		addAnnotation
		  (getDecisionPermissionMapping_Permissions(),
		   source,
		   new String[] {
			   "documentation", "The permissions that enforce it."
		   });
		addAnnotation
		  (evidenceFieldMappingEClass,
		   source,
		   new String[] {
			   "documentation", "An evidence requirement is captured by these data fields."
		   });
		addAnnotation
		  (getEvidenceFieldMapping_Evidence(),
		   source,
		   new String[] {
			   "documentation", "The evidence requirement."
		   });
		addAnnotation
		  (getEvidenceFieldMapping_Fields(),
		   source,
		   new String[] {
			   "documentation", "The fields that capture it."
		   });
		addAnnotation
		  (exceptionHandlingMappingEClass,
		   source,
		   new String[] {
			   "documentation", "An exception path is handled in the system by these elements (states, transitions, automations)."
		   });
		addAnnotation
		  (getExceptionHandlingMapping_ExceptionPath(),
		   source,
		   new String[] {
			   "documentation", "The exception path."
		   });
		addAnnotation
		  (getExceptionHandlingMapping_HandledBy(),
		   source,
		   new String[] {
			   "documentation", "The system elements that handle it."
		   });
		addAnnotation
		  (policyControlMappingEClass,
		   source,
		   new String[] {
			   "documentation", "A policy is enforced by these controls."
		   });
		addAnnotation
		  (getPolicyControlMapping_Policy(),
		   source,
		   new String[] {
			   "documentation", "The policy."
		   });
		addAnnotation
		  (getPolicyControlMapping_Controls(),
		   source,
		   new String[] {
			   "documentation", "The controls that enforce it."
		   });
		addAnnotation
		  (controlImplementationMappingEClass,
		   source,
		   new String[] {
			   "documentation", "A control is implemented by these system elements (a guard, a mandatory field, an automation)."
		   });
		addAnnotation
		  (getControlImplementationMapping_Control(),
		   source,
		   new String[] {
			   "documentation", "The control."
		   });
		addAnnotation
		  (getControlImplementationMapping_ImplementedBy(),
		   source,
		   new String[] {
			   "documentation", "The system elements that implement it."
		   });
		addAnnotation
		  (artifactReplacementMappingEClass,
		   source,
		   new String[] {
			   "documentation", "A legacy artifact is replaced by these system elements."
		   });
		addAnnotation
		  (getArtifactReplacementMapping_Artifact(),
		   source,
		   new String[] {
			   "documentation", "The legacy artifact."
		   });
		addAnnotation
		  (getArtifactReplacementMapping_Replacements(),
		   source,
		   new String[] {
			   "documentation", "The system elements that replace it."
		   });
		addAnnotation
		  (roleMappingEClass,
		   source,
		   new String[] {
			   "documentation", "A process role corresponds to these system roles."
		   });
		addAnnotation
		  (getRoleMapping_Role(),
		   source,
		   new String[] {
			   "documentation", "The process role."
		   });
		addAnnotation
		  (getRoleMapping_SystemRoles(),
		   source,
		   new String[] {
			   "documentation", "The system roles people in that process role hold."
		   });
		addAnnotation
		  (findingEClass,
		   source,
		   new String[] {
			   "documentation", "A result of a risk-testing rule or mapping validator: what is wrong, where, why it matters and what to do."
		   });
		addAnnotation
		  (getFinding_RuleId(),
		   source,
		   new String[] {
			   "documentation", "The id of the rule that produced the finding."
		   });
		addAnnotation
		  (getFinding_Severity(),
		   source,
		   new String[] {
			   "documentation", "How serious the finding is."
		   });
		addAnnotation
		  (getFinding_Category(),
		   source,
		   new String[] {
			   "documentation", "The way execution breaks that the finding belongs to."
		   });
		addAnnotation
		  (getFinding_Element(),
		   source,
		   new String[] {
			   "documentation", "The element the finding is about."
		   });
		addAnnotation
		  (getFinding_Related(),
		   source,
		   new String[] {
			   "documentation", "Other elements that take part in the finding."
		   });
		addAnnotation
		  (getFinding_Message(),
		   source,
		   new String[] {
			   "documentation", "One-line statement of the finding."
		   });
		addAnnotation
		  (getFinding_Explanation(),
		   source,
		   new String[] {
			   "documentation", "Why it matters, in the language of design, not blame."
		   });
		addAnnotation
		  (getFinding_Remediation(),
		   source,
		   new String[] {
			   "documentation", "What would close the gap."
		   });
		addAnnotation
		  (getFinding_Status(),
		   source,
		   new String[] {
			   "documentation", "Where the finding stands."
		   });
		addAnnotation
		  (getFinding_DetectedOn(),
		   source,
		   new String[] {
			   "documentation", "When the finding was first detected."
		   });
		addAnnotation
		  (waiverEClass,
		   source,
		   new String[] {
			   "documentation", "A board\'s decision to waive a finding or accept its risk, with who, why and until when. It applies to a rule on an element, so it survives re-validation."
		   });
		addAnnotation
		  (getWaiver_RuleId(),
		   source,
		   new String[] {
			   "documentation", "The rule whose findings are waived."
		   });
		addAnnotation
		  (getWaiver_Element(),
		   source,
		   new String[] {
			   "documentation", "The element the waiver applies to."
		   });
		addAnnotation
		  (getWaiver_Response(),
		   source,
		   new String[] {
			   "documentation", "Whether the risk is waived or accepted."
		   });
		addAnnotation
		  (getWaiver_GrantedBy(),
		   source,
		   new String[] {
			   "documentation", "Who granted the waiver."
		   });
		addAnnotation
		  (getWaiver_Reason(),
		   source,
		   new String[] {
			   "documentation", "Why the finding is waived."
		   });
		addAnnotation
		  (getWaiver_GrantedOn(),
		   source,
		   new String[] {
			   "documentation", "When the waiver was granted."
		   });
		addAnnotation
		  (getWaiver_ExpiresOn(),
		   source,
		   new String[] {
			   "documentation", "When the waiver expires; after that the finding is open again."
		   });
		addAnnotation
		  (governanceBoardEClass,
		   source,
		   new String[] {
			   "documentation", "A board that reviews findings, waives or accepts risks and signs off baselines."
		   });
		addAnnotation
		  (getGovernanceBoard_Chair(),
		   source,
		   new String[] {
			   "documentation", "The chair of the board."
		   });
		addAnnotation
		  (getGovernanceBoard_Members(),
		   source,
		   new String[] {
			   "documentation", "The members of the board."
		   });
		addAnnotation
		  (baselineEClass,
		   source,
		   new String[] {
			   "documentation", "A version of the model submitted to a board for sign-off."
		   });
		addAnnotation
		  (getBaseline_Status(),
		   source,
		   new String[] {
			   "documentation", "Where the baseline stands."
		   });
		addAnnotation
		  (getBaseline_Board(),
		   source,
		   new String[] {
			   "documentation", "The board that signs the baseline off."
		   });
		addAnnotation
		  (getBaseline_Revision(),
		   source,
		   new String[] {
			   "documentation", "The repository revision the baseline freezes."
		   });
		addAnnotation
		  (getBaseline_Scope(),
		   source,
		   new String[] {
			   "documentation", "The processes and systems the baseline covers."
		   });
		addAnnotation
		  (getBaseline_SignOffs(),
		   source,
		   new String[] {
			   "documentation", "The board members\' sign-offs."
		   });
		addAnnotation
		  (signOffEClass,
		   source,
		   new String[] {
			   "documentation", "One board member\'s decision on a baseline."
		   });
		addAnnotation
		  (getSignOff_Signer(),
		   source,
		   new String[] {
			   "documentation", "Who signed."
		   });
		addAnnotation
		  (getSignOff_Decision(),
		   source,
		   new String[] {
			   "documentation", "The signer\'s decision."
		   });
		addAnnotation
		  (getSignOff_SignedOn(),
		   source,
		   new String[] {
			   "documentation", "When."
		   });
		addAnnotation
		  (getSignOff_Comment(),
		   source,
		   new String[] {
			   "documentation", "The signer\'s comment."
		   });
		addAnnotation
		  (mappingStatusEEnum,
		   source,
		   new String[] {
			   "documentation", "The life cycle of a mapping."
		   });
		addAnnotation
		  (mappingStatusEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Drafted, not yet confirmed."
		   });
		addAnnotation
		  (mappingStatusEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Confirmed by its owner."
		   });
		addAnnotation
		  (mappingStatusEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Holds only in part; the rationale says which part."
		   });
		addAnnotation
		  (mappingStatusEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "Someone disagrees that the mapping holds."
		   });
		addAnnotation
		  (mappingStatusEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "No longer in force."
		   });
		addAnnotation
		  (severityEEnum,
		   source,
		   new String[] {
			   "documentation", "How serious a finding is."
		   });
		addAnnotation
		  (severityEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Worth knowing."
		   });
		addAnnotation
		  (severityEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "A risk to look at."
		   });
		addAnnotation
		  (severityEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "A gap that breaks execution or compliance."
		   });
		addAnnotation
		  (ruleCategoryEEnum,
		   source,
		   new String[] {
			   "documentation", "The ways execution breaks at the boundary between the domains."
		   });
		addAnnotation
		  (ruleCategoryEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "The system\'s workflow differs from the documented steps."
		   });
		addAnnotation
		  (ruleCategoryEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Decision rights or evidence are not enforced as documented."
		   });
		addAnnotation
		  (ruleCategoryEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Data quality or exception handling falls outside governance."
		   });
		addAnnotation
		  (ruleCategoryEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "Ownership, rationale or control coverage is missing."
		   });
		addAnnotation
		  (ruleCategoryEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "Nobody can see whether the process works."
		   });
		addAnnotation
		  (ruleCategoryEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "documentation", "A change leaves parallel workflows, unreviewed automation or unproven milestones."
		   });
		addAnnotation
		  (ruleCategoryEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "documentation", "Work as done diverges from the model."
		   });
		addAnnotation
		  (findingStatusEEnum,
		   source,
		   new String[] {
			   "documentation", "Where a finding stands."
		   });
		addAnnotation
		  (findingStatusEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Needs attention."
		   });
		addAnnotation
		  (findingStatusEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Waived by a board until the waiver expires."
		   });
		addAnnotation
		  (findingStatusEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Risk accepted by a board."
		   });
		addAnnotation
		  (findingStatusEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "No longer reported."
		   });
		addAnnotation
		  (riskResponseEEnum,
		   source,
		   new String[] {
			   "documentation", "A board\'s response to a finding."
		   });
		addAnnotation
		  (riskResponseEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "The finding is waived for a time."
		   });
		addAnnotation
		  (riskResponseEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "The risk is accepted."
		   });
		addAnnotation
		  (baselineStatusEEnum,
		   source,
		   new String[] {
			   "documentation", "The life cycle of a baseline."
		   });
		addAnnotation
		  (baselineStatusEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Being prepared."
		   });
		addAnnotation
		  (baselineStatusEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Submitted to the board."
		   });
		addAnnotation
		  (baselineStatusEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Signed off."
		   });
		addAnnotation
		  (baselineStatusEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "Sent back."
		   });
		addAnnotation
		  (baselineStatusEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "Replaced by a newer baseline."
		   });
		addAnnotation
		  (signOffDecisionEEnum,
		   source,
		   new String[] {
			   "documentation", "A signer\'s decision."
		   });
		addAnnotation
		  (signOffDecisionEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Approves."
		   });
		addAnnotation
		  (signOffDecisionEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Rejects."
		   });
		addAnnotation
		  (signOffDecisionEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Abstains."
		   });
	}

} //GovernancePackageImpl
