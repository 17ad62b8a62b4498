/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance;

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
 * Governance: the typed mappings between the Process and Digital Domains, findings of the risk-testing rules, waivers, boards and signed-off baselines.
 * <!-- end-model-doc -->
 * @see org.dovetail.model.governance.GovernanceFactory
 * @model kind="package"
 * @generated
 */
public interface GovernancePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "governance";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.dovetail.org/model/1.0/governance";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "governance";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GovernancePackage eINSTANCE = org.dovetail.model.governance.impl.GovernancePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.impl.GovernanceModelImpl <em>Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.impl.GovernanceModelImpl
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getGovernanceModel()
	 * @generated
	 */
	int GOVERNANCE_MODEL = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL__ID = DovetailPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL__NAME = DovetailPackage.ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL__DESCRIPTION = DovetailPackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL__MAPPINGS = DovetailPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL__FINDINGS = DovetailPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Waivers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL__WAIVERS = DovetailPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Boards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL__BOARDS = DovetailPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Baselines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL__BASELINES = DovetailPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL_FEATURE_COUNT = DovetailPackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_MODEL_OPERATION_COUNT = DovetailPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.impl.MappingImpl <em>Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.impl.MappingImpl
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getMapping()
	 * @generated
	 */
	int MAPPING = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__ID = DovetailPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__NAME = DovetailPackage.ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__DESCRIPTION = DovetailPackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__OWNER = DovetailPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__STATUS = DovetailPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__RATIONALE = DovetailPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_FEATURE_COUNT = DovetailPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_OPERATION_COUNT = DovetailPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.impl.StepStateMappingImpl <em>Step State Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.impl.StepStateMappingImpl
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getStepStateMapping()
	 * @generated
	 */
	int STEP_STATE_MAPPING = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STATE_MAPPING__ID = MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STATE_MAPPING__NAME = MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STATE_MAPPING__DESCRIPTION = MAPPING__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STATE_MAPPING__OWNER = MAPPING__OWNER;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STATE_MAPPING__STATUS = MAPPING__STATUS;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STATE_MAPPING__RATIONALE = MAPPING__RATIONALE;

	/**
	 * The feature id for the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STATE_MAPPING__STEP = MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>States</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STATE_MAPPING__STATES = MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Step State Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STATE_MAPPING_FEATURE_COUNT = MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Step State Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STATE_MAPPING_OPERATION_COUNT = MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.impl.DecisionPermissionMappingImpl <em>Decision Permission Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.impl.DecisionPermissionMappingImpl
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getDecisionPermissionMapping()
	 * @generated
	 */
	int DECISION_PERMISSION_MAPPING = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_PERMISSION_MAPPING__ID = MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_PERMISSION_MAPPING__NAME = MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_PERMISSION_MAPPING__DESCRIPTION = MAPPING__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_PERMISSION_MAPPING__OWNER = MAPPING__OWNER;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_PERMISSION_MAPPING__STATUS = MAPPING__STATUS;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_PERMISSION_MAPPING__RATIONALE = MAPPING__RATIONALE;

	/**
	 * The feature id for the '<em><b>Decision Right</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_PERMISSION_MAPPING__DECISION_RIGHT = MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Permissions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_PERMISSION_MAPPING__PERMISSIONS = MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Decision Permission Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_PERMISSION_MAPPING_FEATURE_COUNT = MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Decision Permission Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_PERMISSION_MAPPING_OPERATION_COUNT = MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.impl.EvidenceFieldMappingImpl <em>Evidence Field Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.impl.EvidenceFieldMappingImpl
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getEvidenceFieldMapping()
	 * @generated
	 */
	int EVIDENCE_FIELD_MAPPING = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FIELD_MAPPING__ID = MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FIELD_MAPPING__NAME = MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FIELD_MAPPING__DESCRIPTION = MAPPING__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FIELD_MAPPING__OWNER = MAPPING__OWNER;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FIELD_MAPPING__STATUS = MAPPING__STATUS;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FIELD_MAPPING__RATIONALE = MAPPING__RATIONALE;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FIELD_MAPPING__EVIDENCE = MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fields</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FIELD_MAPPING__FIELDS = MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Evidence Field Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FIELD_MAPPING_FEATURE_COUNT = MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Evidence Field Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FIELD_MAPPING_OPERATION_COUNT = MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.impl.ExceptionHandlingMappingImpl <em>Exception Handling Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.impl.ExceptionHandlingMappingImpl
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getExceptionHandlingMapping()
	 * @generated
	 */
	int EXCEPTION_HANDLING_MAPPING = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCEPTION_HANDLING_MAPPING__ID = MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCEPTION_HANDLING_MAPPING__NAME = MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCEPTION_HANDLING_MAPPING__DESCRIPTION = MAPPING__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCEPTION_HANDLING_MAPPING__OWNER = MAPPING__OWNER;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCEPTION_HANDLING_MAPPING__STATUS = MAPPING__STATUS;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCEPTION_HANDLING_MAPPING__RATIONALE = MAPPING__RATIONALE;

	/**
	 * The feature id for the '<em><b>Exception Path</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCEPTION_HANDLING_MAPPING__EXCEPTION_PATH = MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Handled By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCEPTION_HANDLING_MAPPING__HANDLED_BY = MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Exception Handling Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCEPTION_HANDLING_MAPPING_FEATURE_COUNT = MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Exception Handling Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCEPTION_HANDLING_MAPPING_OPERATION_COUNT = MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.impl.PolicyControlMappingImpl <em>Policy Control Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.impl.PolicyControlMappingImpl
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getPolicyControlMapping()
	 * @generated
	 */
	int POLICY_CONTROL_MAPPING = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CONTROL_MAPPING__ID = MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CONTROL_MAPPING__NAME = MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CONTROL_MAPPING__DESCRIPTION = MAPPING__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CONTROL_MAPPING__OWNER = MAPPING__OWNER;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CONTROL_MAPPING__STATUS = MAPPING__STATUS;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CONTROL_MAPPING__RATIONALE = MAPPING__RATIONALE;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CONTROL_MAPPING__POLICY = MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Controls</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CONTROL_MAPPING__CONTROLS = MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Policy Control Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CONTROL_MAPPING_FEATURE_COUNT = MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Policy Control Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CONTROL_MAPPING_OPERATION_COUNT = MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.impl.ControlImplementationMappingImpl <em>Control Implementation Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.impl.ControlImplementationMappingImpl
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getControlImplementationMapping()
	 * @generated
	 */
	int CONTROL_IMPLEMENTATION_MAPPING = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_IMPLEMENTATION_MAPPING__ID = MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_IMPLEMENTATION_MAPPING__NAME = MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_IMPLEMENTATION_MAPPING__DESCRIPTION = MAPPING__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_IMPLEMENTATION_MAPPING__OWNER = MAPPING__OWNER;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_IMPLEMENTATION_MAPPING__STATUS = MAPPING__STATUS;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_IMPLEMENTATION_MAPPING__RATIONALE = MAPPING__RATIONALE;

	/**
	 * The feature id for the '<em><b>Control</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_IMPLEMENTATION_MAPPING__CONTROL = MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Implemented By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_IMPLEMENTATION_MAPPING__IMPLEMENTED_BY = MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Control Implementation Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_IMPLEMENTATION_MAPPING_FEATURE_COUNT = MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Control Implementation Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROL_IMPLEMENTATION_MAPPING_OPERATION_COUNT = MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.impl.ArtifactReplacementMappingImpl <em>Artifact Replacement Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.impl.ArtifactReplacementMappingImpl
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getArtifactReplacementMapping()
	 * @generated
	 */
	int ARTIFACT_REPLACEMENT_MAPPING = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_REPLACEMENT_MAPPING__ID = MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_REPLACEMENT_MAPPING__NAME = MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_REPLACEMENT_MAPPING__DESCRIPTION = MAPPING__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_REPLACEMENT_MAPPING__OWNER = MAPPING__OWNER;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_REPLACEMENT_MAPPING__STATUS = MAPPING__STATUS;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_REPLACEMENT_MAPPING__RATIONALE = MAPPING__RATIONALE;

	/**
	 * The feature id for the '<em><b>Artifact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_REPLACEMENT_MAPPING__ARTIFACT = MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Replacements</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_REPLACEMENT_MAPPING__REPLACEMENTS = MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Artifact Replacement Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_REPLACEMENT_MAPPING_FEATURE_COUNT = MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Artifact Replacement Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_REPLACEMENT_MAPPING_OPERATION_COUNT = MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.impl.RoleMappingImpl <em>Role Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.impl.RoleMappingImpl
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getRoleMapping()
	 * @generated
	 */
	int ROLE_MAPPING = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_MAPPING__ID = MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_MAPPING__NAME = MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_MAPPING__DESCRIPTION = MAPPING__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_MAPPING__OWNER = MAPPING__OWNER;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_MAPPING__STATUS = MAPPING__STATUS;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_MAPPING__RATIONALE = MAPPING__RATIONALE;

	/**
	 * The feature id for the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_MAPPING__ROLE = MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>System Roles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_MAPPING__SYSTEM_ROLES = MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Role Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_MAPPING_FEATURE_COUNT = MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Role Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_MAPPING_OPERATION_COUNT = MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.impl.FindingImpl
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ID = DovetailPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__RULE_ID = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SEVERITY = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__CATEGORY = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ELEMENT = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Related</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__RELATED = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__MESSAGE = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__EXPLANATION = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Remediation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__REMEDIATION = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__STATUS = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Detected On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__DETECTED_ON = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_OPERATION_COUNT = DovetailPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.impl.WaiverImpl <em>Waiver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.impl.WaiverImpl
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getWaiver()
	 * @generated
	 */
	int WAIVER = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__ID = DovetailPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__RULE_ID = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__ELEMENT = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__RESPONSE = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Granted By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__GRANTED_BY = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__REASON = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Granted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__GRANTED_ON = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__EXPIRES_ON = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Waiver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER_FEATURE_COUNT = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Waiver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER_OPERATION_COUNT = DovetailPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.impl.GovernanceBoardImpl <em>Board</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.impl.GovernanceBoardImpl
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getGovernanceBoard()
	 * @generated
	 */
	int GOVERNANCE_BOARD = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BOARD__ID = DovetailPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BOARD__NAME = DovetailPackage.ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BOARD__DESCRIPTION = DovetailPackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Chair</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BOARD__CHAIR = DovetailPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BOARD__MEMBERS = DovetailPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Board</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BOARD_FEATURE_COUNT = DovetailPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Board</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_BOARD_OPERATION_COUNT = DovetailPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.impl.BaselineImpl <em>Baseline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.impl.BaselineImpl
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getBaseline()
	 * @generated
	 */
	int BASELINE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__ID = DovetailPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__NAME = DovetailPackage.ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__DESCRIPTION = DovetailPackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__STATUS = DovetailPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Board</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__BOARD = DovetailPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__REVISION = DovetailPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__SCOPE = DovetailPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sign Offs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__SIGN_OFFS = DovetailPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_FEATURE_COUNT = DovetailPackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_OPERATION_COUNT = DovetailPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.impl.SignOffImpl <em>Sign Off</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.impl.SignOffImpl
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getSignOff()
	 * @generated
	 */
	int SIGN_OFF = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF__ID = DovetailPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Signer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF__SIGNER = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF__DECISION = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF__SIGNED_ON = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF__COMMENT = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Sign Off</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF_FEATURE_COUNT = DovetailPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Sign Off</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF_OPERATION_COUNT = DovetailPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.MappingStatus <em>Mapping Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.MappingStatus
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getMappingStatus()
	 * @generated
	 */
	int MAPPING_STATUS = 15;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.Severity
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 16;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.RuleCategory <em>Rule Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.RuleCategory
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getRuleCategory()
	 * @generated
	 */
	int RULE_CATEGORY = 17;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.FindingStatus <em>Finding Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.FindingStatus
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getFindingStatus()
	 * @generated
	 */
	int FINDING_STATUS = 18;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.RiskResponse <em>Risk Response</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.RiskResponse
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getRiskResponse()
	 * @generated
	 */
	int RISK_RESPONSE = 19;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.BaselineStatus <em>Baseline Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.BaselineStatus
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getBaselineStatus()
	 * @generated
	 */
	int BASELINE_STATUS = 20;

	/**
	 * The meta object id for the '{@link org.dovetail.model.governance.SignOffDecision <em>Sign Off Decision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.governance.SignOffDecision
	 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getSignOffDecision()
	 * @generated
	 */
	int SIGN_OFF_DECISION = 21;


	/**
	 * Returns the meta object for class '{@link org.dovetail.model.governance.GovernanceModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model</em>'.
	 * @see org.dovetail.model.governance.GovernanceModel
	 * @generated
	 */
	EClass getGovernanceModel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.governance.GovernanceModel#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mappings</em>'.
	 * @see org.dovetail.model.governance.GovernanceModel#getMappings()
	 * @see #getGovernanceModel()
	 * @generated
	 */
	EReference getGovernanceModel_Mappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.governance.GovernanceModel#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see org.dovetail.model.governance.GovernanceModel#getFindings()
	 * @see #getGovernanceModel()
	 * @generated
	 */
	EReference getGovernanceModel_Findings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.governance.GovernanceModel#getWaivers <em>Waivers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Waivers</em>'.
	 * @see org.dovetail.model.governance.GovernanceModel#getWaivers()
	 * @see #getGovernanceModel()
	 * @generated
	 */
	EReference getGovernanceModel_Waivers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.governance.GovernanceModel#getBoards <em>Boards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Boards</em>'.
	 * @see org.dovetail.model.governance.GovernanceModel#getBoards()
	 * @see #getGovernanceModel()
	 * @generated
	 */
	EReference getGovernanceModel_Boards();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.governance.GovernanceModel#getBaselines <em>Baselines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Baselines</em>'.
	 * @see org.dovetail.model.governance.GovernanceModel#getBaselines()
	 * @see #getGovernanceModel()
	 * @generated
	 */
	EReference getGovernanceModel_Baselines();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.governance.Mapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mapping</em>'.
	 * @see org.dovetail.model.governance.Mapping
	 * @generated
	 */
	EClass getMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.Mapping#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.dovetail.model.governance.Mapping#getStatus()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.Mapping#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.dovetail.model.governance.Mapping#getRationale()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Rationale();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.governance.StepStateMapping <em>Step State Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step State Mapping</em>'.
	 * @see org.dovetail.model.governance.StepStateMapping
	 * @generated
	 */
	EClass getStepStateMapping();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.governance.StepStateMapping#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Step</em>'.
	 * @see org.dovetail.model.governance.StepStateMapping#getStep()
	 * @see #getStepStateMapping()
	 * @generated
	 */
	EReference getStepStateMapping_Step();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.governance.StepStateMapping#getStates <em>States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>States</em>'.
	 * @see org.dovetail.model.governance.StepStateMapping#getStates()
	 * @see #getStepStateMapping()
	 * @generated
	 */
	EReference getStepStateMapping_States();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.governance.DecisionPermissionMapping <em>Decision Permission Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision Permission Mapping</em>'.
	 * @see org.dovetail.model.governance.DecisionPermissionMapping
	 * @generated
	 */
	EClass getDecisionPermissionMapping();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.governance.DecisionPermissionMapping#getDecisionRight <em>Decision Right</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Decision Right</em>'.
	 * @see org.dovetail.model.governance.DecisionPermissionMapping#getDecisionRight()
	 * @see #getDecisionPermissionMapping()
	 * @generated
	 */
	EReference getDecisionPermissionMapping_DecisionRight();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.governance.DecisionPermissionMapping#getPermissions <em>Permissions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Permissions</em>'.
	 * @see org.dovetail.model.governance.DecisionPermissionMapping#getPermissions()
	 * @see #getDecisionPermissionMapping()
	 * @generated
	 */
	EReference getDecisionPermissionMapping_Permissions();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.governance.EvidenceFieldMapping <em>Evidence Field Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence Field Mapping</em>'.
	 * @see org.dovetail.model.governance.EvidenceFieldMapping
	 * @generated
	 */
	EClass getEvidenceFieldMapping();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.governance.EvidenceFieldMapping#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Evidence</em>'.
	 * @see org.dovetail.model.governance.EvidenceFieldMapping#getEvidence()
	 * @see #getEvidenceFieldMapping()
	 * @generated
	 */
	EReference getEvidenceFieldMapping_Evidence();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.governance.EvidenceFieldMapping#getFields <em>Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Fields</em>'.
	 * @see org.dovetail.model.governance.EvidenceFieldMapping#getFields()
	 * @see #getEvidenceFieldMapping()
	 * @generated
	 */
	EReference getEvidenceFieldMapping_Fields();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.governance.ExceptionHandlingMapping <em>Exception Handling Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exception Handling Mapping</em>'.
	 * @see org.dovetail.model.governance.ExceptionHandlingMapping
	 * @generated
	 */
	EClass getExceptionHandlingMapping();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.governance.ExceptionHandlingMapping#getExceptionPath <em>Exception Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Exception Path</em>'.
	 * @see org.dovetail.model.governance.ExceptionHandlingMapping#getExceptionPath()
	 * @see #getExceptionHandlingMapping()
	 * @generated
	 */
	EReference getExceptionHandlingMapping_ExceptionPath();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.governance.ExceptionHandlingMapping#getHandledBy <em>Handled By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Handled By</em>'.
	 * @see org.dovetail.model.governance.ExceptionHandlingMapping#getHandledBy()
	 * @see #getExceptionHandlingMapping()
	 * @generated
	 */
	EReference getExceptionHandlingMapping_HandledBy();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.governance.PolicyControlMapping <em>Policy Control Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Control Mapping</em>'.
	 * @see org.dovetail.model.governance.PolicyControlMapping
	 * @generated
	 */
	EClass getPolicyControlMapping();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.governance.PolicyControlMapping#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Policy</em>'.
	 * @see org.dovetail.model.governance.PolicyControlMapping#getPolicy()
	 * @see #getPolicyControlMapping()
	 * @generated
	 */
	EReference getPolicyControlMapping_Policy();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.governance.PolicyControlMapping#getControls <em>Controls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Controls</em>'.
	 * @see org.dovetail.model.governance.PolicyControlMapping#getControls()
	 * @see #getPolicyControlMapping()
	 * @generated
	 */
	EReference getPolicyControlMapping_Controls();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.governance.ControlImplementationMapping <em>Control Implementation Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Control Implementation Mapping</em>'.
	 * @see org.dovetail.model.governance.ControlImplementationMapping
	 * @generated
	 */
	EClass getControlImplementationMapping();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.governance.ControlImplementationMapping#getControl <em>Control</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Control</em>'.
	 * @see org.dovetail.model.governance.ControlImplementationMapping#getControl()
	 * @see #getControlImplementationMapping()
	 * @generated
	 */
	EReference getControlImplementationMapping_Control();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.governance.ControlImplementationMapping#getImplementedBy <em>Implemented By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Implemented By</em>'.
	 * @see org.dovetail.model.governance.ControlImplementationMapping#getImplementedBy()
	 * @see #getControlImplementationMapping()
	 * @generated
	 */
	EReference getControlImplementationMapping_ImplementedBy();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.governance.ArtifactReplacementMapping <em>Artifact Replacement Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Artifact Replacement Mapping</em>'.
	 * @see org.dovetail.model.governance.ArtifactReplacementMapping
	 * @generated
	 */
	EClass getArtifactReplacementMapping();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.governance.ArtifactReplacementMapping#getArtifact <em>Artifact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Artifact</em>'.
	 * @see org.dovetail.model.governance.ArtifactReplacementMapping#getArtifact()
	 * @see #getArtifactReplacementMapping()
	 * @generated
	 */
	EReference getArtifactReplacementMapping_Artifact();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.governance.ArtifactReplacementMapping#getReplacements <em>Replacements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Replacements</em>'.
	 * @see org.dovetail.model.governance.ArtifactReplacementMapping#getReplacements()
	 * @see #getArtifactReplacementMapping()
	 * @generated
	 */
	EReference getArtifactReplacementMapping_Replacements();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.governance.RoleMapping <em>Role Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role Mapping</em>'.
	 * @see org.dovetail.model.governance.RoleMapping
	 * @generated
	 */
	EClass getRoleMapping();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.governance.RoleMapping#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Role</em>'.
	 * @see org.dovetail.model.governance.RoleMapping#getRole()
	 * @see #getRoleMapping()
	 * @generated
	 */
	EReference getRoleMapping_Role();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.governance.RoleMapping#getSystemRoles <em>System Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>System Roles</em>'.
	 * @see org.dovetail.model.governance.RoleMapping#getSystemRoles()
	 * @see #getRoleMapping()
	 * @generated
	 */
	EReference getRoleMapping_SystemRoles();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.governance.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see org.dovetail.model.governance.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.Finding#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see org.dovetail.model.governance.Finding#getRuleId()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.Finding#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.dovetail.model.governance.Finding#getSeverity()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.Finding#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.dovetail.model.governance.Finding#getCategory()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Category();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.governance.Finding#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.dovetail.model.governance.Finding#getElement()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Element();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.governance.Finding#getRelated <em>Related</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Related</em>'.
	 * @see org.dovetail.model.governance.Finding#getRelated()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Related();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.Finding#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.dovetail.model.governance.Finding#getMessage()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.Finding#getExplanation <em>Explanation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Explanation</em>'.
	 * @see org.dovetail.model.governance.Finding#getExplanation()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Explanation();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.Finding#getRemediation <em>Remediation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remediation</em>'.
	 * @see org.dovetail.model.governance.Finding#getRemediation()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Remediation();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.Finding#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.dovetail.model.governance.Finding#getStatus()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.Finding#getDetectedOn <em>Detected On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detected On</em>'.
	 * @see org.dovetail.model.governance.Finding#getDetectedOn()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_DetectedOn();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.governance.Waiver <em>Waiver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Waiver</em>'.
	 * @see org.dovetail.model.governance.Waiver
	 * @generated
	 */
	EClass getWaiver();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.Waiver#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see org.dovetail.model.governance.Waiver#getRuleId()
	 * @see #getWaiver()
	 * @generated
	 */
	EAttribute getWaiver_RuleId();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.governance.Waiver#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.dovetail.model.governance.Waiver#getElement()
	 * @see #getWaiver()
	 * @generated
	 */
	EReference getWaiver_Element();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.Waiver#getResponse <em>Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Response</em>'.
	 * @see org.dovetail.model.governance.Waiver#getResponse()
	 * @see #getWaiver()
	 * @generated
	 */
	EAttribute getWaiver_Response();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.governance.Waiver#getGrantedBy <em>Granted By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Granted By</em>'.
	 * @see org.dovetail.model.governance.Waiver#getGrantedBy()
	 * @see #getWaiver()
	 * @generated
	 */
	EReference getWaiver_GrantedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.Waiver#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.dovetail.model.governance.Waiver#getReason()
	 * @see #getWaiver()
	 * @generated
	 */
	EAttribute getWaiver_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.Waiver#getGrantedOn <em>Granted On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Granted On</em>'.
	 * @see org.dovetail.model.governance.Waiver#getGrantedOn()
	 * @see #getWaiver()
	 * @generated
	 */
	EAttribute getWaiver_GrantedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.Waiver#getExpiresOn <em>Expires On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expires On</em>'.
	 * @see org.dovetail.model.governance.Waiver#getExpiresOn()
	 * @see #getWaiver()
	 * @generated
	 */
	EAttribute getWaiver_ExpiresOn();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.governance.GovernanceBoard <em>Board</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Board</em>'.
	 * @see org.dovetail.model.governance.GovernanceBoard
	 * @generated
	 */
	EClass getGovernanceBoard();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.governance.GovernanceBoard#getChair <em>Chair</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Chair</em>'.
	 * @see org.dovetail.model.governance.GovernanceBoard#getChair()
	 * @see #getGovernanceBoard()
	 * @generated
	 */
	EReference getGovernanceBoard_Chair();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.governance.GovernanceBoard#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.dovetail.model.governance.GovernanceBoard#getMembers()
	 * @see #getGovernanceBoard()
	 * @generated
	 */
	EReference getGovernanceBoard_Members();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.governance.Baseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Baseline</em>'.
	 * @see org.dovetail.model.governance.Baseline
	 * @generated
	 */
	EClass getBaseline();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.Baseline#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.dovetail.model.governance.Baseline#getStatus()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Status();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.governance.Baseline#getBoard <em>Board</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Board</em>'.
	 * @see org.dovetail.model.governance.Baseline#getBoard()
	 * @see #getBaseline()
	 * @generated
	 */
	EReference getBaseline_Board();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.Baseline#getRevision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision</em>'.
	 * @see org.dovetail.model.governance.Baseline#getRevision()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Revision();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.governance.Baseline#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Scope</em>'.
	 * @see org.dovetail.model.governance.Baseline#getScope()
	 * @see #getBaseline()
	 * @generated
	 */
	EReference getBaseline_Scope();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.governance.Baseline#getSignOffs <em>Sign Offs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sign Offs</em>'.
	 * @see org.dovetail.model.governance.Baseline#getSignOffs()
	 * @see #getBaseline()
	 * @generated
	 */
	EReference getBaseline_SignOffs();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.governance.SignOff <em>Sign Off</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sign Off</em>'.
	 * @see org.dovetail.model.governance.SignOff
	 * @generated
	 */
	EClass getSignOff();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.governance.SignOff#getSigner <em>Signer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Signer</em>'.
	 * @see org.dovetail.model.governance.SignOff#getSigner()
	 * @see #getSignOff()
	 * @generated
	 */
	EReference getSignOff_Signer();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.SignOff#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see org.dovetail.model.governance.SignOff#getDecision()
	 * @see #getSignOff()
	 * @generated
	 */
	EAttribute getSignOff_Decision();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.SignOff#getSignedOn <em>Signed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed On</em>'.
	 * @see org.dovetail.model.governance.SignOff#getSignedOn()
	 * @see #getSignOff()
	 * @generated
	 */
	EAttribute getSignOff_SignedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.governance.SignOff#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.dovetail.model.governance.SignOff#getComment()
	 * @see #getSignOff()
	 * @generated
	 */
	EAttribute getSignOff_Comment();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.governance.MappingStatus <em>Mapping Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mapping Status</em>'.
	 * @see org.dovetail.model.governance.MappingStatus
	 * @generated
	 */
	EEnum getMappingStatus();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.governance.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see org.dovetail.model.governance.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.governance.RuleCategory <em>Rule Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rule Category</em>'.
	 * @see org.dovetail.model.governance.RuleCategory
	 * @generated
	 */
	EEnum getRuleCategory();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.governance.FindingStatus <em>Finding Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Finding Status</em>'.
	 * @see org.dovetail.model.governance.FindingStatus
	 * @generated
	 */
	EEnum getFindingStatus();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.governance.RiskResponse <em>Risk Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Risk Response</em>'.
	 * @see org.dovetail.model.governance.RiskResponse
	 * @generated
	 */
	EEnum getRiskResponse();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.governance.BaselineStatus <em>Baseline Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Baseline Status</em>'.
	 * @see org.dovetail.model.governance.BaselineStatus
	 * @generated
	 */
	EEnum getBaselineStatus();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.governance.SignOffDecision <em>Sign Off Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sign Off Decision</em>'.
	 * @see org.dovetail.model.governance.SignOffDecision
	 * @generated
	 */
	EEnum getSignOffDecision();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	GovernanceFactory getGovernanceFactory();

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
		 * The meta object literal for the '{@link org.dovetail.model.governance.impl.GovernanceModelImpl <em>Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.impl.GovernanceModelImpl
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getGovernanceModel()
		 * @generated
		 */
		EClass GOVERNANCE_MODEL = eINSTANCE.getGovernanceModel();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_MODEL__MAPPINGS = eINSTANCE.getGovernanceModel_Mappings();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_MODEL__FINDINGS = eINSTANCE.getGovernanceModel_Findings();

		/**
		 * The meta object literal for the '<em><b>Waivers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_MODEL__WAIVERS = eINSTANCE.getGovernanceModel_Waivers();

		/**
		 * The meta object literal for the '<em><b>Boards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_MODEL__BOARDS = eINSTANCE.getGovernanceModel_Boards();

		/**
		 * The meta object literal for the '<em><b>Baselines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_MODEL__BASELINES = eINSTANCE.getGovernanceModel_Baselines();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.impl.MappingImpl <em>Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.impl.MappingImpl
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getMapping()
		 * @generated
		 */
		EClass MAPPING = eINSTANCE.getMapping();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__STATUS = eINSTANCE.getMapping_Status();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__RATIONALE = eINSTANCE.getMapping_Rationale();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.impl.StepStateMappingImpl <em>Step State Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.impl.StepStateMappingImpl
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getStepStateMapping()
		 * @generated
		 */
		EClass STEP_STATE_MAPPING = eINSTANCE.getStepStateMapping();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP_STATE_MAPPING__STEP = eINSTANCE.getStepStateMapping_Step();

		/**
		 * The meta object literal for the '<em><b>States</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP_STATE_MAPPING__STATES = eINSTANCE.getStepStateMapping_States();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.impl.DecisionPermissionMappingImpl <em>Decision Permission Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.impl.DecisionPermissionMappingImpl
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getDecisionPermissionMapping()
		 * @generated
		 */
		EClass DECISION_PERMISSION_MAPPING = eINSTANCE.getDecisionPermissionMapping();

		/**
		 * The meta object literal for the '<em><b>Decision Right</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECISION_PERMISSION_MAPPING__DECISION_RIGHT = eINSTANCE.getDecisionPermissionMapping_DecisionRight();

		/**
		 * The meta object literal for the '<em><b>Permissions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECISION_PERMISSION_MAPPING__PERMISSIONS = eINSTANCE.getDecisionPermissionMapping_Permissions();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.impl.EvidenceFieldMappingImpl <em>Evidence Field Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.impl.EvidenceFieldMappingImpl
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getEvidenceFieldMapping()
		 * @generated
		 */
		EClass EVIDENCE_FIELD_MAPPING = eINSTANCE.getEvidenceFieldMapping();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE_FIELD_MAPPING__EVIDENCE = eINSTANCE.getEvidenceFieldMapping_Evidence();

		/**
		 * The meta object literal for the '<em><b>Fields</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE_FIELD_MAPPING__FIELDS = eINSTANCE.getEvidenceFieldMapping_Fields();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.impl.ExceptionHandlingMappingImpl <em>Exception Handling Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.impl.ExceptionHandlingMappingImpl
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getExceptionHandlingMapping()
		 * @generated
		 */
		EClass EXCEPTION_HANDLING_MAPPING = eINSTANCE.getExceptionHandlingMapping();

		/**
		 * The meta object literal for the '<em><b>Exception Path</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXCEPTION_HANDLING_MAPPING__EXCEPTION_PATH = eINSTANCE.getExceptionHandlingMapping_ExceptionPath();

		/**
		 * The meta object literal for the '<em><b>Handled By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXCEPTION_HANDLING_MAPPING__HANDLED_BY = eINSTANCE.getExceptionHandlingMapping_HandledBy();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.impl.PolicyControlMappingImpl <em>Policy Control Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.impl.PolicyControlMappingImpl
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getPolicyControlMapping()
		 * @generated
		 */
		EClass POLICY_CONTROL_MAPPING = eINSTANCE.getPolicyControlMapping();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_CONTROL_MAPPING__POLICY = eINSTANCE.getPolicyControlMapping_Policy();

		/**
		 * The meta object literal for the '<em><b>Controls</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_CONTROL_MAPPING__CONTROLS = eINSTANCE.getPolicyControlMapping_Controls();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.impl.ControlImplementationMappingImpl <em>Control Implementation Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.impl.ControlImplementationMappingImpl
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getControlImplementationMapping()
		 * @generated
		 */
		EClass CONTROL_IMPLEMENTATION_MAPPING = eINSTANCE.getControlImplementationMapping();

		/**
		 * The meta object literal for the '<em><b>Control</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROL_IMPLEMENTATION_MAPPING__CONTROL = eINSTANCE.getControlImplementationMapping_Control();

		/**
		 * The meta object literal for the '<em><b>Implemented By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROL_IMPLEMENTATION_MAPPING__IMPLEMENTED_BY = eINSTANCE.getControlImplementationMapping_ImplementedBy();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.impl.ArtifactReplacementMappingImpl <em>Artifact Replacement Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.impl.ArtifactReplacementMappingImpl
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getArtifactReplacementMapping()
		 * @generated
		 */
		EClass ARTIFACT_REPLACEMENT_MAPPING = eINSTANCE.getArtifactReplacementMapping();

		/**
		 * The meta object literal for the '<em><b>Artifact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARTIFACT_REPLACEMENT_MAPPING__ARTIFACT = eINSTANCE.getArtifactReplacementMapping_Artifact();

		/**
		 * The meta object literal for the '<em><b>Replacements</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARTIFACT_REPLACEMENT_MAPPING__REPLACEMENTS = eINSTANCE.getArtifactReplacementMapping_Replacements();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.impl.RoleMappingImpl <em>Role Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.impl.RoleMappingImpl
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getRoleMapping()
		 * @generated
		 */
		EClass ROLE_MAPPING = eINSTANCE.getRoleMapping();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_MAPPING__ROLE = eINSTANCE.getRoleMapping_Role();

		/**
		 * The meta object literal for the '<em><b>System Roles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_MAPPING__SYSTEM_ROLES = eINSTANCE.getRoleMapping_SystemRoles();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.impl.FindingImpl
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__RULE_ID = eINSTANCE.getFinding_RuleId();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SEVERITY = eINSTANCE.getFinding_Severity();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__CATEGORY = eINSTANCE.getFinding_Category();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__ELEMENT = eINSTANCE.getFinding_Element();

		/**
		 * The meta object literal for the '<em><b>Related</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__RELATED = eINSTANCE.getFinding_Related();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__MESSAGE = eINSTANCE.getFinding_Message();

		/**
		 * The meta object literal for the '<em><b>Explanation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__EXPLANATION = eINSTANCE.getFinding_Explanation();

		/**
		 * The meta object literal for the '<em><b>Remediation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__REMEDIATION = eINSTANCE.getFinding_Remediation();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__STATUS = eINSTANCE.getFinding_Status();

		/**
		 * The meta object literal for the '<em><b>Detected On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__DETECTED_ON = eINSTANCE.getFinding_DetectedOn();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.impl.WaiverImpl <em>Waiver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.impl.WaiverImpl
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getWaiver()
		 * @generated
		 */
		EClass WAIVER = eINSTANCE.getWaiver();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIVER__RULE_ID = eINSTANCE.getWaiver_RuleId();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WAIVER__ELEMENT = eINSTANCE.getWaiver_Element();

		/**
		 * The meta object literal for the '<em><b>Response</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIVER__RESPONSE = eINSTANCE.getWaiver_Response();

		/**
		 * The meta object literal for the '<em><b>Granted By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WAIVER__GRANTED_BY = eINSTANCE.getWaiver_GrantedBy();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIVER__REASON = eINSTANCE.getWaiver_Reason();

		/**
		 * The meta object literal for the '<em><b>Granted On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIVER__GRANTED_ON = eINSTANCE.getWaiver_GrantedOn();

		/**
		 * The meta object literal for the '<em><b>Expires On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIVER__EXPIRES_ON = eINSTANCE.getWaiver_ExpiresOn();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.impl.GovernanceBoardImpl <em>Board</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.impl.GovernanceBoardImpl
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getGovernanceBoard()
		 * @generated
		 */
		EClass GOVERNANCE_BOARD = eINSTANCE.getGovernanceBoard();

		/**
		 * The meta object literal for the '<em><b>Chair</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_BOARD__CHAIR = eINSTANCE.getGovernanceBoard_Chair();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE_BOARD__MEMBERS = eINSTANCE.getGovernanceBoard_Members();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.impl.BaselineImpl <em>Baseline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.impl.BaselineImpl
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getBaseline()
		 * @generated
		 */
		EClass BASELINE = eINSTANCE.getBaseline();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__STATUS = eINSTANCE.getBaseline_Status();

		/**
		 * The meta object literal for the '<em><b>Board</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE__BOARD = eINSTANCE.getBaseline_Board();

		/**
		 * The meta object literal for the '<em><b>Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__REVISION = eINSTANCE.getBaseline_Revision();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE__SCOPE = eINSTANCE.getBaseline_Scope();

		/**
		 * The meta object literal for the '<em><b>Sign Offs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE__SIGN_OFFS = eINSTANCE.getBaseline_SignOffs();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.impl.SignOffImpl <em>Sign Off</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.impl.SignOffImpl
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getSignOff()
		 * @generated
		 */
		EClass SIGN_OFF = eINSTANCE.getSignOff();

		/**
		 * The meta object literal for the '<em><b>Signer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGN_OFF__SIGNER = eINSTANCE.getSignOff_Signer();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGN_OFF__DECISION = eINSTANCE.getSignOff_Decision();

		/**
		 * The meta object literal for the '<em><b>Signed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGN_OFF__SIGNED_ON = eINSTANCE.getSignOff_SignedOn();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGN_OFF__COMMENT = eINSTANCE.getSignOff_Comment();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.MappingStatus <em>Mapping Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.MappingStatus
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getMappingStatus()
		 * @generated
		 */
		EEnum MAPPING_STATUS = eINSTANCE.getMappingStatus();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.Severity
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.RuleCategory <em>Rule Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.RuleCategory
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getRuleCategory()
		 * @generated
		 */
		EEnum RULE_CATEGORY = eINSTANCE.getRuleCategory();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.FindingStatus <em>Finding Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.FindingStatus
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getFindingStatus()
		 * @generated
		 */
		EEnum FINDING_STATUS = eINSTANCE.getFindingStatus();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.RiskResponse <em>Risk Response</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.RiskResponse
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getRiskResponse()
		 * @generated
		 */
		EEnum RISK_RESPONSE = eINSTANCE.getRiskResponse();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.BaselineStatus <em>Baseline Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.BaselineStatus
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getBaselineStatus()
		 * @generated
		 */
		EEnum BASELINE_STATUS = eINSTANCE.getBaselineStatus();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.governance.SignOffDecision <em>Sign Off Decision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.governance.SignOffDecision
		 * @see org.dovetail.model.governance.impl.GovernancePackageImpl#getSignOffDecision()
		 * @generated
		 */
		EEnum SIGN_OFF_DECISION = eINSTANCE.getSignOffDecision();

	}

} //GovernancePackage
