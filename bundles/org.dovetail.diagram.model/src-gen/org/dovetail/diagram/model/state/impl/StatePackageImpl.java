/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.state.impl;

import org.dovetail.diagram.model.description.DescriptionPackage;

import org.dovetail.diagram.model.description.impl.DescriptionPackageImpl;

import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.Bendpoint;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.model.state.DNode;
import org.dovetail.diagram.model.state.Decoration;
import org.dovetail.diagram.model.state.DecorationSeverity;
import org.dovetail.diagram.model.state.Diagram;
import org.dovetail.diagram.model.state.DiagramSet;
import org.dovetail.diagram.model.state.StateFactory;
import org.dovetail.diagram.model.state.StatePackage;

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
public class StatePackageImpl extends EPackageImpl implements StatePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dDiagramElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass abstractDNodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dNodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dContainerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dEdgeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bendpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decorationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum decorationSeverityEEnum = null;

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
	 * @see org.dovetail.diagram.model.state.StatePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private StatePackageImpl() {
		super(eNS_URI, StateFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link StatePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static StatePackage init() {
		if (isInited) return (StatePackage)EPackage.Registry.INSTANCE.getEPackage(StatePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredStatePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		StatePackageImpl theStatePackage = registeredStatePackage instanceof StatePackageImpl ? (StatePackageImpl)registeredStatePackage : new StatePackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DescriptionPackage.eNS_URI);
		DescriptionPackageImpl theDescriptionPackage = (DescriptionPackageImpl)(registeredPackage instanceof DescriptionPackageImpl ? registeredPackage : DescriptionPackage.eINSTANCE);

		// Create package meta-data objects
		theStatePackage.createPackageContents();
		theDescriptionPackage.createPackageContents();

		// Initialize created meta-data
		theStatePackage.initializePackageContents();
		theDescriptionPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theStatePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(StatePackage.eNS_URI, theStatePackage);
		return theStatePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagramSet() {
		return diagramSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramSet_ModelFile() {
		return (EAttribute)diagramSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramSet_Diagrams() {
		return (EReference)diagramSetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagram() {
		return diagramEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagram_Id() {
		return (EAttribute)diagramEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagram_Name() {
		return (EAttribute)diagramEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagram_DescriptionId() {
		return (EAttribute)diagramEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagram_RootId() {
		return (EAttribute)diagramEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagram_ActiveLayers() {
		return (EAttribute)diagramEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagram_Nodes() {
		return (EReference)diagramEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagram_Edges() {
		return (EReference)diagramEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDDiagramElement() {
		return dDiagramElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDDiagramElement_Uid() {
		return (EAttribute)dDiagramElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDDiagramElement_MappingId() {
		return (EAttribute)dDiagramElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDDiagramElement_SemanticId() {
		return (EAttribute)dDiagramElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDDiagramElement_Label() {
		return (EAttribute)dDiagramElementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDDiagramElement_StyleId() {
		return (EAttribute)dDiagramElementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDDiagramElement_Decorations() {
		return (EReference)dDiagramElementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAbstractDNode() {
		return abstractDNodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractDNode_X() {
		return (EAttribute)abstractDNodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractDNode_Y() {
		return (EAttribute)abstractDNodeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractDNode_Width() {
		return (EAttribute)abstractDNodeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractDNode_Height() {
		return (EAttribute)abstractDNodeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractDNode_LaidOut() {
		return (EAttribute)abstractDNodeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDNode() {
		return dNodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDContainer() {
		return dContainerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDContainer_Collapsed() {
		return (EAttribute)dContainerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDContainer_Children() {
		return (EReference)dContainerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDEdge() {
		return dEdgeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDEdge_Source() {
		return (EReference)dEdgeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDEdge_Target() {
		return (EReference)dEdgeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDEdge_Bendpoints() {
		return (EReference)dEdgeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBendpoint() {
		return bendpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBendpoint_X() {
		return (EAttribute)bendpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBendpoint_Y() {
		return (EAttribute)bendpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecoration() {
		return decorationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecoration_DecorationId() {
		return (EAttribute)decorationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecoration_Severity() {
		return (EAttribute)decorationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecoration_Text() {
		return (EAttribute)decorationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecoration_Position() {
		return (EAttribute)decorationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecoration_Color() {
		return (EAttribute)decorationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDecorationSeverity() {
		return decorationSeverityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StateFactory getStateFactory() {
		return (StateFactory)getEFactoryInstance();
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
		diagramSetEClass = createEClass(DIAGRAM_SET);
		createEAttribute(diagramSetEClass, DIAGRAM_SET__MODEL_FILE);
		createEReference(diagramSetEClass, DIAGRAM_SET__DIAGRAMS);

		diagramEClass = createEClass(DIAGRAM);
		createEAttribute(diagramEClass, DIAGRAM__ID);
		createEAttribute(diagramEClass, DIAGRAM__NAME);
		createEAttribute(diagramEClass, DIAGRAM__DESCRIPTION_ID);
		createEAttribute(diagramEClass, DIAGRAM__ROOT_ID);
		createEAttribute(diagramEClass, DIAGRAM__ACTIVE_LAYERS);
		createEReference(diagramEClass, DIAGRAM__NODES);
		createEReference(diagramEClass, DIAGRAM__EDGES);

		dDiagramElementEClass = createEClass(DDIAGRAM_ELEMENT);
		createEAttribute(dDiagramElementEClass, DDIAGRAM_ELEMENT__UID);
		createEAttribute(dDiagramElementEClass, DDIAGRAM_ELEMENT__MAPPING_ID);
		createEAttribute(dDiagramElementEClass, DDIAGRAM_ELEMENT__SEMANTIC_ID);
		createEAttribute(dDiagramElementEClass, DDIAGRAM_ELEMENT__LABEL);
		createEAttribute(dDiagramElementEClass, DDIAGRAM_ELEMENT__STYLE_ID);
		createEReference(dDiagramElementEClass, DDIAGRAM_ELEMENT__DECORATIONS);

		abstractDNodeEClass = createEClass(ABSTRACT_DNODE);
		createEAttribute(abstractDNodeEClass, ABSTRACT_DNODE__X);
		createEAttribute(abstractDNodeEClass, ABSTRACT_DNODE__Y);
		createEAttribute(abstractDNodeEClass, ABSTRACT_DNODE__WIDTH);
		createEAttribute(abstractDNodeEClass, ABSTRACT_DNODE__HEIGHT);
		createEAttribute(abstractDNodeEClass, ABSTRACT_DNODE__LAID_OUT);

		dNodeEClass = createEClass(DNODE);

		dContainerEClass = createEClass(DCONTAINER);
		createEAttribute(dContainerEClass, DCONTAINER__COLLAPSED);
		createEReference(dContainerEClass, DCONTAINER__CHILDREN);

		dEdgeEClass = createEClass(DEDGE);
		createEReference(dEdgeEClass, DEDGE__SOURCE);
		createEReference(dEdgeEClass, DEDGE__TARGET);
		createEReference(dEdgeEClass, DEDGE__BENDPOINTS);

		bendpointEClass = createEClass(BENDPOINT);
		createEAttribute(bendpointEClass, BENDPOINT__X);
		createEAttribute(bendpointEClass, BENDPOINT__Y);

		decorationEClass = createEClass(DECORATION);
		createEAttribute(decorationEClass, DECORATION__DECORATION_ID);
		createEAttribute(decorationEClass, DECORATION__SEVERITY);
		createEAttribute(decorationEClass, DECORATION__TEXT);
		createEAttribute(decorationEClass, DECORATION__POSITION);
		createEAttribute(decorationEClass, DECORATION__COLOR);

		// Create enums
		decorationSeverityEEnum = createEEnum(DECORATION_SEVERITY);
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

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		abstractDNodeEClass.getESuperTypes().add(this.getDDiagramElement());
		dNodeEClass.getESuperTypes().add(this.getAbstractDNode());
		dContainerEClass.getESuperTypes().add(this.getAbstractDNode());
		dEdgeEClass.getESuperTypes().add(this.getDDiagramElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(diagramSetEClass, DiagramSet.class, "DiagramSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagramSet_ModelFile(), ecorePackage.getEString(), "modelFile", null, 0, 1, DiagramSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramSet_Diagrams(), this.getDiagram(), null, "diagrams", null, 0, -1, DiagramSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramEClass, Diagram.class, "Diagram", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagram_Id(), ecorePackage.getEString(), "id", null, 0, 1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagram_Name(), ecorePackage.getEString(), "name", null, 0, 1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagram_DescriptionId(), ecorePackage.getEString(), "descriptionId", null, 0, 1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagram_RootId(), ecorePackage.getEString(), "rootId", null, 0, 1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagram_ActiveLayers(), ecorePackage.getEString(), "activeLayers", null, 0, -1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagram_Nodes(), this.getAbstractDNode(), null, "nodes", null, 0, -1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagram_Edges(), this.getDEdge(), null, "edges", null, 0, -1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dDiagramElementEClass, DDiagramElement.class, "DDiagramElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDDiagramElement_Uid(), ecorePackage.getEString(), "uid", null, 0, 1, DDiagramElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDDiagramElement_MappingId(), ecorePackage.getEString(), "mappingId", null, 0, 1, DDiagramElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDDiagramElement_SemanticId(), ecorePackage.getEString(), "semanticId", null, 0, 1, DDiagramElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDDiagramElement_Label(), ecorePackage.getEString(), "label", null, 0, 1, DDiagramElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDDiagramElement_StyleId(), ecorePackage.getEString(), "styleId", null, 0, 1, DDiagramElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDDiagramElement_Decorations(), this.getDecoration(), null, "decorations", null, 0, -1, DDiagramElement.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(abstractDNodeEClass, AbstractDNode.class, "AbstractDNode", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAbstractDNode_X(), ecorePackage.getEInt(), "x", null, 0, 1, AbstractDNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractDNode_Y(), ecorePackage.getEInt(), "y", null, 0, 1, AbstractDNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractDNode_Width(), ecorePackage.getEInt(), "width", null, 0, 1, AbstractDNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractDNode_Height(), ecorePackage.getEInt(), "height", null, 0, 1, AbstractDNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractDNode_LaidOut(), ecorePackage.getEBoolean(), "laidOut", null, 0, 1, AbstractDNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dNodeEClass, DNode.class, "DNode", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(dContainerEClass, DContainer.class, "DContainer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDContainer_Collapsed(), ecorePackage.getEBoolean(), "collapsed", null, 0, 1, DContainer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDContainer_Children(), this.getAbstractDNode(), null, "children", null, 0, -1, DContainer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dEdgeEClass, DEdge.class, "DEdge", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDEdge_Source(), this.getAbstractDNode(), null, "source", null, 1, 1, DEdge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDEdge_Target(), this.getAbstractDNode(), null, "target", null, 1, 1, DEdge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDEdge_Bendpoints(), this.getBendpoint(), null, "bendpoints", null, 0, -1, DEdge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bendpointEClass, Bendpoint.class, "Bendpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBendpoint_X(), ecorePackage.getEInt(), "x", null, 0, 1, Bendpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBendpoint_Y(), ecorePackage.getEInt(), "y", null, 0, 1, Bendpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decorationEClass, Decoration.class, "Decoration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDecoration_DecorationId(), ecorePackage.getEString(), "decorationId", null, 0, 1, Decoration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecoration_Severity(), this.getDecorationSeverity(), "severity", null, 0, 1, Decoration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecoration_Text(), ecorePackage.getEString(), "text", null, 0, 1, Decoration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecoration_Position(), ecorePackage.getEString(), "position", null, 0, 1, Decoration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecoration_Color(), ecorePackage.getEString(), "color", null, 0, 1, Decoration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(decorationSeverityEEnum, DecorationSeverity.class, "DecorationSeverity");
		addEEnumLiteral(decorationSeverityEEnum, DecorationSeverity.NONE);
		addEEnumLiteral(decorationSeverityEEnum, DecorationSeverity.INFO);
		addEEnumLiteral(decorationSeverityEEnum, DecorationSeverity.WARNING);
		addEEnumLiteral(decorationSeverityEEnum, DecorationSeverity.ERROR);

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
			   "documentation", "The state of drawn diagrams, saved apart from the semantic model: nodes, containers and edges with bounds, bendpoints, collapse state and active layers, referring to semantic elements by id."
		   });
		addAnnotation
		  (diagramSetEClass,
		   source,
		   new String[] {
			   "documentation", "The diagram state of one semantic model, kept in its own file beside it (model.dovetail-diagrams): positions, sizes, bendpoints, collapsed containers and active layers. Semantic elements are referred to by their ids, never by EMF references, so the model file stays untouched."
		   });
		addAnnotation
		  (getDiagramSet_ModelFile(),
		   source,
		   new String[] {
			   "documentation", "The file name of the semantic model the diagrams show."
		   });
		addAnnotation
		  (getDiagramSet_Diagrams(),
		   source,
		   new String[] {
			   "documentation", "The diagrams."
		   });
		addAnnotation
		  (diagramEClass,
		   source,
		   new String[] {
			   "documentation", "One diagram: an instance of a diagram description on a semantic root element."
		   });
		addAnnotation
		  (getDiagram_Id(),
		   source,
		   new String[] {
			   "documentation", "Unique id of the diagram."
		   });
		addAnnotation
		  (getDiagram_Name(),
		   source,
		   new String[] {
			   "documentation", "Name shown to people."
		   });
		addAnnotation
		  (getDiagram_DescriptionId(),
		   source,
		   new String[] {
			   "documentation", "Id of the diagram description (viewpointId/diagramId)."
		   });
		addAnnotation
		  (getDiagram_RootId(),
		   source,
		   new String[] {
			   "documentation", "Id of the semantic root element."
		   });
		addAnnotation
		  (getDiagram_ActiveLayers(),
		   source,
		   new String[] {
			   "documentation", "Ids of the additional layers that are switched on."
		   });
		addAnnotation
		  (getDiagram_Nodes(),
		   source,
		   new String[] {
			   "documentation", "Top-level nodes and containers."
		   });
		addAnnotation
		  (getDiagram_Edges(),
		   source,
		   new String[] {
			   "documentation", "The edges."
		   });
		addAnnotation
		  (dDiagramElementEClass,
		   source,
		   new String[] {
			   "documentation", "A diagram element showing one semantic element through one mapping."
		   });
		addAnnotation
		  (getDDiagramElement_Uid(),
		   source,
		   new String[] {
			   "documentation", "Unique id within the diagram set (edges refer to nodes by it)."
		   });
		addAnnotation
		  (getDDiagramElement_MappingId(),
		   source,
		   new String[] {
			   "documentation", "Id of the mapping that made the element."
		   });
		addAnnotation
		  (getDDiagramElement_SemanticId(),
		   source,
		   new String[] {
			   "documentation", "Id of the semantic element shown."
		   });
		addAnnotation
		  (getDDiagramElement_Label(),
		   source,
		   new String[] {
			   "documentation", "The label as last computed."
		   });
		addAnnotation
		  (getDDiagramElement_StyleId(),
		   source,
		   new String[] {
			   "documentation", "Id of the conditional style in effect (none: the mapping\'s default style)."
		   });
		addAnnotation
		  (getDDiagramElement_Decorations(),
		   source,
		   new String[] {
			   "documentation", "Decorations as last computed (not saved: they follow the findings)."
		   });
		addAnnotation
		  (abstractDNodeEClass,
		   source,
		   new String[] {
			   "documentation", "A node or container with bounds in diagram coordinates (pixels at 100 %)."
		   });
		addAnnotation
		  (getAbstractDNode_X(),
		   source,
		   new String[] {
			   "documentation", "Left, relative to the parent container\'s top-left corner."
		   });
		addAnnotation
		  (getAbstractDNode_Y(),
		   source,
		   new String[] {
			   "documentation", "Top, relative to the parent container\'s top-left corner."
		   });
		addAnnotation
		  (getAbstractDNode_Width(),
		   source,
		   new String[] {
			   "documentation", "Width."
		   });
		addAnnotation
		  (getAbstractDNode_Height(),
		   source,
		   new String[] {
			   "documentation", "Height."
		   });
		addAnnotation
		  (getAbstractDNode_LaidOut(),
		   source,
		   new String[] {
			   "documentation", "Whether the bounds were set by a layout or by hand; new elements are not, and the next layout places them."
		   });
		addAnnotation
		  (dNodeEClass,
		   source,
		   new String[] {
			   "documentation", "A simple node."
		   });
		addAnnotation
		  (dContainerEClass,
		   source,
		   new String[] {
			   "documentation", "A container holding nodes and containers."
		   });
		addAnnotation
		  (getDContainer_Collapsed(),
		   source,
		   new String[] {
			   "documentation", "Whether the container is collapsed to its title."
		   });
		addAnnotation
		  (getDContainer_Children(),
		   source,
		   new String[] {
			   "documentation", "Nested nodes and containers."
		   });
		addAnnotation
		  (dEdgeEClass,
		   source,
		   new String[] {
			   "documentation", "An edge between two nodes."
		   });
		addAnnotation
		  (getDEdge_Source(),
		   source,
		   new String[] {
			   "documentation", "Where the edge starts."
		   });
		addAnnotation
		  (getDEdge_Target(),
		   source,
		   new String[] {
			   "documentation", "Where the edge ends."
		   });
		addAnnotation
		  (getDEdge_Bendpoints(),
		   source,
		   new String[] {
			   "documentation", "The route\'s corner points in absolute diagram coordinates, from source to target (none: a straight line)."
		   });
		addAnnotation
		  (bendpointEClass,
		   source,
		   new String[] {
			   "documentation", "A corner of an edge\'s route."
		   });
		addAnnotation
		  (getBendpoint_X(),
		   source,
		   new String[] {
			   "documentation", "Horizontal position (absolute)."
		   });
		addAnnotation
		  (getBendpoint_Y(),
		   source,
		   new String[] {
			   "documentation", "Vertical position (absolute)."
		   });
		addAnnotation
		  (decorationEClass,
		   source,
		   new String[] {
			   "documentation", "A marker on a diagram element."
		   });
		addAnnotation
		  (getDecoration_DecorationId(),
		   source,
		   new String[] {
			   "documentation", "Id of the decoration description."
		   });
		addAnnotation
		  (getDecoration_Severity(),
		   source,
		   new String[] {
			   "documentation", "Severity of the worst finding (findings decorations)."
		   });
		addAnnotation
		  (getDecoration_Text(),
		   source,
		   new String[] {
			   "documentation", "Text of the marker (for findings: the count and the first message)."
		   });
		addAnnotation
		  (getDecoration_Position(),
		   source,
		   new String[] {
			   "documentation", "Corner (the DecorationPosition literal)."
		   });
		addAnnotation
		  (getDecoration_Color(),
		   source,
		   new String[] {
			   "documentation", "Colour (#RRGGBB)."
		   });
		addAnnotation
		  (decorationSeverityEEnum,
		   source,
		   new String[] {
			   "documentation", "Severity of a decoration."
		   });
		addAnnotation
		  (decorationSeverityEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Not a finding."
		   });
		addAnnotation
		  (decorationSeverityEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Information."
		   });
		addAnnotation
		  (decorationSeverityEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Warning."
		   });
		addAnnotation
		  (decorationSeverityEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "Error."
		   });
	}

} //StatePackageImpl
