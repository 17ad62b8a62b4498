/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital;

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
 * The Digital Domain: work as enforced. Systems with their workflows, states, transitions, roles, permissions, data fields, automations, integrations and reports.
 * <!-- end-model-doc -->
 * @see org.dovetail.model.digital.DigitalFactory
 * @model kind="package"
 * @generated
 */
public interface DigitalPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "digital";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.dovetail.org/model/1.0/digital";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "digital";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DigitalPackage eINSTANCE = org.dovetail.model.digital.impl.DigitalPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.dovetail.model.digital.impl.DigitalDomainImpl <em>Domain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.digital.impl.DigitalDomainImpl
	 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getDigitalDomain()
	 * @generated
	 */
	int DIGITAL_DOMAIN = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_DOMAIN__ID = DovetailPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_DOMAIN__NAME = DovetailPackage.ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_DOMAIN__DESCRIPTION = DovetailPackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Systems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_DOMAIN__SYSTEMS = DovetailPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Integrations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_DOMAIN__INTEGRATIONS = DovetailPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_DOMAIN_FEATURE_COUNT = DovetailPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_DOMAIN_OPERATION_COUNT = DovetailPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.digital.impl.DigitalElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.digital.impl.DigitalElementImpl
	 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getDigitalElement()
	 * @generated
	 */
	int DIGITAL_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_ELEMENT__ID = DovetailPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_ELEMENT__NAME = DovetailPackage.ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_ELEMENT__DESCRIPTION = DovetailPackage.ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_ELEMENT_FEATURE_COUNT = DovetailPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_ELEMENT_OPERATION_COUNT = DovetailPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.digital.impl.InformationSystemImpl <em>Information System</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.digital.impl.InformationSystemImpl
	 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getInformationSystem()
	 * @generated
	 */
	int INFORMATION_SYSTEM = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SYSTEM__ID = DIGITAL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SYSTEM__NAME = DIGITAL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SYSTEM__DESCRIPTION = DIGITAL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SYSTEM__OWNER = DIGITAL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SYSTEM__VENDOR = DIGITAL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SYSTEM__PRODUCT = DIGITAL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Workflows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SYSTEM__WORKFLOWS = DIGITAL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SYSTEM__ROLES = DIGITAL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Permissions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SYSTEM__PERMISSIONS = DIGITAL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Data Fields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SYSTEM__DATA_FIELDS = DIGITAL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Automations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SYSTEM__AUTOMATIONS = DIGITAL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Reports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SYSTEM__REPORTS = DIGITAL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Information System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SYSTEM_FEATURE_COUNT = DIGITAL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Information System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SYSTEM_OPERATION_COUNT = DIGITAL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.digital.impl.WorkflowImpl <em>Workflow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.digital.impl.WorkflowImpl
	 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getWorkflow()
	 * @generated
	 */
	int WORKFLOW = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__ID = DIGITAL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__NAME = DIGITAL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__DESCRIPTION = DIGITAL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Business Object</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__BUSINESS_OBJECT = DIGITAL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>States</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__STATES = DIGITAL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Transitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__TRANSITIONS = DIGITAL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Initial State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__INITIAL_STATE = DIGITAL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Workflow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_FEATURE_COUNT = DIGITAL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Workflow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_OPERATION_COUNT = DIGITAL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.digital.impl.WorkflowStateImpl <em>Workflow State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.digital.impl.WorkflowStateImpl
	 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getWorkflowState()
	 * @generated
	 */
	int WORKFLOW_STATE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STATE__ID = DIGITAL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STATE__NAME = DIGITAL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STATE__DESCRIPTION = DIGITAL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STATE__KIND = DIGITAL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Outgoing</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STATE__OUTGOING = DIGITAL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Incoming</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STATE__INCOMING = DIGITAL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Workflow State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STATE_FEATURE_COUNT = DIGITAL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Workflow State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STATE_OPERATION_COUNT = DIGITAL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.digital.impl.TransitionImpl <em>Transition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.digital.impl.TransitionImpl
	 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getTransition()
	 * @generated
	 */
	int TRANSITION = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__ID = DIGITAL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__NAME = DIGITAL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__DESCRIPTION = DIGITAL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__SOURCE = DIGITAL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__TARGET = DIGITAL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Guard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__GUARD = DIGITAL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Required Permission</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__REQUIRED_PERMISSION = DIGITAL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Approval Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__APPROVAL_REQUIRED = DIGITAL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Automatic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__AUTOMATIC = DIGITAL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_FEATURE_COUNT = DIGITAL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_OPERATION_COUNT = DIGITAL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.digital.impl.SystemRoleImpl <em>System Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.digital.impl.SystemRoleImpl
	 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getSystemRole()
	 * @generated
	 */
	int SYSTEM_ROLE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_ROLE__ID = DIGITAL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_ROLE__NAME = DIGITAL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_ROLE__DESCRIPTION = DIGITAL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Technical Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_ROLE__TECHNICAL_NAME = DIGITAL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>System Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_ROLE_FEATURE_COUNT = DIGITAL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>System Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_ROLE_OPERATION_COUNT = DIGITAL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.digital.impl.PermissionImpl <em>Permission</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.digital.impl.PermissionImpl
	 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getPermission()
	 * @generated
	 */
	int PERMISSION = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION__ID = DIGITAL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION__NAME = DIGITAL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION__DESCRIPTION = DIGITAL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION__ACTION = DIGITAL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Granted To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION__GRANTED_TO = DIGITAL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Granted To All</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION__GRANTED_TO_ALL = DIGITAL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Permission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION_FEATURE_COUNT = DIGITAL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Permission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION_OPERATION_COUNT = DIGITAL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.digital.impl.DataFieldImpl <em>Data Field</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.digital.impl.DataFieldImpl
	 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getDataField()
	 * @generated
	 */
	int DATA_FIELD = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD__ID = DIGITAL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD__NAME = DIGITAL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD__DESCRIPTION = DIGITAL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD__OWNER = DIGITAL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Entity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD__ENTITY = DIGITAL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Data Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD__DATA_TYPE = DIGITAL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mandatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD__MANDATORY = DIGITAL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Validated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD__VALIDATED = DIGITAL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Freshness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD__FRESHNESS = DIGITAL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Source Of Truth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD__SOURCE_OF_TRUTH = DIGITAL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Same Data As</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD__SAME_DATA_AS = DIGITAL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Data Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD_FEATURE_COUNT = DIGITAL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Data Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FIELD_OPERATION_COUNT = DIGITAL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.digital.impl.AutomationImpl <em>Automation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.digital.impl.AutomationImpl
	 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getAutomation()
	 * @generated
	 */
	int AUTOMATION = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION__ID = DIGITAL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION__NAME = DIGITAL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION__DESCRIPTION = DIGITAL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION__OWNER = DIGITAL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION__KIND = DIGITAL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reads</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION__READS = DIGITAL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Writes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION__WRITES = DIGITAL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION__FIRES = DIGITAL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Review Point</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION__REVIEW_POINT = DIGITAL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Override Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION__OVERRIDE_OWNER = DIGITAL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Automation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_FEATURE_COUNT = DIGITAL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Automation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_OPERATION_COUNT = DIGITAL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.digital.impl.IntegrationImpl <em>Integration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.digital.impl.IntegrationImpl
	 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getIntegration()
	 * @generated
	 */
	int INTEGRATION = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION__ID = DIGITAL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION__NAME = DIGITAL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION__DESCRIPTION = DIGITAL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION__OWNER = DIGITAL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION__SOURCE = DIGITAL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION__TARGET = DIGITAL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION__FREQUENCY = DIGITAL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Carries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION__CARRIES = DIGITAL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Integration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_FEATURE_COUNT = DIGITAL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Integration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_OPERATION_COUNT = DIGITAL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.digital.impl.ReportImpl <em>Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.digital.impl.ReportImpl
	 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getReport()
	 * @generated
	 */
	int REPORT = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__ID = DIGITAL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__NAME = DIGITAL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__DESCRIPTION = DIGITAL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__OWNER = DIGITAL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Uses</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__USES = DIGITAL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__FREQUENCY = DIGITAL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_FEATURE_COUNT = DIGITAL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_OPERATION_COUNT = DIGITAL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.model.digital.StateKind <em>State Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.digital.StateKind
	 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getStateKind()
	 * @generated
	 */
	int STATE_KIND = 12;

	/**
	 * The meta object id for the '{@link org.dovetail.model.digital.PermissionAction <em>Permission Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.digital.PermissionAction
	 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getPermissionAction()
	 * @generated
	 */
	int PERMISSION_ACTION = 13;

	/**
	 * The meta object id for the '{@link org.dovetail.model.digital.DataType <em>Data Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.digital.DataType
	 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getDataType()
	 * @generated
	 */
	int DATA_TYPE = 14;

	/**
	 * The meta object id for the '{@link org.dovetail.model.digital.AutomationKind <em>Automation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.model.digital.AutomationKind
	 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getAutomationKind()
	 * @generated
	 */
	int AUTOMATION_KIND = 15;


	/**
	 * Returns the meta object for class '{@link org.dovetail.model.digital.DigitalDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Domain</em>'.
	 * @see org.dovetail.model.digital.DigitalDomain
	 * @generated
	 */
	EClass getDigitalDomain();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.digital.DigitalDomain#getSystems <em>Systems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Systems</em>'.
	 * @see org.dovetail.model.digital.DigitalDomain#getSystems()
	 * @see #getDigitalDomain()
	 * @generated
	 */
	EReference getDigitalDomain_Systems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.digital.DigitalDomain#getIntegrations <em>Integrations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Integrations</em>'.
	 * @see org.dovetail.model.digital.DigitalDomain#getIntegrations()
	 * @see #getDigitalDomain()
	 * @generated
	 */
	EReference getDigitalDomain_Integrations();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.digital.DigitalElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.dovetail.model.digital.DigitalElement
	 * @generated
	 */
	EClass getDigitalElement();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.digital.InformationSystem <em>Information System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Information System</em>'.
	 * @see org.dovetail.model.digital.InformationSystem
	 * @generated
	 */
	EClass getInformationSystem();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.InformationSystem#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.dovetail.model.digital.InformationSystem#getVendor()
	 * @see #getInformationSystem()
	 * @generated
	 */
	EAttribute getInformationSystem_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.InformationSystem#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product</em>'.
	 * @see org.dovetail.model.digital.InformationSystem#getProduct()
	 * @see #getInformationSystem()
	 * @generated
	 */
	EAttribute getInformationSystem_Product();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.digital.InformationSystem#getWorkflows <em>Workflows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Workflows</em>'.
	 * @see org.dovetail.model.digital.InformationSystem#getWorkflows()
	 * @see #getInformationSystem()
	 * @generated
	 */
	EReference getInformationSystem_Workflows();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.digital.InformationSystem#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see org.dovetail.model.digital.InformationSystem#getRoles()
	 * @see #getInformationSystem()
	 * @generated
	 */
	EReference getInformationSystem_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.digital.InformationSystem#getPermissions <em>Permissions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Permissions</em>'.
	 * @see org.dovetail.model.digital.InformationSystem#getPermissions()
	 * @see #getInformationSystem()
	 * @generated
	 */
	EReference getInformationSystem_Permissions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.digital.InformationSystem#getDataFields <em>Data Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Fields</em>'.
	 * @see org.dovetail.model.digital.InformationSystem#getDataFields()
	 * @see #getInformationSystem()
	 * @generated
	 */
	EReference getInformationSystem_DataFields();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.digital.InformationSystem#getAutomations <em>Automations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Automations</em>'.
	 * @see org.dovetail.model.digital.InformationSystem#getAutomations()
	 * @see #getInformationSystem()
	 * @generated
	 */
	EReference getInformationSystem_Automations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.digital.InformationSystem#getReports <em>Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reports</em>'.
	 * @see org.dovetail.model.digital.InformationSystem#getReports()
	 * @see #getInformationSystem()
	 * @generated
	 */
	EReference getInformationSystem_Reports();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.digital.Workflow <em>Workflow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workflow</em>'.
	 * @see org.dovetail.model.digital.Workflow
	 * @generated
	 */
	EClass getWorkflow();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.Workflow#getBusinessObject <em>Business Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Business Object</em>'.
	 * @see org.dovetail.model.digital.Workflow#getBusinessObject()
	 * @see #getWorkflow()
	 * @generated
	 */
	EAttribute getWorkflow_BusinessObject();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.digital.Workflow#getStates <em>States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>States</em>'.
	 * @see org.dovetail.model.digital.Workflow#getStates()
	 * @see #getWorkflow()
	 * @generated
	 */
	EReference getWorkflow_States();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.model.digital.Workflow#getTransitions <em>Transitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Transitions</em>'.
	 * @see org.dovetail.model.digital.Workflow#getTransitions()
	 * @see #getWorkflow()
	 * @generated
	 */
	EReference getWorkflow_Transitions();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.digital.Workflow#getInitialState <em>Initial State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Initial State</em>'.
	 * @see org.dovetail.model.digital.Workflow#getInitialState()
	 * @see #getWorkflow()
	 * @generated
	 */
	EReference getWorkflow_InitialState();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.digital.WorkflowState <em>Workflow State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workflow State</em>'.
	 * @see org.dovetail.model.digital.WorkflowState
	 * @generated
	 */
	EClass getWorkflowState();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.WorkflowState#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.dovetail.model.digital.WorkflowState#getKind()
	 * @see #getWorkflowState()
	 * @generated
	 */
	EAttribute getWorkflowState_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.digital.WorkflowState#getOutgoing <em>Outgoing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Outgoing</em>'.
	 * @see org.dovetail.model.digital.WorkflowState#getOutgoing()
	 * @see #getWorkflowState()
	 * @generated
	 */
	EReference getWorkflowState_Outgoing();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.digital.WorkflowState#getIncoming <em>Incoming</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Incoming</em>'.
	 * @see org.dovetail.model.digital.WorkflowState#getIncoming()
	 * @see #getWorkflowState()
	 * @generated
	 */
	EReference getWorkflowState_Incoming();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.digital.Transition <em>Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Transition</em>'.
	 * @see org.dovetail.model.digital.Transition
	 * @generated
	 */
	EClass getTransition();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.digital.Transition#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.dovetail.model.digital.Transition#getSource()
	 * @see #getTransition()
	 * @generated
	 */
	EReference getTransition_Source();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.digital.Transition#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.dovetail.model.digital.Transition#getTarget()
	 * @see #getTransition()
	 * @generated
	 */
	EReference getTransition_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.Transition#getGuard <em>Guard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guard</em>'.
	 * @see org.dovetail.model.digital.Transition#getGuard()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_Guard();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.digital.Transition#getRequiredPermission <em>Required Permission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Required Permission</em>'.
	 * @see org.dovetail.model.digital.Transition#getRequiredPermission()
	 * @see #getTransition()
	 * @generated
	 */
	EReference getTransition_RequiredPermission();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.Transition#isApprovalRequired <em>Approval Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approval Required</em>'.
	 * @see org.dovetail.model.digital.Transition#isApprovalRequired()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_ApprovalRequired();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.Transition#isAutomatic <em>Automatic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Automatic</em>'.
	 * @see org.dovetail.model.digital.Transition#isAutomatic()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_Automatic();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.digital.SystemRole <em>System Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>System Role</em>'.
	 * @see org.dovetail.model.digital.SystemRole
	 * @generated
	 */
	EClass getSystemRole();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.SystemRole#getTechnicalName <em>Technical Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Technical Name</em>'.
	 * @see org.dovetail.model.digital.SystemRole#getTechnicalName()
	 * @see #getSystemRole()
	 * @generated
	 */
	EAttribute getSystemRole_TechnicalName();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.digital.Permission <em>Permission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Permission</em>'.
	 * @see org.dovetail.model.digital.Permission
	 * @generated
	 */
	EClass getPermission();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.Permission#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.dovetail.model.digital.Permission#getAction()
	 * @see #getPermission()
	 * @generated
	 */
	EAttribute getPermission_Action();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.digital.Permission#getGrantedTo <em>Granted To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Granted To</em>'.
	 * @see org.dovetail.model.digital.Permission#getGrantedTo()
	 * @see #getPermission()
	 * @generated
	 */
	EReference getPermission_GrantedTo();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.Permission#isGrantedToAll <em>Granted To All</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Granted To All</em>'.
	 * @see org.dovetail.model.digital.Permission#isGrantedToAll()
	 * @see #getPermission()
	 * @generated
	 */
	EAttribute getPermission_GrantedToAll();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.digital.DataField <em>Data Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Field</em>'.
	 * @see org.dovetail.model.digital.DataField
	 * @generated
	 */
	EClass getDataField();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.DataField#getEntity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entity</em>'.
	 * @see org.dovetail.model.digital.DataField#getEntity()
	 * @see #getDataField()
	 * @generated
	 */
	EAttribute getDataField_Entity();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.DataField#getDataType <em>Data Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Type</em>'.
	 * @see org.dovetail.model.digital.DataField#getDataType()
	 * @see #getDataField()
	 * @generated
	 */
	EAttribute getDataField_DataType();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.DataField#isMandatory <em>Mandatory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mandatory</em>'.
	 * @see org.dovetail.model.digital.DataField#isMandatory()
	 * @see #getDataField()
	 * @generated
	 */
	EAttribute getDataField_Mandatory();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.DataField#isValidated <em>Validated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validated</em>'.
	 * @see org.dovetail.model.digital.DataField#isValidated()
	 * @see #getDataField()
	 * @generated
	 */
	EAttribute getDataField_Validated();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.DataField#getFreshness <em>Freshness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Freshness</em>'.
	 * @see org.dovetail.model.digital.DataField#getFreshness()
	 * @see #getDataField()
	 * @generated
	 */
	EAttribute getDataField_Freshness();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.DataField#isSourceOfTruth <em>Source Of Truth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Of Truth</em>'.
	 * @see org.dovetail.model.digital.DataField#isSourceOfTruth()
	 * @see #getDataField()
	 * @generated
	 */
	EAttribute getDataField_SourceOfTruth();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.digital.DataField#getSameDataAs <em>Same Data As</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Same Data As</em>'.
	 * @see org.dovetail.model.digital.DataField#getSameDataAs()
	 * @see #getDataField()
	 * @generated
	 */
	EReference getDataField_SameDataAs();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.digital.Automation <em>Automation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Automation</em>'.
	 * @see org.dovetail.model.digital.Automation
	 * @generated
	 */
	EClass getAutomation();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.Automation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.dovetail.model.digital.Automation#getKind()
	 * @see #getAutomation()
	 * @generated
	 */
	EAttribute getAutomation_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.digital.Automation#getReads <em>Reads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Reads</em>'.
	 * @see org.dovetail.model.digital.Automation#getReads()
	 * @see #getAutomation()
	 * @generated
	 */
	EReference getAutomation_Reads();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.digital.Automation#getWrites <em>Writes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Writes</em>'.
	 * @see org.dovetail.model.digital.Automation#getWrites()
	 * @see #getAutomation()
	 * @generated
	 */
	EReference getAutomation_Writes();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.digital.Automation#getFires <em>Fires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Fires</em>'.
	 * @see org.dovetail.model.digital.Automation#getFires()
	 * @see #getAutomation()
	 * @generated
	 */
	EReference getAutomation_Fires();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.digital.Automation#getReviewPoint <em>Review Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Review Point</em>'.
	 * @see org.dovetail.model.digital.Automation#getReviewPoint()
	 * @see #getAutomation()
	 * @generated
	 */
	EReference getAutomation_ReviewPoint();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.digital.Automation#getOverrideOwner <em>Override Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Override Owner</em>'.
	 * @see org.dovetail.model.digital.Automation#getOverrideOwner()
	 * @see #getAutomation()
	 * @generated
	 */
	EReference getAutomation_OverrideOwner();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.digital.Integration <em>Integration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Integration</em>'.
	 * @see org.dovetail.model.digital.Integration
	 * @generated
	 */
	EClass getIntegration();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.digital.Integration#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.dovetail.model.digital.Integration#getSource()
	 * @see #getIntegration()
	 * @generated
	 */
	EReference getIntegration_Source();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.model.digital.Integration#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.dovetail.model.digital.Integration#getTarget()
	 * @see #getIntegration()
	 * @generated
	 */
	EReference getIntegration_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.Integration#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.dovetail.model.digital.Integration#getFrequency()
	 * @see #getIntegration()
	 * @generated
	 */
	EAttribute getIntegration_Frequency();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.digital.Integration#getCarries <em>Carries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Carries</em>'.
	 * @see org.dovetail.model.digital.Integration#getCarries()
	 * @see #getIntegration()
	 * @generated
	 */
	EReference getIntegration_Carries();

	/**
	 * Returns the meta object for class '{@link org.dovetail.model.digital.Report <em>Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Report</em>'.
	 * @see org.dovetail.model.digital.Report
	 * @generated
	 */
	EClass getReport();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.model.digital.Report#getUses <em>Uses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Uses</em>'.
	 * @see org.dovetail.model.digital.Report#getUses()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Uses();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.model.digital.Report#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.dovetail.model.digital.Report#getFrequency()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Frequency();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.digital.StateKind <em>State Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>State Kind</em>'.
	 * @see org.dovetail.model.digital.StateKind
	 * @generated
	 */
	EEnum getStateKind();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.digital.PermissionAction <em>Permission Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Permission Action</em>'.
	 * @see org.dovetail.model.digital.PermissionAction
	 * @generated
	 */
	EEnum getPermissionAction();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.digital.DataType <em>Data Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Type</em>'.
	 * @see org.dovetail.model.digital.DataType
	 * @generated
	 */
	EEnum getDataType();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.model.digital.AutomationKind <em>Automation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Automation Kind</em>'.
	 * @see org.dovetail.model.digital.AutomationKind
	 * @generated
	 */
	EEnum getAutomationKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DigitalFactory getDigitalFactory();

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
		 * The meta object literal for the '{@link org.dovetail.model.digital.impl.DigitalDomainImpl <em>Domain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.digital.impl.DigitalDomainImpl
		 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getDigitalDomain()
		 * @generated
		 */
		EClass DIGITAL_DOMAIN = eINSTANCE.getDigitalDomain();

		/**
		 * The meta object literal for the '<em><b>Systems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIGITAL_DOMAIN__SYSTEMS = eINSTANCE.getDigitalDomain_Systems();

		/**
		 * The meta object literal for the '<em><b>Integrations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIGITAL_DOMAIN__INTEGRATIONS = eINSTANCE.getDigitalDomain_Integrations();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.digital.impl.DigitalElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.digital.impl.DigitalElementImpl
		 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getDigitalElement()
		 * @generated
		 */
		EClass DIGITAL_ELEMENT = eINSTANCE.getDigitalElement();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.digital.impl.InformationSystemImpl <em>Information System</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.digital.impl.InformationSystemImpl
		 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getInformationSystem()
		 * @generated
		 */
		EClass INFORMATION_SYSTEM = eINSTANCE.getInformationSystem();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFORMATION_SYSTEM__VENDOR = eINSTANCE.getInformationSystem_Vendor();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFORMATION_SYSTEM__PRODUCT = eINSTANCE.getInformationSystem_Product();

		/**
		 * The meta object literal for the '<em><b>Workflows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INFORMATION_SYSTEM__WORKFLOWS = eINSTANCE.getInformationSystem_Workflows();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INFORMATION_SYSTEM__ROLES = eINSTANCE.getInformationSystem_Roles();

		/**
		 * The meta object literal for the '<em><b>Permissions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INFORMATION_SYSTEM__PERMISSIONS = eINSTANCE.getInformationSystem_Permissions();

		/**
		 * The meta object literal for the '<em><b>Data Fields</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INFORMATION_SYSTEM__DATA_FIELDS = eINSTANCE.getInformationSystem_DataFields();

		/**
		 * The meta object literal for the '<em><b>Automations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INFORMATION_SYSTEM__AUTOMATIONS = eINSTANCE.getInformationSystem_Automations();

		/**
		 * The meta object literal for the '<em><b>Reports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INFORMATION_SYSTEM__REPORTS = eINSTANCE.getInformationSystem_Reports();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.digital.impl.WorkflowImpl <em>Workflow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.digital.impl.WorkflowImpl
		 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getWorkflow()
		 * @generated
		 */
		EClass WORKFLOW = eINSTANCE.getWorkflow();

		/**
		 * The meta object literal for the '<em><b>Business Object</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW__BUSINESS_OBJECT = eINSTANCE.getWorkflow_BusinessObject();

		/**
		 * The meta object literal for the '<em><b>States</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW__STATES = eINSTANCE.getWorkflow_States();

		/**
		 * The meta object literal for the '<em><b>Transitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW__TRANSITIONS = eINSTANCE.getWorkflow_Transitions();

		/**
		 * The meta object literal for the '<em><b>Initial State</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW__INITIAL_STATE = eINSTANCE.getWorkflow_InitialState();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.digital.impl.WorkflowStateImpl <em>Workflow State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.digital.impl.WorkflowStateImpl
		 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getWorkflowState()
		 * @generated
		 */
		EClass WORKFLOW_STATE = eINSTANCE.getWorkflowState();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW_STATE__KIND = eINSTANCE.getWorkflowState_Kind();

		/**
		 * The meta object literal for the '<em><b>Outgoing</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW_STATE__OUTGOING = eINSTANCE.getWorkflowState_Outgoing();

		/**
		 * The meta object literal for the '<em><b>Incoming</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW_STATE__INCOMING = eINSTANCE.getWorkflowState_Incoming();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.digital.impl.TransitionImpl <em>Transition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.digital.impl.TransitionImpl
		 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getTransition()
		 * @generated
		 */
		EClass TRANSITION = eINSTANCE.getTransition();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION__SOURCE = eINSTANCE.getTransition_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION__TARGET = eINSTANCE.getTransition_Target();

		/**
		 * The meta object literal for the '<em><b>Guard</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__GUARD = eINSTANCE.getTransition_Guard();

		/**
		 * The meta object literal for the '<em><b>Required Permission</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION__REQUIRED_PERMISSION = eINSTANCE.getTransition_RequiredPermission();

		/**
		 * The meta object literal for the '<em><b>Approval Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__APPROVAL_REQUIRED = eINSTANCE.getTransition_ApprovalRequired();

		/**
		 * The meta object literal for the '<em><b>Automatic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__AUTOMATIC = eINSTANCE.getTransition_Automatic();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.digital.impl.SystemRoleImpl <em>System Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.digital.impl.SystemRoleImpl
		 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getSystemRole()
		 * @generated
		 */
		EClass SYSTEM_ROLE = eINSTANCE.getSystemRole();

		/**
		 * The meta object literal for the '<em><b>Technical Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_ROLE__TECHNICAL_NAME = eINSTANCE.getSystemRole_TechnicalName();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.digital.impl.PermissionImpl <em>Permission</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.digital.impl.PermissionImpl
		 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getPermission()
		 * @generated
		 */
		EClass PERMISSION = eINSTANCE.getPermission();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMISSION__ACTION = eINSTANCE.getPermission_Action();

		/**
		 * The meta object literal for the '<em><b>Granted To</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERMISSION__GRANTED_TO = eINSTANCE.getPermission_GrantedTo();

		/**
		 * The meta object literal for the '<em><b>Granted To All</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMISSION__GRANTED_TO_ALL = eINSTANCE.getPermission_GrantedToAll();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.digital.impl.DataFieldImpl <em>Data Field</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.digital.impl.DataFieldImpl
		 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getDataField()
		 * @generated
		 */
		EClass DATA_FIELD = eINSTANCE.getDataField();

		/**
		 * The meta object literal for the '<em><b>Entity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_FIELD__ENTITY = eINSTANCE.getDataField_Entity();

		/**
		 * The meta object literal for the '<em><b>Data Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_FIELD__DATA_TYPE = eINSTANCE.getDataField_DataType();

		/**
		 * The meta object literal for the '<em><b>Mandatory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_FIELD__MANDATORY = eINSTANCE.getDataField_Mandatory();

		/**
		 * The meta object literal for the '<em><b>Validated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_FIELD__VALIDATED = eINSTANCE.getDataField_Validated();

		/**
		 * The meta object literal for the '<em><b>Freshness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_FIELD__FRESHNESS = eINSTANCE.getDataField_Freshness();

		/**
		 * The meta object literal for the '<em><b>Source Of Truth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_FIELD__SOURCE_OF_TRUTH = eINSTANCE.getDataField_SourceOfTruth();

		/**
		 * The meta object literal for the '<em><b>Same Data As</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FIELD__SAME_DATA_AS = eINSTANCE.getDataField_SameDataAs();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.digital.impl.AutomationImpl <em>Automation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.digital.impl.AutomationImpl
		 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getAutomation()
		 * @generated
		 */
		EClass AUTOMATION = eINSTANCE.getAutomation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTOMATION__KIND = eINSTANCE.getAutomation_Kind();

		/**
		 * The meta object literal for the '<em><b>Reads</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOMATION__READS = eINSTANCE.getAutomation_Reads();

		/**
		 * The meta object literal for the '<em><b>Writes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOMATION__WRITES = eINSTANCE.getAutomation_Writes();

		/**
		 * The meta object literal for the '<em><b>Fires</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOMATION__FIRES = eINSTANCE.getAutomation_Fires();

		/**
		 * The meta object literal for the '<em><b>Review Point</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOMATION__REVIEW_POINT = eINSTANCE.getAutomation_ReviewPoint();

		/**
		 * The meta object literal for the '<em><b>Override Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOMATION__OVERRIDE_OWNER = eINSTANCE.getAutomation_OverrideOwner();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.digital.impl.IntegrationImpl <em>Integration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.digital.impl.IntegrationImpl
		 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getIntegration()
		 * @generated
		 */
		EClass INTEGRATION = eINSTANCE.getIntegration();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTEGRATION__SOURCE = eINSTANCE.getIntegration_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTEGRATION__TARGET = eINSTANCE.getIntegration_Target();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGRATION__FREQUENCY = eINSTANCE.getIntegration_Frequency();

		/**
		 * The meta object literal for the '<em><b>Carries</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTEGRATION__CARRIES = eINSTANCE.getIntegration_Carries();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.digital.impl.ReportImpl <em>Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.digital.impl.ReportImpl
		 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getReport()
		 * @generated
		 */
		EClass REPORT = eINSTANCE.getReport();

		/**
		 * The meta object literal for the '<em><b>Uses</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__USES = eINSTANCE.getReport_Uses();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__FREQUENCY = eINSTANCE.getReport_Frequency();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.digital.StateKind <em>State Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.digital.StateKind
		 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getStateKind()
		 * @generated
		 */
		EEnum STATE_KIND = eINSTANCE.getStateKind();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.digital.PermissionAction <em>Permission Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.digital.PermissionAction
		 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getPermissionAction()
		 * @generated
		 */
		EEnum PERMISSION_ACTION = eINSTANCE.getPermissionAction();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.digital.DataType <em>Data Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.digital.DataType
		 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getDataType()
		 * @generated
		 */
		EEnum DATA_TYPE = eINSTANCE.getDataType();

		/**
		 * The meta object literal for the '{@link org.dovetail.model.digital.AutomationKind <em>Automation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.model.digital.AutomationKind
		 * @see org.dovetail.model.digital.impl.DigitalPackageImpl#getAutomationKind()
		 * @generated
		 */
		EEnum AUTOMATION_KIND = eINSTANCE.getAutomationKind();

	}

} //DigitalPackage
