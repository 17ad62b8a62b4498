/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.impl;

import org.dovetail.model.Cadence;
import org.dovetail.model.DovetailFactory;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Element;
import org.dovetail.model.Identified;
import org.dovetail.model.Owned;
import org.dovetail.model.Party;
import org.dovetail.model.Person;

import org.dovetail.model.digital.DigitalPackage;

import org.dovetail.model.digital.impl.DigitalPackageImpl;

import org.dovetail.model.governance.GovernancePackage;

import org.dovetail.model.governance.impl.GovernancePackageImpl;

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
public class DovetailPackageImpl extends EPackageImpl implements DovetailPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass elementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ownedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dovetailModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cadenceEEnum = null;

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
	 * @see org.dovetail.model.DovetailPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DovetailPackageImpl() {
		super(eNS_URI, DovetailFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link DovetailPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DovetailPackage init() {
		if (isInited) return (DovetailPackage)EPackage.Registry.INSTANCE.getEPackage(DovetailPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDovetailPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DovetailPackageImpl theDovetailPackage = registeredDovetailPackage instanceof DovetailPackageImpl ? (DovetailPackageImpl)registeredDovetailPackage : new DovetailPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ProcessPackage.eNS_URI);
		ProcessPackageImpl theProcessPackage = (ProcessPackageImpl)(registeredPackage instanceof ProcessPackageImpl ? registeredPackage : ProcessPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DigitalPackage.eNS_URI);
		DigitalPackageImpl theDigitalPackage = (DigitalPackageImpl)(registeredPackage instanceof DigitalPackageImpl ? registeredPackage : DigitalPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);
		GovernancePackageImpl theGovernancePackage = (GovernancePackageImpl)(registeredPackage instanceof GovernancePackageImpl ? registeredPackage : GovernancePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(WorkAsDonePackage.eNS_URI);
		WorkAsDonePackageImpl theWorkAsDonePackage = (WorkAsDonePackageImpl)(registeredPackage instanceof WorkAsDonePackageImpl ? registeredPackage : WorkAsDonePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ImplementationPackage.eNS_URI);
		ImplementationPackageImpl theImplementationPackage = (ImplementationPackageImpl)(registeredPackage instanceof ImplementationPackageImpl ? registeredPackage : ImplementationPackage.eINSTANCE);

		// Create package meta-data objects
		theDovetailPackage.createPackageContents();
		theProcessPackage.createPackageContents();
		theDigitalPackage.createPackageContents();
		theGovernancePackage.createPackageContents();
		theWorkAsDonePackage.createPackageContents();
		theImplementationPackage.createPackageContents();

		// Initialize created meta-data
		theDovetailPackage.initializePackageContents();
		theProcessPackage.initializePackageContents();
		theDigitalPackage.initializePackageContents();
		theGovernancePackage.initializePackageContents();
		theWorkAsDonePackage.initializePackageContents();
		theImplementationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theDovetailPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DovetailPackage.eNS_URI, theDovetailPackage);
		return theDovetailPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getElement() {
		return elementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Name() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Description() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOwned() {
		return ownedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOwned_Owner() {
		return (EReference)ownedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParty() {
		return partyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Email() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_JobTitle() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDovetailModel() {
		return dovetailModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDovetailModel_Version() {
		return (EAttribute)dovetailModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDovetailModel_People() {
		return (EReference)dovetailModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDovetailModel_ProcessDomain() {
		return (EReference)dovetailModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDovetailModel_DigitalDomain() {
		return (EReference)dovetailModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDovetailModel_Governance() {
		return (EReference)dovetailModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDovetailModel_WorkAsDone() {
		return (EReference)dovetailModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDovetailModel_ImplementationPlans() {
		return (EReference)dovetailModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCadence() {
		return cadenceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DovetailFactory getDovetailFactory() {
		return (DovetailFactory)getEFactoryInstance();
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
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		elementEClass = createEClass(ELEMENT);
		createEAttribute(elementEClass, ELEMENT__NAME);
		createEAttribute(elementEClass, ELEMENT__DESCRIPTION);

		ownedEClass = createEClass(OWNED);
		createEReference(ownedEClass, OWNED__OWNER);

		partyEClass = createEClass(PARTY);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__EMAIL);
		createEAttribute(personEClass, PERSON__JOB_TITLE);

		dovetailModelEClass = createEClass(DOVETAIL_MODEL);
		createEAttribute(dovetailModelEClass, DOVETAIL_MODEL__VERSION);
		createEReference(dovetailModelEClass, DOVETAIL_MODEL__PEOPLE);
		createEReference(dovetailModelEClass, DOVETAIL_MODEL__PROCESS_DOMAIN);
		createEReference(dovetailModelEClass, DOVETAIL_MODEL__DIGITAL_DOMAIN);
		createEReference(dovetailModelEClass, DOVETAIL_MODEL__GOVERNANCE);
		createEReference(dovetailModelEClass, DOVETAIL_MODEL__WORK_AS_DONE);
		createEReference(dovetailModelEClass, DOVETAIL_MODEL__IMPLEMENTATION_PLANS);

		// Create enums
		cadenceEEnum = createEEnum(CADENCE);
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
		ProcessPackage theProcessPackage = (ProcessPackage)EPackage.Registry.INSTANCE.getEPackage(ProcessPackage.eNS_URI);
		DigitalPackage theDigitalPackage = (DigitalPackage)EPackage.Registry.INSTANCE.getEPackage(DigitalPackage.eNS_URI);
		GovernancePackage theGovernancePackage = (GovernancePackage)EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);
		WorkAsDonePackage theWorkAsDonePackage = (WorkAsDonePackage)EPackage.Registry.INSTANCE.getEPackage(WorkAsDonePackage.eNS_URI);
		ImplementationPackage theImplementationPackage = (ImplementationPackage)EPackage.Registry.INSTANCE.getEPackage(ImplementationPackage.eNS_URI);

		// Add subpackages
		getESubpackages().add(theProcessPackage);
		getESubpackages().add(theDigitalPackage);
		getESubpackages().add(theGovernancePackage);
		getESubpackages().add(theWorkAsDonePackage);
		getESubpackages().add(theImplementationPackage);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		elementEClass.getESuperTypes().add(this.getIdentified());
		partyEClass.getESuperTypes().add(this.getElement());
		personEClass.getESuperTypes().add(this.getParty());
		dovetailModelEClass.getESuperTypes().add(this.getElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(elementEClass, Element.class, "Element", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ownedEClass, Owned.class, "Owned", IS_ABSTRACT, IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getOwned_Owner(), this.getParty(), null, "owner", null, 0, 1, Owned.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partyEClass, Party.class, "Party", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerson_Email(), ecorePackage.getEString(), "email", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_JobTitle(), ecorePackage.getEString(), "jobTitle", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dovetailModelEClass, DovetailModel.class, "DovetailModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDovetailModel_Version(), ecorePackage.getEString(), "version", null, 0, 1, DovetailModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDovetailModel_People(), this.getPerson(), null, "people", null, 0, -1, DovetailModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDovetailModel_ProcessDomain(), theProcessPackage.getProcessDomain(), null, "processDomain", null, 0, 1, DovetailModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDovetailModel_DigitalDomain(), theDigitalPackage.getDigitalDomain(), null, "digitalDomain", null, 0, 1, DovetailModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDovetailModel_Governance(), theGovernancePackage.getGovernanceModel(), null, "governance", null, 0, 1, DovetailModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDovetailModel_WorkAsDone(), theWorkAsDonePackage.getWorkAsDone(), null, "workAsDone", null, 0, 1, DovetailModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDovetailModel_ImplementationPlans(), theImplementationPackage.getImplementationPlan(), null, "implementationPlans", null, 0, -1, DovetailModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(cadenceEEnum, Cadence.class, "Cadence");
		addEEnumLiteral(cadenceEEnum, Cadence.UNSPECIFIED);
		addEEnumLiteral(cadenceEEnum, Cadence.REAL_TIME);
		addEEnumLiteral(cadenceEEnum, Cadence.PER_TRANSACTION);
		addEEnumLiteral(cadenceEEnum, Cadence.HOURLY);
		addEEnumLiteral(cadenceEEnum, Cadence.DAILY);
		addEEnumLiteral(cadenceEEnum, Cadence.WEEKLY);
		addEEnumLiteral(cadenceEEnum, Cadence.MONTHLY);
		addEEnumLiteral(cadenceEEnum, Cadence.QUARTERLY);
		addEEnumLiteral(cadenceEEnum, Cadence.ON_DEMAND);

		// Create resource
		createResource(eNS_URI);

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
			   "documentation", "The Dovetail metamodel: the Process Domain (work as imagined), the Digital Domain (work as enforced), the governance mappings between them, the evidence of work as done and the implementation of workflow change. This root package holds the elements every area shares."
		   });
		addAnnotation
		  (identifiedEClass,
		   source,
		   new String[] {
			   "documentation", "Anything with a stable identity. The id is a UUID assigned when the element first enters a Dovetail resource; it survives save, load and copy and is what references across files and the sync server use."
		   });
		addAnnotation
		  (getIdentified_Id(),
		   source,
		   new String[] {
			   "documentation", "The element\'s UUID (RFC 4122 text form). Assigned once, never reused, never shown as a name."
		   });
		addAnnotation
		  (elementEClass,
		   source,
		   new String[] {
			   "documentation", "A named, described model element: the common base of every concept an architect draws or a board reviews."
		   });
		addAnnotation
		  (getElement_Name(),
		   source,
		   new String[] {
			   "documentation", "The name people use for the element."
		   });
		addAnnotation
		  (getElement_Description(),
		   source,
		   new String[] {
			   "documentation", "Free text: what the element is and why it exists."
		   });
		addAnnotation
		  (ownedEClass,
		   source,
		   new String[] {
			   "documentation", "Mix-in for elements that need an accountable owner. Governance rules report owned elements whose owner is missing."
		   });
		addAnnotation
		  (getOwned_Owner(),
		   source,
		   new String[] {
			   "documentation", "The person or role accountable for the element."
		   });
		addAnnotation
		  (partyEClass,
		   source,
		   new String[] {
			   "documentation", "Someone who can own, perform, approve or sponsor: a named person or a process role."
		   });
		addAnnotation
		  (personEClass,
		   source,
		   new String[] {
			   "documentation", "A named individual: an owner, a board member, an approver who signs off, a sponsor of an improvement action."
		   });
		addAnnotation
		  (getPerson_Email(),
		   source,
		   new String[] {
			   "documentation", "E-mail address, used to identify the person across workbenches and the server."
		   });
		addAnnotation
		  (getPerson_JobTitle(),
		   source,
		   new String[] {
			   "documentation", "The person\'s job title, for reports."
		   });
		addAnnotation
		  (dovetailModelEClass,
		   source,
		   new String[] {
			   "documentation", "The root of a .dovetail file. One model may hold every area or only some; elements may reference elements in other .dovetail files."
		   });
		addAnnotation
		  (getDovetailModel_Version(),
		   source,
		   new String[] {
			   "documentation", "The model\'s own version label, e.g. the baseline it was derived from."
		   });
		addAnnotation
		  (getDovetailModel_People(),
		   source,
		   new String[] {
			   "documentation", "The people named in this model."
		   });
		addAnnotation
		  (getDovetailModel_ProcessDomain(),
		   source,
		   new String[] {
			   "documentation", "Work as imagined: processes, roles, policies, controls and legacy artifacts."
		   });
		addAnnotation
		  (getDovetailModel_DigitalDomain(),
		   source,
		   new String[] {
			   "documentation", "Work as enforced: the systems and what they allow."
		   });
		addAnnotation
		  (getDovetailModel_Governance(),
		   source,
		   new String[] {
			   "documentation", "The mappings between the domains, findings, waivers, boards and baselines."
		   });
		addAnnotation
		  (getDovetailModel_WorkAsDone(),
		   source,
		   new String[] {
			   "documentation", "Evidence of how work is really done: observations, event logs, metrics, improvement actions."
		   });
		addAnnotation
		  (getDovetailModel_ImplementationPlans(),
		   source,
		   new String[] {
			   "documentation", "Plans for the workflow change a product brings, with proof milestones."
		   });
		addAnnotation
		  (cadenceEEnum,
		   source,
		   new String[] {
			   "documentation", "How often something happens or how fresh data is. A closed set so that rules can compare cadences."
		   });
		addAnnotation
		  (cadenceEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Not stated. Rules treat this as missing information."
		   });
		addAnnotation
		  (cadenceEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Continuously, as events happen."
		   });
		addAnnotation
		  (cadenceEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Once for every transaction or case."
		   });
		addAnnotation
		  (cadenceEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "Every hour."
		   });
		addAnnotation
		  (cadenceEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "Every day."
		   });
		addAnnotation
		  (cadenceEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "documentation", "Every week."
		   });
		addAnnotation
		  (cadenceEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "documentation", "Every month."
		   });
		addAnnotation
		  (cadenceEEnum.getELiterals().get(7),
		   source,
		   new String[] {
			   "documentation", "Every quarter."
		   });
		addAnnotation
		  (cadenceEEnum.getELiterals().get(8),
		   source,
		   new String[] {
			   "documentation", "When someone asks for it."
		   });
	}

} //DovetailPackageImpl
