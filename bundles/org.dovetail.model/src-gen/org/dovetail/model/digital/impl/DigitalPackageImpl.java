/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital.impl;

import org.dovetail.model.DovetailPackage;

import org.dovetail.model.digital.Automation;
import org.dovetail.model.digital.AutomationKind;
import org.dovetail.model.digital.DataField;
import org.dovetail.model.digital.DataType;
import org.dovetail.model.digital.DigitalDomain;
import org.dovetail.model.digital.DigitalElement;
import org.dovetail.model.digital.DigitalFactory;
import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Integration;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.PermissionAction;
import org.dovetail.model.digital.Report;
import org.dovetail.model.digital.StateKind;
import org.dovetail.model.digital.SystemRole;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.Workflow;
import org.dovetail.model.digital.WorkflowState;

import org.dovetail.model.governance.GovernancePackage;

import org.dovetail.model.governance.impl.GovernancePackageImpl;

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
public class DigitalPackageImpl extends EPackageImpl implements DigitalPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass digitalDomainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass digitalElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass informationSystemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workflowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workflowStateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass transitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass systemRoleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass permissionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataFieldEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass automationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass integrationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reportEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stateKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum permissionActionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum automationKindEEnum = null;

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
	 * @see org.dovetail.model.digital.DigitalPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DigitalPackageImpl() {
		super(eNS_URI, DigitalFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link DigitalPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DigitalPackage init() {
		if (isInited) return (DigitalPackage)EPackage.Registry.INSTANCE.getEPackage(DigitalPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDigitalPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DigitalPackageImpl theDigitalPackage = registeredDigitalPackage instanceof DigitalPackageImpl ? (DigitalPackageImpl)registeredDigitalPackage : new DigitalPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DovetailPackage.eNS_URI);
		DovetailPackageImpl theDovetailPackage = (DovetailPackageImpl)(registeredPackage instanceof DovetailPackageImpl ? registeredPackage : DovetailPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ProcessPackage.eNS_URI);
		ProcessPackageImpl theProcessPackage = (ProcessPackageImpl)(registeredPackage instanceof ProcessPackageImpl ? registeredPackage : ProcessPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);
		GovernancePackageImpl theGovernancePackage = (GovernancePackageImpl)(registeredPackage instanceof GovernancePackageImpl ? registeredPackage : GovernancePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(WorkAsDonePackage.eNS_URI);
		WorkAsDonePackageImpl theWorkAsDonePackage = (WorkAsDonePackageImpl)(registeredPackage instanceof WorkAsDonePackageImpl ? registeredPackage : WorkAsDonePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ImplementationPackage.eNS_URI);
		ImplementationPackageImpl theImplementationPackage = (ImplementationPackageImpl)(registeredPackage instanceof ImplementationPackageImpl ? registeredPackage : ImplementationPackage.eINSTANCE);

		// Create package meta-data objects
		theDigitalPackage.createPackageContents();
		theDovetailPackage.createPackageContents();
		theProcessPackage.createPackageContents();
		theGovernancePackage.createPackageContents();
		theWorkAsDonePackage.createPackageContents();
		theImplementationPackage.createPackageContents();

		// Initialize created meta-data
		theDigitalPackage.initializePackageContents();
		theDovetailPackage.initializePackageContents();
		theProcessPackage.initializePackageContents();
		theGovernancePackage.initializePackageContents();
		theWorkAsDonePackage.initializePackageContents();
		theImplementationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theDigitalPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DigitalPackage.eNS_URI, theDigitalPackage);
		return theDigitalPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDigitalDomain() {
		return digitalDomainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDigitalDomain_Systems() {
		return (EReference)digitalDomainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDigitalDomain_Integrations() {
		return (EReference)digitalDomainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDigitalElement() {
		return digitalElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInformationSystem() {
		return informationSystemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInformationSystem_Vendor() {
		return (EAttribute)informationSystemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInformationSystem_Product() {
		return (EAttribute)informationSystemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInformationSystem_Workflows() {
		return (EReference)informationSystemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInformationSystem_Roles() {
		return (EReference)informationSystemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInformationSystem_Permissions() {
		return (EReference)informationSystemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInformationSystem_DataFields() {
		return (EReference)informationSystemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInformationSystem_Automations() {
		return (EReference)informationSystemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInformationSystem_Reports() {
		return (EReference)informationSystemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkflow() {
		return workflowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflow_BusinessObject() {
		return (EAttribute)workflowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflow_States() {
		return (EReference)workflowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflow_Transitions() {
		return (EReference)workflowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflow_InitialState() {
		return (EReference)workflowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkflowState() {
		return workflowStateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflowState_Kind() {
		return (EAttribute)workflowStateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflowState_Outgoing() {
		return (EReference)workflowStateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflowState_Incoming() {
		return (EReference)workflowStateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTransition() {
		return transitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTransition_Source() {
		return (EReference)transitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTransition_Target() {
		return (EReference)transitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransition_Guard() {
		return (EAttribute)transitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTransition_RequiredPermission() {
		return (EReference)transitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransition_ApprovalRequired() {
		return (EAttribute)transitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransition_Automatic() {
		return (EAttribute)transitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSystemRole() {
		return systemRoleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemRole_TechnicalName() {
		return (EAttribute)systemRoleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPermission() {
		return permissionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermission_Action() {
		return (EAttribute)permissionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPermission_GrantedTo() {
		return (EReference)permissionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermission_GrantedToAll() {
		return (EAttribute)permissionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataField() {
		return dataFieldEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataField_Entity() {
		return (EAttribute)dataFieldEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataField_DataType() {
		return (EAttribute)dataFieldEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataField_Mandatory() {
		return (EAttribute)dataFieldEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataField_Validated() {
		return (EAttribute)dataFieldEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataField_Freshness() {
		return (EAttribute)dataFieldEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataField_SourceOfTruth() {
		return (EAttribute)dataFieldEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataField_SameDataAs() {
		return (EReference)dataFieldEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAutomation() {
		return automationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAutomation_Kind() {
		return (EAttribute)automationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAutomation_Reads() {
		return (EReference)automationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAutomation_Writes() {
		return (EReference)automationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAutomation_Fires() {
		return (EReference)automationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAutomation_ReviewPoint() {
		return (EReference)automationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAutomation_OverrideOwner() {
		return (EReference)automationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIntegration() {
		return integrationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntegration_Source() {
		return (EReference)integrationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntegration_Target() {
		return (EReference)integrationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntegration_Frequency() {
		return (EAttribute)integrationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntegration_Carries() {
		return (EReference)integrationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReport() {
		return reportEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReport_Uses() {
		return (EReference)reportEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_Frequency() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStateKind() {
		return stateKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPermissionAction() {
		return permissionActionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataType() {
		return dataTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAutomationKind() {
		return automationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DigitalFactory getDigitalFactory() {
		return (DigitalFactory)getEFactoryInstance();
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
		digitalDomainEClass = createEClass(DIGITAL_DOMAIN);
		createEReference(digitalDomainEClass, DIGITAL_DOMAIN__SYSTEMS);
		createEReference(digitalDomainEClass, DIGITAL_DOMAIN__INTEGRATIONS);

		digitalElementEClass = createEClass(DIGITAL_ELEMENT);

		informationSystemEClass = createEClass(INFORMATION_SYSTEM);
		createEAttribute(informationSystemEClass, INFORMATION_SYSTEM__VENDOR);
		createEAttribute(informationSystemEClass, INFORMATION_SYSTEM__PRODUCT);
		createEReference(informationSystemEClass, INFORMATION_SYSTEM__WORKFLOWS);
		createEReference(informationSystemEClass, INFORMATION_SYSTEM__ROLES);
		createEReference(informationSystemEClass, INFORMATION_SYSTEM__PERMISSIONS);
		createEReference(informationSystemEClass, INFORMATION_SYSTEM__DATA_FIELDS);
		createEReference(informationSystemEClass, INFORMATION_SYSTEM__AUTOMATIONS);
		createEReference(informationSystemEClass, INFORMATION_SYSTEM__REPORTS);

		workflowEClass = createEClass(WORKFLOW);
		createEAttribute(workflowEClass, WORKFLOW__BUSINESS_OBJECT);
		createEReference(workflowEClass, WORKFLOW__STATES);
		createEReference(workflowEClass, WORKFLOW__TRANSITIONS);
		createEReference(workflowEClass, WORKFLOW__INITIAL_STATE);

		workflowStateEClass = createEClass(WORKFLOW_STATE);
		createEAttribute(workflowStateEClass, WORKFLOW_STATE__KIND);
		createEReference(workflowStateEClass, WORKFLOW_STATE__OUTGOING);
		createEReference(workflowStateEClass, WORKFLOW_STATE__INCOMING);

		transitionEClass = createEClass(TRANSITION);
		createEReference(transitionEClass, TRANSITION__SOURCE);
		createEReference(transitionEClass, TRANSITION__TARGET);
		createEAttribute(transitionEClass, TRANSITION__GUARD);
		createEReference(transitionEClass, TRANSITION__REQUIRED_PERMISSION);
		createEAttribute(transitionEClass, TRANSITION__APPROVAL_REQUIRED);
		createEAttribute(transitionEClass, TRANSITION__AUTOMATIC);

		systemRoleEClass = createEClass(SYSTEM_ROLE);
		createEAttribute(systemRoleEClass, SYSTEM_ROLE__TECHNICAL_NAME);

		permissionEClass = createEClass(PERMISSION);
		createEAttribute(permissionEClass, PERMISSION__ACTION);
		createEReference(permissionEClass, PERMISSION__GRANTED_TO);
		createEAttribute(permissionEClass, PERMISSION__GRANTED_TO_ALL);

		dataFieldEClass = createEClass(DATA_FIELD);
		createEAttribute(dataFieldEClass, DATA_FIELD__ENTITY);
		createEAttribute(dataFieldEClass, DATA_FIELD__DATA_TYPE);
		createEAttribute(dataFieldEClass, DATA_FIELD__MANDATORY);
		createEAttribute(dataFieldEClass, DATA_FIELD__VALIDATED);
		createEAttribute(dataFieldEClass, DATA_FIELD__FRESHNESS);
		createEAttribute(dataFieldEClass, DATA_FIELD__SOURCE_OF_TRUTH);
		createEReference(dataFieldEClass, DATA_FIELD__SAME_DATA_AS);

		automationEClass = createEClass(AUTOMATION);
		createEAttribute(automationEClass, AUTOMATION__KIND);
		createEReference(automationEClass, AUTOMATION__READS);
		createEReference(automationEClass, AUTOMATION__WRITES);
		createEReference(automationEClass, AUTOMATION__FIRES);
		createEReference(automationEClass, AUTOMATION__REVIEW_POINT);
		createEReference(automationEClass, AUTOMATION__OVERRIDE_OWNER);

		integrationEClass = createEClass(INTEGRATION);
		createEReference(integrationEClass, INTEGRATION__SOURCE);
		createEReference(integrationEClass, INTEGRATION__TARGET);
		createEAttribute(integrationEClass, INTEGRATION__FREQUENCY);
		createEReference(integrationEClass, INTEGRATION__CARRIES);

		reportEClass = createEClass(REPORT);
		createEReference(reportEClass, REPORT__USES);
		createEAttribute(reportEClass, REPORT__FREQUENCY);

		// Create enums
		stateKindEEnum = createEEnum(STATE_KIND);
		permissionActionEEnum = createEEnum(PERMISSION_ACTION);
		dataTypeEEnum = createEEnum(DATA_TYPE);
		automationKindEEnum = createEEnum(AUTOMATION_KIND);
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
		digitalDomainEClass.getESuperTypes().add(theDovetailPackage.getElement());
		digitalElementEClass.getESuperTypes().add(theDovetailPackage.getElement());
		informationSystemEClass.getESuperTypes().add(this.getDigitalElement());
		informationSystemEClass.getESuperTypes().add(theDovetailPackage.getOwned());
		workflowEClass.getESuperTypes().add(this.getDigitalElement());
		workflowStateEClass.getESuperTypes().add(this.getDigitalElement());
		transitionEClass.getESuperTypes().add(this.getDigitalElement());
		systemRoleEClass.getESuperTypes().add(this.getDigitalElement());
		permissionEClass.getESuperTypes().add(this.getDigitalElement());
		dataFieldEClass.getESuperTypes().add(this.getDigitalElement());
		dataFieldEClass.getESuperTypes().add(theDovetailPackage.getOwned());
		automationEClass.getESuperTypes().add(this.getDigitalElement());
		automationEClass.getESuperTypes().add(theDovetailPackage.getOwned());
		integrationEClass.getESuperTypes().add(this.getDigitalElement());
		integrationEClass.getESuperTypes().add(theDovetailPackage.getOwned());
		reportEClass.getESuperTypes().add(this.getDigitalElement());
		reportEClass.getESuperTypes().add(theDovetailPackage.getOwned());

		// Initialize classes, features, and operations; add parameters
		initEClass(digitalDomainEClass, DigitalDomain.class, "DigitalDomain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDigitalDomain_Systems(), this.getInformationSystem(), null, "systems", null, 0, -1, DigitalDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDigitalDomain_Integrations(), this.getIntegration(), null, "integrations", null, 0, -1, DigitalDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(digitalElementEClass, DigitalElement.class, "DigitalElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(informationSystemEClass, InformationSystem.class, "InformationSystem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInformationSystem_Vendor(), ecorePackage.getEString(), "vendor", null, 0, 1, InformationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInformationSystem_Product(), ecorePackage.getEString(), "product", null, 0, 1, InformationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInformationSystem_Workflows(), this.getWorkflow(), null, "workflows", null, 0, -1, InformationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInformationSystem_Roles(), this.getSystemRole(), null, "roles", null, 0, -1, InformationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInformationSystem_Permissions(), this.getPermission(), null, "permissions", null, 0, -1, InformationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInformationSystem_DataFields(), this.getDataField(), null, "dataFields", null, 0, -1, InformationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInformationSystem_Automations(), this.getAutomation(), null, "automations", null, 0, -1, InformationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInformationSystem_Reports(), this.getReport(), null, "reports", null, 0, -1, InformationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workflowEClass, Workflow.class, "Workflow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkflow_BusinessObject(), ecorePackage.getEString(), "businessObject", null, 0, 1, Workflow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkflow_States(), this.getWorkflowState(), null, "states", null, 0, -1, Workflow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkflow_Transitions(), this.getTransition(), null, "transitions", null, 0, -1, Workflow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkflow_InitialState(), this.getWorkflowState(), null, "initialState", null, 0, 1, Workflow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workflowStateEClass, WorkflowState.class, "WorkflowState", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkflowState_Kind(), this.getStateKind(), "kind", null, 0, 1, WorkflowState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkflowState_Outgoing(), this.getTransition(), this.getTransition_Source(), "outgoing", null, 0, -1, WorkflowState.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkflowState_Incoming(), this.getTransition(), this.getTransition_Target(), "incoming", null, 0, -1, WorkflowState.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(transitionEClass, Transition.class, "Transition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTransition_Source(), this.getWorkflowState(), this.getWorkflowState_Outgoing(), "source", null, 1, 1, Transition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTransition_Target(), this.getWorkflowState(), this.getWorkflowState_Incoming(), "target", null, 1, 1, Transition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransition_Guard(), ecorePackage.getEString(), "guard", null, 0, 1, Transition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTransition_RequiredPermission(), this.getPermission(), null, "requiredPermission", null, 0, 1, Transition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransition_ApprovalRequired(), ecorePackage.getEBoolean(), "approvalRequired", "false", 0, 1, Transition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransition_Automatic(), ecorePackage.getEBoolean(), "automatic", "false", 0, 1, Transition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(systemRoleEClass, SystemRole.class, "SystemRole", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSystemRole_TechnicalName(), ecorePackage.getEString(), "technicalName", null, 0, 1, SystemRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(permissionEClass, Permission.class, "Permission", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPermission_Action(), this.getPermissionAction(), "action", null, 0, 1, Permission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPermission_GrantedTo(), this.getSystemRole(), null, "grantedTo", null, 0, -1, Permission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermission_GrantedToAll(), ecorePackage.getEBoolean(), "grantedToAll", "false", 0, 1, Permission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dataFieldEClass, DataField.class, "DataField", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataField_Entity(), ecorePackage.getEString(), "entity", null, 0, 1, DataField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataField_DataType(), this.getDataType(), "dataType", null, 0, 1, DataField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataField_Mandatory(), ecorePackage.getEBoolean(), "mandatory", "false", 0, 1, DataField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataField_Validated(), ecorePackage.getEBoolean(), "validated", "false", 0, 1, DataField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataField_Freshness(), theDovetailPackage.getCadence(), "freshness", null, 0, 1, DataField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataField_SourceOfTruth(), ecorePackage.getEBoolean(), "sourceOfTruth", "false", 0, 1, DataField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataField_SameDataAs(), this.getDataField(), null, "sameDataAs", null, 0, -1, DataField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(automationEClass, Automation.class, "Automation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAutomation_Kind(), this.getAutomationKind(), "kind", null, 0, 1, Automation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAutomation_Reads(), this.getDataField(), null, "reads", null, 0, -1, Automation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAutomation_Writes(), this.getDataField(), null, "writes", null, 0, -1, Automation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAutomation_Fires(), this.getTransition(), null, "fires", null, 0, -1, Automation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAutomation_ReviewPoint(), this.getWorkflowState(), null, "reviewPoint", null, 0, 1, Automation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAutomation_OverrideOwner(), theDovetailPackage.getParty(), null, "overrideOwner", null, 0, 1, Automation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(integrationEClass, Integration.class, "Integration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIntegration_Source(), this.getInformationSystem(), null, "source", null, 1, 1, Integration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntegration_Target(), this.getInformationSystem(), null, "target", null, 1, 1, Integration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntegration_Frequency(), theDovetailPackage.getCadence(), "frequency", null, 0, 1, Integration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntegration_Carries(), this.getDataField(), null, "carries", null, 0, -1, Integration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reportEClass, Report.class, "Report", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReport_Uses(), this.getDataField(), null, "uses", null, 0, -1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReport_Frequency(), theDovetailPackage.getCadence(), "frequency", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(stateKindEEnum, StateKind.class, "StateKind");
		addEEnumLiteral(stateKindEEnum, StateKind.INITIAL);
		addEEnumLiteral(stateKindEEnum, StateKind.INTERMEDIATE);
		addEEnumLiteral(stateKindEEnum, StateKind.FINAL);

		initEEnum(permissionActionEEnum, PermissionAction.class, "PermissionAction");
		addEEnumLiteral(permissionActionEEnum, PermissionAction.CREATE);
		addEEnumLiteral(permissionActionEEnum, PermissionAction.READ);
		addEEnumLiteral(permissionActionEEnum, PermissionAction.UPDATE);
		addEEnumLiteral(permissionActionEEnum, PermissionAction.DELETE);
		addEEnumLiteral(permissionActionEEnum, PermissionAction.APPROVE);
		addEEnumLiteral(permissionActionEEnum, PermissionAction.POST);
		addEEnumLiteral(permissionActionEEnum, PermissionAction.EXECUTE);

		initEEnum(dataTypeEEnum, DataType.class, "DataType");
		addEEnumLiteral(dataTypeEEnum, DataType.TEXT);
		addEEnumLiteral(dataTypeEEnum, DataType.NUMBER);
		addEEnumLiteral(dataTypeEEnum, DataType.AMOUNT);
		addEEnumLiteral(dataTypeEEnum, DataType.DATE);
		addEEnumLiteral(dataTypeEEnum, DataType.FLAG);
		addEEnumLiteral(dataTypeEEnum, DataType.CODE);
		addEEnumLiteral(dataTypeEEnum, DataType.REFERENCE);
		addEEnumLiteral(dataTypeEEnum, DataType.ATTACHMENT);

		initEEnum(automationKindEEnum, AutomationKind.class, "AutomationKind");
		addEEnumLiteral(automationKindEEnum, AutomationKind.BUSINESS_RULE);
		addEEnumLiteral(automationKindEEnum, AutomationKind.AI_RECOMMENDATION);
		addEEnumLiteral(automationKindEEnum, AutomationKind.SCHEDULED_JOB);
		addEEnumLiteral(automationKindEEnum, AutomationKind.BOT);

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
			   "documentation", "The Digital Domain: work as enforced. Systems with their workflows, states, transitions, roles, permissions, data fields, automations, integrations and reports."
		   });
		addAnnotation
		  (digitalDomainEClass,
		   source,
		   new String[] {
			   "documentation", "Container of the systems of an organisation unit and their integrations."
		   });
		addAnnotation
		  (getDigitalDomain_Systems(),
		   source,
		   new String[] {
			   "documentation", "The systems."
		   });
		addAnnotation
		  (getDigitalDomain_Integrations(),
		   source,
		   new String[] {
			   "documentation", "The integrations between systems."
		   });
		addAnnotation
		  (digitalElementEClass,
		   source,
		   new String[] {
			   "documentation", "Anything a system enforces or holds; the target type of mappings from the Process Domain."
		   });
		addAnnotation
		  (informationSystemEClass,
		   source,
		   new String[] {
			   "documentation", "A system that enforces work: an ERP, a workflow tool, a CRM."
		   });
		addAnnotation
		  (getInformationSystem_Vendor(),
		   source,
		   new String[] {
			   "documentation", "The product vendor."
		   });
		addAnnotation
		  (getInformationSystem_Product(),
		   source,
		   new String[] {
			   "documentation", "The product and version."
		   });
		addAnnotation
		  (getInformationSystem_Workflows(),
		   source,
		   new String[] {
			   "documentation", "The configured workflows."
		   });
		addAnnotation
		  (getInformationSystem_Roles(),
		   source,
		   new String[] {
			   "documentation", "The system\'s own roles or user groups."
		   });
		addAnnotation
		  (getInformationSystem_Permissions(),
		   source,
		   new String[] {
			   "documentation", "The permissions configured in the system."
		   });
		addAnnotation
		  (getInformationSystem_DataFields(),
		   source,
		   new String[] {
			   "documentation", "The data fields the system holds."
		   });
		addAnnotation
		  (getInformationSystem_Automations(),
		   source,
		   new String[] {
			   "documentation", "Rules, jobs and AI recommendations running in the system."
		   });
		addAnnotation
		  (getInformationSystem_Reports(),
		   source,
		   new String[] {
			   "documentation", "Reports the system produces."
		   });
		addAnnotation
		  (workflowEClass,
		   source,
		   new String[] {
			   "documentation", "A configured workflow for one business object (an invoice, a change request)."
		   });
		addAnnotation
		  (getWorkflow_BusinessObject(),
		   source,
		   new String[] {
			   "documentation", "The business object the workflow moves (e.g. \"Supplier invoice\")."
		   });
		addAnnotation
		  (getWorkflow_States(),
		   source,
		   new String[] {
			   "documentation", "The states of the workflow."
		   });
		addAnnotation
		  (getWorkflow_Transitions(),
		   source,
		   new String[] {
			   "documentation", "The allowed transitions between states."
		   });
		addAnnotation
		  (getWorkflow_InitialState(),
		   source,
		   new String[] {
			   "documentation", "The state a new object starts in."
		   });
		addAnnotation
		  (workflowStateEClass,
		   source,
		   new String[] {
			   "documentation", "A state of a configured workflow."
		   });
		addAnnotation
		  (getWorkflowState_Kind(),
		   source,
		   new String[] {
			   "documentation", "Whether the state starts, continues or ends the workflow."
		   });
		addAnnotation
		  (getWorkflowState_Outgoing(),
		   source,
		   new String[] {
			   "documentation", "Transitions leaving this state (derived from Transition.source on load; not stored twice)."
		   });
		addAnnotation
		  (getWorkflowState_Incoming(),
		   source,
		   new String[] {
			   "documentation", "Transitions entering this state (derived from Transition.target on load; not stored twice)."
		   });
		addAnnotation
		  (transitionEClass,
		   source,
		   new String[] {
			   "documentation", "A transition the system allows between two states, with its guard and the permission it needs."
		   });
		addAnnotation
		  (getTransition_Source(),
		   source,
		   new String[] {
			   "documentation", "The state the transition leaves."
		   });
		addAnnotation
		  (getTransition_Target(),
		   source,
		   new String[] {
			   "documentation", "The state the transition enters."
		   });
		addAnnotation
		  (getTransition_Guard(),
		   source,
		   new String[] {
			   "documentation", "The guard condition as configured (e.g. \"PO match within tolerance\")."
		   });
		addAnnotation
		  (getTransition_RequiredPermission(),
		   source,
		   new String[] {
			   "documentation", "The permission needed to take the transition; none means anyone with access may."
		   });
		addAnnotation
		  (getTransition_ApprovalRequired(),
		   source,
		   new String[] {
			   "documentation", "True when the system requires a recorded approval to take the transition."
		   });
		addAnnotation
		  (getTransition_Automatic(),
		   source,
		   new String[] {
			   "documentation", "True when the system takes the transition by itself."
		   });
		addAnnotation
		  (systemRoleEClass,
		   source,
		   new String[] {
			   "documentation", "A role or user group as the system knows it (e.g. an ERP role)."
		   });
		addAnnotation
		  (getSystemRole_TechnicalName(),
		   source,
		   new String[] {
			   "documentation", "The role\'s technical identifier in the system."
		   });
		addAnnotation
		  (permissionEClass,
		   source,
		   new String[] {
			   "documentation", "What a system role may do: an action on an object."
		   });
		addAnnotation
		  (getPermission_Action(),
		   source,
		   new String[] {
			   "documentation", "The kind of action permitted."
		   });
		addAnnotation
		  (getPermission_GrantedTo(),
		   source,
		   new String[] {
			   "documentation", "The system roles that hold the permission."
		   });
		addAnnotation
		  (getPermission_GrantedToAll(),
		   source,
		   new String[] {
			   "documentation", "True when every user of the system holds the permission."
		   });
		addAnnotation
		  (dataFieldEClass,
		   source,
		   new String[] {
			   "documentation", "A data field a system holds, with its quality properties."
		   });
		addAnnotation
		  (getDataField_Entity(),
		   source,
		   new String[] {
			   "documentation", "The record type the field belongs to (e.g. \"Invoice header\")."
		   });
		addAnnotation
		  (getDataField_DataType(),
		   source,
		   new String[] {
			   "documentation", "The field\'s type."
		   });
		addAnnotation
		  (getDataField_Mandatory(),
		   source,
		   new String[] {
			   "documentation", "True when the system refuses to save without a value."
		   });
		addAnnotation
		  (getDataField_Validated(),
		   source,
		   new String[] {
			   "documentation", "True when the system validates the value."
		   });
		addAnnotation
		  (getDataField_Freshness(),
		   source,
		   new String[] {
			   "documentation", "How fresh the value is kept."
		   });
		addAnnotation
		  (getDataField_SourceOfTruth(),
		   source,
		   new String[] {
			   "documentation", "True when this field is the authoritative copy of its data."
		   });
		addAnnotation
		  (getDataField_SameDataAs(),
		   source,
		   new String[] {
			   "documentation", "Fields in other systems that hold the same data."
		   });
		addAnnotation
		  (automationEClass,
		   source,
		   new String[] {
			   "documentation", "A rule, scheduled job, bot or AI recommendation that acts in a system."
		   });
		addAnnotation
		  (getAutomation_Kind(),
		   source,
		   new String[] {
			   "documentation", "What sort of automation it is."
		   });
		addAnnotation
		  (getAutomation_Reads(),
		   source,
		   new String[] {
			   "documentation", "Fields the automation reads to decide or act."
		   });
		addAnnotation
		  (getAutomation_Writes(),
		   source,
		   new String[] {
			   "documentation", "Fields the automation sets."
		   });
		addAnnotation
		  (getAutomation_Fires(),
		   source,
		   new String[] {
			   "documentation", "Transitions the automation takes or recommends."
		   });
		addAnnotation
		  (getAutomation_ReviewPoint(),
		   source,
		   new String[] {
			   "documentation", "The state where a person reviews the automation\'s output before it takes effect."
		   });
		addAnnotation
		  (getAutomation_OverrideOwner(),
		   source,
		   new String[] {
			   "documentation", "Who may override the automation\'s output."
		   });
		addAnnotation
		  (integrationEClass,
		   source,
		   new String[] {
			   "documentation", "A data flow between two systems."
		   });
		addAnnotation
		  (getIntegration_Source(),
		   source,
		   new String[] {
			   "documentation", "The system data comes from."
		   });
		addAnnotation
		  (getIntegration_Target(),
		   source,
		   new String[] {
			   "documentation", "The system data goes to."
		   });
		addAnnotation
		  (getIntegration_Frequency(),
		   source,
		   new String[] {
			   "documentation", "How often the integration runs."
		   });
		addAnnotation
		  (getIntegration_Carries(),
		   source,
		   new String[] {
			   "documentation", "The fields the integration moves."
		   });
		addAnnotation
		  (reportEClass,
		   source,
		   new String[] {
			   "documentation", "A report a system produces."
		   });
		addAnnotation
		  (getReport_Uses(),
		   source,
		   new String[] {
			   "documentation", "The fields the report reads."
		   });
		addAnnotation
		  (getReport_Frequency(),
		   source,
		   new String[] {
			   "documentation", "How often the report is produced."
		   });
		addAnnotation
		  (stateKindEEnum,
		   source,
		   new String[] {
			   "documentation", "The position of a workflow state."
		   });
		addAnnotation
		  (stateKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "A state objects start in."
		   });
		addAnnotation
		  (stateKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "A state between start and end."
		   });
		addAnnotation
		  (stateKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "A state that ends the workflow."
		   });
		addAnnotation
		  (permissionActionEEnum,
		   source,
		   new String[] {
			   "documentation", "Kinds of permitted actions."
		   });
		addAnnotation
		  (permissionActionEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Create an object."
		   });
		addAnnotation
		  (permissionActionEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Read an object."
		   });
		addAnnotation
		  (permissionActionEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Change an object."
		   });
		addAnnotation
		  (permissionActionEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "Delete an object."
		   });
		addAnnotation
		  (permissionActionEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "Record an approval."
		   });
		addAnnotation
		  (permissionActionEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "documentation", "Post or release an object so that it takes effect."
		   });
		addAnnotation
		  (permissionActionEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "documentation", "Run a transition or function."
		   });
		addAnnotation
		  (dataTypeEEnum,
		   source,
		   new String[] {
			   "documentation", "Types of data fields."
		   });
		addAnnotation
		  (dataTypeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Text."
		   });
		addAnnotation
		  (dataTypeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "A number."
		   });
		addAnnotation
		  (dataTypeEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "A monetary amount."
		   });
		addAnnotation
		  (dataTypeEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "A date or time."
		   });
		addAnnotation
		  (dataTypeEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "A yes/no value."
		   });
		addAnnotation
		  (dataTypeEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "documentation", "A code from a list (a cost centre, a GL account)."
		   });
		addAnnotation
		  (dataTypeEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "documentation", "A reference to another record."
		   });
		addAnnotation
		  (dataTypeEEnum.getELiterals().get(7),
		   source,
		   new String[] {
			   "documentation", "A document."
		   });
		addAnnotation
		  (automationKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Kinds of automation."
		   });
		addAnnotation
		  (automationKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "A configured rule."
		   });
		addAnnotation
		  (automationKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "A recommendation by a machine-learning or AI model."
		   });
		addAnnotation
		  (automationKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "A job that runs on a schedule."
		   });
		addAnnotation
		  (automationKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "A robotic-process-automation bot."
		   });
	}

} //DigitalPackageImpl
