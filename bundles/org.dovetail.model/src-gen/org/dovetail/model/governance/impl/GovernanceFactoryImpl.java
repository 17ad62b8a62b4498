/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance.impl;

import org.dovetail.model.governance.*;

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
public class GovernanceFactoryImpl extends EFactoryImpl implements GovernanceFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static GovernanceFactory init() {
		try {
			GovernanceFactory theGovernanceFactory = (GovernanceFactory)EPackage.Registry.INSTANCE.getEFactory(GovernancePackage.eNS_URI);
			if (theGovernanceFactory != null) {
				return theGovernanceFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new GovernanceFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceFactoryImpl() {
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
			case GovernancePackage.GOVERNANCE_MODEL: return createGovernanceModel();
			case GovernancePackage.STEP_STATE_MAPPING: return createStepStateMapping();
			case GovernancePackage.DECISION_PERMISSION_MAPPING: return createDecisionPermissionMapping();
			case GovernancePackage.EVIDENCE_FIELD_MAPPING: return createEvidenceFieldMapping();
			case GovernancePackage.EXCEPTION_HANDLING_MAPPING: return createExceptionHandlingMapping();
			case GovernancePackage.POLICY_CONTROL_MAPPING: return createPolicyControlMapping();
			case GovernancePackage.CONTROL_IMPLEMENTATION_MAPPING: return createControlImplementationMapping();
			case GovernancePackage.ARTIFACT_REPLACEMENT_MAPPING: return createArtifactReplacementMapping();
			case GovernancePackage.ROLE_MAPPING: return createRoleMapping();
			case GovernancePackage.FINDING: return createFinding();
			case GovernancePackage.WAIVER: return createWaiver();
			case GovernancePackage.GOVERNANCE_BOARD: return createGovernanceBoard();
			case GovernancePackage.BASELINE: return createBaseline();
			case GovernancePackage.SIGN_OFF: return createSignOff();
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
			case GovernancePackage.MAPPING_STATUS:
				return createMappingStatusFromString(eDataType, initialValue);
			case GovernancePackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			case GovernancePackage.RULE_CATEGORY:
				return createRuleCategoryFromString(eDataType, initialValue);
			case GovernancePackage.FINDING_STATUS:
				return createFindingStatusFromString(eDataType, initialValue);
			case GovernancePackage.RISK_RESPONSE:
				return createRiskResponseFromString(eDataType, initialValue);
			case GovernancePackage.BASELINE_STATUS:
				return createBaselineStatusFromString(eDataType, initialValue);
			case GovernancePackage.SIGN_OFF_DECISION:
				return createSignOffDecisionFromString(eDataType, initialValue);
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
			case GovernancePackage.MAPPING_STATUS:
				return convertMappingStatusToString(eDataType, instanceValue);
			case GovernancePackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			case GovernancePackage.RULE_CATEGORY:
				return convertRuleCategoryToString(eDataType, instanceValue);
			case GovernancePackage.FINDING_STATUS:
				return convertFindingStatusToString(eDataType, instanceValue);
			case GovernancePackage.RISK_RESPONSE:
				return convertRiskResponseToString(eDataType, instanceValue);
			case GovernancePackage.BASELINE_STATUS:
				return convertBaselineStatusToString(eDataType, instanceValue);
			case GovernancePackage.SIGN_OFF_DECISION:
				return convertSignOffDecisionToString(eDataType, instanceValue);
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
	public GovernanceModel createGovernanceModel() {
		GovernanceModelImpl governanceModel = new GovernanceModelImpl();
		return governanceModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepStateMapping createStepStateMapping() {
		StepStateMappingImpl stepStateMapping = new StepStateMappingImpl();
		return stepStateMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecisionPermissionMapping createDecisionPermissionMapping() {
		DecisionPermissionMappingImpl decisionPermissionMapping = new DecisionPermissionMappingImpl();
		return decisionPermissionMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceFieldMapping createEvidenceFieldMapping() {
		EvidenceFieldMappingImpl evidenceFieldMapping = new EvidenceFieldMappingImpl();
		return evidenceFieldMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExceptionHandlingMapping createExceptionHandlingMapping() {
		ExceptionHandlingMappingImpl exceptionHandlingMapping = new ExceptionHandlingMappingImpl();
		return exceptionHandlingMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyControlMapping createPolicyControlMapping() {
		PolicyControlMappingImpl policyControlMapping = new PolicyControlMappingImpl();
		return policyControlMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ControlImplementationMapping createControlImplementationMapping() {
		ControlImplementationMappingImpl controlImplementationMapping = new ControlImplementationMappingImpl();
		return controlImplementationMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArtifactReplacementMapping createArtifactReplacementMapping() {
		ArtifactReplacementMappingImpl artifactReplacementMapping = new ArtifactReplacementMappingImpl();
		return artifactReplacementMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoleMapping createRoleMapping() {
		RoleMappingImpl roleMapping = new RoleMappingImpl();
		return roleMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finding createFinding() {
		FindingImpl finding = new FindingImpl();
		return finding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Waiver createWaiver() {
		WaiverImpl waiver = new WaiverImpl();
		return waiver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceBoard createGovernanceBoard() {
		GovernanceBoardImpl governanceBoard = new GovernanceBoardImpl();
		return governanceBoard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Baseline createBaseline() {
		BaselineImpl baseline = new BaselineImpl();
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignOff createSignOff() {
		SignOffImpl signOff = new SignOffImpl();
		return signOff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MappingStatus createMappingStatusFromString(EDataType eDataType, String initialValue) {
		MappingStatus result = MappingStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMappingStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue) {
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RuleCategory createRuleCategoryFromString(EDataType eDataType, String initialValue) {
		RuleCategory result = RuleCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRuleCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FindingStatus createFindingStatusFromString(EDataType eDataType, String initialValue) {
		FindingStatus result = FindingStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFindingStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RiskResponse createRiskResponseFromString(EDataType eDataType, String initialValue) {
		RiskResponse result = RiskResponse.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRiskResponseToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BaselineStatus createBaselineStatusFromString(EDataType eDataType, String initialValue) {
		BaselineStatus result = BaselineStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBaselineStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SignOffDecision createSignOffDecisionFromString(EDataType eDataType, String initialValue) {
		SignOffDecision result = SignOffDecision.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSignOffDecisionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernancePackage getGovernancePackage() {
		return (GovernancePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static GovernancePackage getPackage() {
		return GovernancePackage.eINSTANCE;
	}

} //GovernanceFactoryImpl
