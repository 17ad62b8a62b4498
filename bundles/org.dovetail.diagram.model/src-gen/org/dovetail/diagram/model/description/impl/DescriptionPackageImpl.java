/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.description.impl;

import org.dovetail.diagram.model.description.AbstractNodeMapping;
import org.dovetail.diagram.model.description.ArrowKind;
import org.dovetail.diagram.model.description.ChildrenPresentation;
import org.dovetail.diagram.model.description.ConditionalStyle;
import org.dovetail.diagram.model.description.ContainerMapping;
import org.dovetail.diagram.model.description.DecorationDescription;
import org.dovetail.diagram.model.description.DecorationKind;
import org.dovetail.diagram.model.description.DecorationPosition;
import org.dovetail.diagram.model.description.DeleteTool;
import org.dovetail.diagram.model.description.DescriptionElement;
import org.dovetail.diagram.model.description.DescriptionFactory;
import org.dovetail.diagram.model.description.DescriptionPackage;
import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.model.description.DiagramElementMapping;
import org.dovetail.diagram.model.description.EdgeCreationTool;
import org.dovetail.diagram.model.description.EdgeMapping;
import org.dovetail.diagram.model.description.EdgeRouting;
import org.dovetail.diagram.model.description.EdgeStyle;
import org.dovetail.diagram.model.description.ElementEdgeMapping;
import org.dovetail.diagram.model.description.Layer;
import org.dovetail.diagram.model.description.LayoutDirection;
import org.dovetail.diagram.model.description.LineStyle;
import org.dovetail.diagram.model.description.NodeCreationTool;
import org.dovetail.diagram.model.description.NodeMapping;
import org.dovetail.diagram.model.description.NodeShape;
import org.dovetail.diagram.model.description.NodeStyle;
import org.dovetail.diagram.model.description.RelationEdgeMapping;
import org.dovetail.diagram.model.description.ReparentTool;
import org.dovetail.diagram.model.description.Style;
import org.dovetail.diagram.model.description.Tool;
import org.dovetail.diagram.model.description.Viewpoint;

import org.dovetail.diagram.model.state.StatePackage;

import org.dovetail.diagram.model.state.impl.StatePackageImpl;

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
public class DescriptionPackageImpl extends EPackageImpl implements DescriptionPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass descriptionElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass viewpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramDescriptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass layerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramElementMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass abstractNodeMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass containerMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass edgeMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass relationEdgeMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass elementEdgeMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass styleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeStyleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass edgeStyleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conditionalStyleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decorationDescriptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass toolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeCreationToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass edgeCreationToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deleteToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reparentToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum layoutDirectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum childrenPresentationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum nodeShapeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lineStyleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum arrowKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum edgeRoutingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum decorationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum decorationPositionEEnum = null;

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
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DescriptionPackageImpl() {
		super(eNS_URI, DescriptionFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link DescriptionPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DescriptionPackage init() {
		if (isInited) return (DescriptionPackage)EPackage.Registry.INSTANCE.getEPackage(DescriptionPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDescriptionPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DescriptionPackageImpl theDescriptionPackage = registeredDescriptionPackage instanceof DescriptionPackageImpl ? (DescriptionPackageImpl)registeredDescriptionPackage : new DescriptionPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(StatePackage.eNS_URI);
		StatePackageImpl theStatePackage = (StatePackageImpl)(registeredPackage instanceof StatePackageImpl ? registeredPackage : StatePackage.eINSTANCE);

		// Create package meta-data objects
		theDescriptionPackage.createPackageContents();
		theStatePackage.createPackageContents();

		// Initialize created meta-data
		theDescriptionPackage.initializePackageContents();
		theStatePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theDescriptionPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DescriptionPackage.eNS_URI, theDescriptionPackage);
		return theDescriptionPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDescriptionElement() {
		return descriptionElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptionElement_Id() {
		return (EAttribute)descriptionElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptionElement_Label() {
		return (EAttribute)descriptionElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptionElement_Documentation() {
		return (EAttribute)descriptionElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getViewpoint() {
		return viewpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getViewpoint_Diagrams() {
		return (EReference)viewpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagramDescription() {
		return diagramDescriptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramDescription_DomainClass() {
		return (EAttribute)diagramDescriptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramDescription_Direction() {
		return (EAttribute)diagramDescriptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramDescription_DefaultLayer() {
		return (EReference)diagramDescriptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramDescription_AdditionalLayers() {
		return (EReference)diagramDescriptionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramDescription_Tools() {
		return (EReference)diagramDescriptionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLayer() {
		return layerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayer_ActiveByDefault() {
		return (EAttribute)layerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLayer_NodeMappings() {
		return (EReference)layerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLayer_ContainerMappings() {
		return (EReference)layerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLayer_EdgeMappings() {
		return (EReference)layerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLayer_Decorations() {
		return (EReference)layerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagramElementMapping() {
		return diagramElementMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramElementMapping_PreconditionExpression() {
		return (EAttribute)diagramElementMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramElementMapping_LabelExpression() {
		return (EAttribute)diagramElementMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramElementMapping_ConditionalStyles() {
		return (EReference)diagramElementMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAbstractNodeMapping() {
		return abstractNodeMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractNodeMapping_DomainClass() {
		return (EAttribute)abstractNodeMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractNodeMapping_SemanticCandidatesExpression() {
		return (EAttribute)abstractNodeMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAbstractNodeMapping_Style() {
		return (EReference)abstractNodeMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeMapping() {
		return nodeMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContainerMapping() {
		return containerMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerMapping_ChildrenPresentation() {
		return (EAttribute)containerMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerMapping_SubNodeMappings() {
		return (EReference)containerMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerMapping_SubContainerMappings() {
		return (EReference)containerMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEdgeMapping() {
		return edgeMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdgeMapping_SourceMappings() {
		return (EReference)edgeMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdgeMapping_TargetMappings() {
		return (EReference)edgeMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdgeMapping_Style() {
		return (EReference)edgeMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRelationEdgeMapping() {
		return relationEdgeMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationEdgeMapping_TargetFeature() {
		return (EAttribute)relationEdgeMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationEdgeMapping_TargetExpression() {
		return (EAttribute)relationEdgeMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getElementEdgeMapping() {
		return elementEdgeMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElementEdgeMapping_DomainClass() {
		return (EAttribute)elementEdgeMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElementEdgeMapping_SemanticCandidatesExpression() {
		return (EAttribute)elementEdgeMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElementEdgeMapping_SourceExpression() {
		return (EAttribute)elementEdgeMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElementEdgeMapping_TargetExpression() {
		return (EAttribute)elementEdgeMappingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStyle() {
		return styleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_BorderColor() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_LabelColor() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_LineWidth() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_LineStyle() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_FontSize() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_Bold() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeStyle() {
		return nodeStyleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeStyle_Shape() {
		return (EAttribute)nodeStyleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeStyle_FillColor() {
		return (EAttribute)nodeStyleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeStyle_HeaderColor() {
		return (EAttribute)nodeStyleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeStyle_Tag() {
		return (EAttribute)nodeStyleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeStyle_Width() {
		return (EAttribute)nodeStyleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeStyle_Height() {
		return (EAttribute)nodeStyleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEdgeStyle() {
		return edgeStyleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeStyle_SourceArrow() {
		return (EAttribute)edgeStyleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeStyle_TargetArrow() {
		return (EAttribute)edgeStyleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeStyle_Routing() {
		return (EAttribute)edgeStyleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConditionalStyle() {
		return conditionalStyleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConditionalStyle_PredicateExpression() {
		return (EAttribute)conditionalStyleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConditionalStyle_Layer() {
		return (EReference)conditionalStyleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConditionalStyle_Style() {
		return (EReference)conditionalStyleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecorationDescription() {
		return decorationDescriptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecorationDescription_Kind() {
		return (EAttribute)decorationDescriptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecorationDescription_TextExpression() {
		return (EAttribute)decorationDescriptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecorationDescription_Position() {
		return (EAttribute)decorationDescriptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecorationDescription_Color() {
		return (EAttribute)decorationDescriptionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecorationDescription_Mappings() {
		return (EReference)decorationDescriptionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTool() {
		return toolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTool_OperationExpression() {
		return (EAttribute)toolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTool_Icon() {
		return (EAttribute)toolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeCreationTool() {
		return nodeCreationToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeCreationTool_Mapping() {
		return (EReference)nodeCreationToolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeCreationTool_DomainClass() {
		return (EAttribute)nodeCreationToolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeCreationTool_ContainmentFeature() {
		return (EAttribute)nodeCreationToolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeCreationTool_InitialName() {
		return (EAttribute)nodeCreationToolEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEdgeCreationTool() {
		return edgeCreationToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdgeCreationTool_Mapping() {
		return (EReference)edgeCreationToolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeleteTool() {
		return deleteToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeleteTool_Mappings() {
		return (EReference)deleteToolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReparentTool() {
		return reparentToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReparentTool_Mappings() {
		return (EReference)reparentToolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReparentTool_ContainerMappings() {
		return (EReference)reparentToolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReparentTool_ContainmentFeature() {
		return (EAttribute)reparentToolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLayoutDirection() {
		return layoutDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChildrenPresentation() {
		return childrenPresentationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNodeShape() {
		return nodeShapeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLineStyle() {
		return lineStyleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArrowKind() {
		return arrowKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEdgeRouting() {
		return edgeRoutingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDecorationKind() {
		return decorationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDecorationPosition() {
		return decorationPositionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DescriptionFactory getDescriptionFactory() {
		return (DescriptionFactory)getEFactoryInstance();
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
		descriptionElementEClass = createEClass(DESCRIPTION_ELEMENT);
		createEAttribute(descriptionElementEClass, DESCRIPTION_ELEMENT__ID);
		createEAttribute(descriptionElementEClass, DESCRIPTION_ELEMENT__LABEL);
		createEAttribute(descriptionElementEClass, DESCRIPTION_ELEMENT__DOCUMENTATION);

		viewpointEClass = createEClass(VIEWPOINT);
		createEReference(viewpointEClass, VIEWPOINT__DIAGRAMS);

		diagramDescriptionEClass = createEClass(DIAGRAM_DESCRIPTION);
		createEAttribute(diagramDescriptionEClass, DIAGRAM_DESCRIPTION__DOMAIN_CLASS);
		createEAttribute(diagramDescriptionEClass, DIAGRAM_DESCRIPTION__DIRECTION);
		createEReference(diagramDescriptionEClass, DIAGRAM_DESCRIPTION__DEFAULT_LAYER);
		createEReference(diagramDescriptionEClass, DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS);
		createEReference(diagramDescriptionEClass, DIAGRAM_DESCRIPTION__TOOLS);

		layerEClass = createEClass(LAYER);
		createEAttribute(layerEClass, LAYER__ACTIVE_BY_DEFAULT);
		createEReference(layerEClass, LAYER__NODE_MAPPINGS);
		createEReference(layerEClass, LAYER__CONTAINER_MAPPINGS);
		createEReference(layerEClass, LAYER__EDGE_MAPPINGS);
		createEReference(layerEClass, LAYER__DECORATIONS);

		diagramElementMappingEClass = createEClass(DIAGRAM_ELEMENT_MAPPING);
		createEAttribute(diagramElementMappingEClass, DIAGRAM_ELEMENT_MAPPING__PRECONDITION_EXPRESSION);
		createEAttribute(diagramElementMappingEClass, DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION);
		createEReference(diagramElementMappingEClass, DIAGRAM_ELEMENT_MAPPING__CONDITIONAL_STYLES);

		abstractNodeMappingEClass = createEClass(ABSTRACT_NODE_MAPPING);
		createEAttribute(abstractNodeMappingEClass, ABSTRACT_NODE_MAPPING__DOMAIN_CLASS);
		createEAttribute(abstractNodeMappingEClass, ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION);
		createEReference(abstractNodeMappingEClass, ABSTRACT_NODE_MAPPING__STYLE);

		nodeMappingEClass = createEClass(NODE_MAPPING);

		containerMappingEClass = createEClass(CONTAINER_MAPPING);
		createEAttribute(containerMappingEClass, CONTAINER_MAPPING__CHILDREN_PRESENTATION);
		createEReference(containerMappingEClass, CONTAINER_MAPPING__SUB_NODE_MAPPINGS);
		createEReference(containerMappingEClass, CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS);

		edgeMappingEClass = createEClass(EDGE_MAPPING);
		createEReference(edgeMappingEClass, EDGE_MAPPING__SOURCE_MAPPINGS);
		createEReference(edgeMappingEClass, EDGE_MAPPING__TARGET_MAPPINGS);
		createEReference(edgeMappingEClass, EDGE_MAPPING__STYLE);

		relationEdgeMappingEClass = createEClass(RELATION_EDGE_MAPPING);
		createEAttribute(relationEdgeMappingEClass, RELATION_EDGE_MAPPING__TARGET_FEATURE);
		createEAttribute(relationEdgeMappingEClass, RELATION_EDGE_MAPPING__TARGET_EXPRESSION);

		elementEdgeMappingEClass = createEClass(ELEMENT_EDGE_MAPPING);
		createEAttribute(elementEdgeMappingEClass, ELEMENT_EDGE_MAPPING__DOMAIN_CLASS);
		createEAttribute(elementEdgeMappingEClass, ELEMENT_EDGE_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION);
		createEAttribute(elementEdgeMappingEClass, ELEMENT_EDGE_MAPPING__SOURCE_EXPRESSION);
		createEAttribute(elementEdgeMappingEClass, ELEMENT_EDGE_MAPPING__TARGET_EXPRESSION);

		styleEClass = createEClass(STYLE);
		createEAttribute(styleEClass, STYLE__BORDER_COLOR);
		createEAttribute(styleEClass, STYLE__LABEL_COLOR);
		createEAttribute(styleEClass, STYLE__LINE_WIDTH);
		createEAttribute(styleEClass, STYLE__LINE_STYLE);
		createEAttribute(styleEClass, STYLE__FONT_SIZE);
		createEAttribute(styleEClass, STYLE__BOLD);

		nodeStyleEClass = createEClass(NODE_STYLE);
		createEAttribute(nodeStyleEClass, NODE_STYLE__SHAPE);
		createEAttribute(nodeStyleEClass, NODE_STYLE__FILL_COLOR);
		createEAttribute(nodeStyleEClass, NODE_STYLE__HEADER_COLOR);
		createEAttribute(nodeStyleEClass, NODE_STYLE__TAG);
		createEAttribute(nodeStyleEClass, NODE_STYLE__WIDTH);
		createEAttribute(nodeStyleEClass, NODE_STYLE__HEIGHT);

		edgeStyleEClass = createEClass(EDGE_STYLE);
		createEAttribute(edgeStyleEClass, EDGE_STYLE__SOURCE_ARROW);
		createEAttribute(edgeStyleEClass, EDGE_STYLE__TARGET_ARROW);
		createEAttribute(edgeStyleEClass, EDGE_STYLE__ROUTING);

		conditionalStyleEClass = createEClass(CONDITIONAL_STYLE);
		createEAttribute(conditionalStyleEClass, CONDITIONAL_STYLE__PREDICATE_EXPRESSION);
		createEReference(conditionalStyleEClass, CONDITIONAL_STYLE__LAYER);
		createEReference(conditionalStyleEClass, CONDITIONAL_STYLE__STYLE);

		decorationDescriptionEClass = createEClass(DECORATION_DESCRIPTION);
		createEAttribute(decorationDescriptionEClass, DECORATION_DESCRIPTION__KIND);
		createEAttribute(decorationDescriptionEClass, DECORATION_DESCRIPTION__TEXT_EXPRESSION);
		createEAttribute(decorationDescriptionEClass, DECORATION_DESCRIPTION__POSITION);
		createEAttribute(decorationDescriptionEClass, DECORATION_DESCRIPTION__COLOR);
		createEReference(decorationDescriptionEClass, DECORATION_DESCRIPTION__MAPPINGS);

		toolEClass = createEClass(TOOL);
		createEAttribute(toolEClass, TOOL__OPERATION_EXPRESSION);
		createEAttribute(toolEClass, TOOL__ICON);

		nodeCreationToolEClass = createEClass(NODE_CREATION_TOOL);
		createEReference(nodeCreationToolEClass, NODE_CREATION_TOOL__MAPPING);
		createEAttribute(nodeCreationToolEClass, NODE_CREATION_TOOL__DOMAIN_CLASS);
		createEAttribute(nodeCreationToolEClass, NODE_CREATION_TOOL__CONTAINMENT_FEATURE);
		createEAttribute(nodeCreationToolEClass, NODE_CREATION_TOOL__INITIAL_NAME);

		edgeCreationToolEClass = createEClass(EDGE_CREATION_TOOL);
		createEReference(edgeCreationToolEClass, EDGE_CREATION_TOOL__MAPPING);

		deleteToolEClass = createEClass(DELETE_TOOL);
		createEReference(deleteToolEClass, DELETE_TOOL__MAPPINGS);

		reparentToolEClass = createEClass(REPARENT_TOOL);
		createEReference(reparentToolEClass, REPARENT_TOOL__MAPPINGS);
		createEReference(reparentToolEClass, REPARENT_TOOL__CONTAINER_MAPPINGS);
		createEAttribute(reparentToolEClass, REPARENT_TOOL__CONTAINMENT_FEATURE);

		// Create enums
		layoutDirectionEEnum = createEEnum(LAYOUT_DIRECTION);
		childrenPresentationEEnum = createEEnum(CHILDREN_PRESENTATION);
		nodeShapeEEnum = createEEnum(NODE_SHAPE);
		lineStyleEEnum = createEEnum(LINE_STYLE);
		arrowKindEEnum = createEEnum(ARROW_KIND);
		edgeRoutingEEnum = createEEnum(EDGE_ROUTING);
		decorationKindEEnum = createEEnum(DECORATION_KIND);
		decorationPositionEEnum = createEEnum(DECORATION_POSITION);
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
		viewpointEClass.getESuperTypes().add(this.getDescriptionElement());
		diagramDescriptionEClass.getESuperTypes().add(this.getDescriptionElement());
		layerEClass.getESuperTypes().add(this.getDescriptionElement());
		diagramElementMappingEClass.getESuperTypes().add(this.getDescriptionElement());
		abstractNodeMappingEClass.getESuperTypes().add(this.getDiagramElementMapping());
		nodeMappingEClass.getESuperTypes().add(this.getAbstractNodeMapping());
		containerMappingEClass.getESuperTypes().add(this.getAbstractNodeMapping());
		edgeMappingEClass.getESuperTypes().add(this.getDiagramElementMapping());
		relationEdgeMappingEClass.getESuperTypes().add(this.getEdgeMapping());
		elementEdgeMappingEClass.getESuperTypes().add(this.getEdgeMapping());
		nodeStyleEClass.getESuperTypes().add(this.getStyle());
		edgeStyleEClass.getESuperTypes().add(this.getStyle());
		conditionalStyleEClass.getESuperTypes().add(this.getDescriptionElement());
		decorationDescriptionEClass.getESuperTypes().add(this.getDescriptionElement());
		toolEClass.getESuperTypes().add(this.getDescriptionElement());
		nodeCreationToolEClass.getESuperTypes().add(this.getTool());
		edgeCreationToolEClass.getESuperTypes().add(this.getTool());
		deleteToolEClass.getESuperTypes().add(this.getTool());
		reparentToolEClass.getESuperTypes().add(this.getTool());

		// Initialize classes, features, and operations; add parameters
		initEClass(descriptionElementEClass, DescriptionElement.class, "DescriptionElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDescriptionElement_Id(), ecorePackage.getEString(), "id", null, 0, 1, DescriptionElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptionElement_Label(), ecorePackage.getEString(), "label", null, 0, 1, DescriptionElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptionElement_Documentation(), ecorePackage.getEString(), "documentation", null, 0, 1, DescriptionElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(viewpointEClass, Viewpoint.class, "Viewpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getViewpoint_Diagrams(), this.getDiagramDescription(), null, "diagrams", null, 0, -1, Viewpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramDescriptionEClass, DiagramDescription.class, "DiagramDescription", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagramDescription_DomainClass(), ecorePackage.getEString(), "domainClass", null, 0, 1, DiagramDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramDescription_Direction(), this.getLayoutDirection(), "direction", null, 0, 1, DiagramDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramDescription_DefaultLayer(), this.getLayer(), null, "defaultLayer", null, 1, 1, DiagramDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramDescription_AdditionalLayers(), this.getLayer(), null, "additionalLayers", null, 0, -1, DiagramDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramDescription_Tools(), this.getTool(), null, "tools", null, 0, -1, DiagramDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(layerEClass, Layer.class, "Layer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLayer_ActiveByDefault(), ecorePackage.getEBoolean(), "activeByDefault", null, 0, 1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLayer_NodeMappings(), this.getNodeMapping(), null, "nodeMappings", null, 0, -1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLayer_ContainerMappings(), this.getContainerMapping(), null, "containerMappings", null, 0, -1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLayer_EdgeMappings(), this.getEdgeMapping(), null, "edgeMappings", null, 0, -1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLayer_Decorations(), this.getDecorationDescription(), null, "decorations", null, 0, -1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramElementMappingEClass, DiagramElementMapping.class, "DiagramElementMapping", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagramElementMapping_PreconditionExpression(), ecorePackage.getEString(), "preconditionExpression", null, 0, 1, DiagramElementMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramElementMapping_LabelExpression(), ecorePackage.getEString(), "labelExpression", null, 0, 1, DiagramElementMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramElementMapping_ConditionalStyles(), this.getConditionalStyle(), null, "conditionalStyles", null, 0, -1, DiagramElementMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(abstractNodeMappingEClass, AbstractNodeMapping.class, "AbstractNodeMapping", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAbstractNodeMapping_DomainClass(), ecorePackage.getEString(), "domainClass", null, 0, 1, AbstractNodeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractNodeMapping_SemanticCandidatesExpression(), ecorePackage.getEString(), "semanticCandidatesExpression", null, 0, 1, AbstractNodeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAbstractNodeMapping_Style(), this.getNodeStyle(), null, "style", null, 0, 1, AbstractNodeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nodeMappingEClass, NodeMapping.class, "NodeMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(containerMappingEClass, ContainerMapping.class, "ContainerMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContainerMapping_ChildrenPresentation(), this.getChildrenPresentation(), "childrenPresentation", null, 0, 1, ContainerMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContainerMapping_SubNodeMappings(), this.getNodeMapping(), null, "subNodeMappings", null, 0, -1, ContainerMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContainerMapping_SubContainerMappings(), this.getContainerMapping(), null, "subContainerMappings", null, 0, -1, ContainerMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(edgeMappingEClass, EdgeMapping.class, "EdgeMapping", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEdgeMapping_SourceMappings(), this.getAbstractNodeMapping(), null, "sourceMappings", null, 0, -1, EdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEdgeMapping_TargetMappings(), this.getAbstractNodeMapping(), null, "targetMappings", null, 0, -1, EdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEdgeMapping_Style(), this.getEdgeStyle(), null, "style", null, 0, 1, EdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(relationEdgeMappingEClass, RelationEdgeMapping.class, "RelationEdgeMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRelationEdgeMapping_TargetFeature(), ecorePackage.getEString(), "targetFeature", null, 0, 1, RelationEdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationEdgeMapping_TargetExpression(), ecorePackage.getEString(), "targetExpression", null, 0, 1, RelationEdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(elementEdgeMappingEClass, ElementEdgeMapping.class, "ElementEdgeMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getElementEdgeMapping_DomainClass(), ecorePackage.getEString(), "domainClass", null, 0, 1, ElementEdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElementEdgeMapping_SemanticCandidatesExpression(), ecorePackage.getEString(), "semanticCandidatesExpression", null, 0, 1, ElementEdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElementEdgeMapping_SourceExpression(), ecorePackage.getEString(), "sourceExpression", null, 0, 1, ElementEdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElementEdgeMapping_TargetExpression(), ecorePackage.getEString(), "targetExpression", null, 0, 1, ElementEdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(styleEClass, Style.class, "Style", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStyle_BorderColor(), ecorePackage.getEString(), "borderColor", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_LabelColor(), ecorePackage.getEString(), "labelColor", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_LineWidth(), ecorePackage.getEInt(), "lineWidth", "1", 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_LineStyle(), this.getLineStyle(), "lineStyle", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_FontSize(), ecorePackage.getEInt(), "fontSize", "10", 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_Bold(), ecorePackage.getEBoolean(), "bold", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nodeStyleEClass, NodeStyle.class, "NodeStyle", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNodeStyle_Shape(), this.getNodeShape(), "shape", null, 0, 1, NodeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeStyle_FillColor(), ecorePackage.getEString(), "fillColor", null, 0, 1, NodeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeStyle_HeaderColor(), ecorePackage.getEString(), "headerColor", null, 0, 1, NodeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeStyle_Tag(), ecorePackage.getEString(), "tag", null, 0, 1, NodeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeStyle_Width(), ecorePackage.getEInt(), "width", "140", 0, 1, NodeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeStyle_Height(), ecorePackage.getEInt(), "height", "56", 0, 1, NodeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(edgeStyleEClass, EdgeStyle.class, "EdgeStyle", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEdgeStyle_SourceArrow(), this.getArrowKind(), "sourceArrow", null, 0, 1, EdgeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeStyle_TargetArrow(), this.getArrowKind(), "targetArrow", "filled", 0, 1, EdgeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeStyle_Routing(), this.getEdgeRouting(), "routing", null, 0, 1, EdgeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conditionalStyleEClass, ConditionalStyle.class, "ConditionalStyle", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConditionalStyle_PredicateExpression(), ecorePackage.getEString(), "predicateExpression", null, 0, 1, ConditionalStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConditionalStyle_Layer(), this.getLayer(), null, "layer", null, 0, 1, ConditionalStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConditionalStyle_Style(), this.getStyle(), null, "style", null, 1, 1, ConditionalStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decorationDescriptionEClass, DecorationDescription.class, "DecorationDescription", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDecorationDescription_Kind(), this.getDecorationKind(), "kind", null, 0, 1, DecorationDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecorationDescription_TextExpression(), ecorePackage.getEString(), "textExpression", null, 0, 1, DecorationDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecorationDescription_Position(), this.getDecorationPosition(), "position", null, 0, 1, DecorationDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecorationDescription_Color(), ecorePackage.getEString(), "color", null, 0, 1, DecorationDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecorationDescription_Mappings(), this.getDiagramElementMapping(), null, "mappings", null, 0, -1, DecorationDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(toolEClass, Tool.class, "Tool", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTool_OperationExpression(), ecorePackage.getEString(), "operationExpression", null, 0, 1, Tool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTool_Icon(), ecorePackage.getEString(), "icon", null, 0, 1, Tool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nodeCreationToolEClass, NodeCreationTool.class, "NodeCreationTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNodeCreationTool_Mapping(), this.getAbstractNodeMapping(), null, "mapping", null, 1, 1, NodeCreationTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeCreationTool_DomainClass(), ecorePackage.getEString(), "domainClass", null, 0, 1, NodeCreationTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeCreationTool_ContainmentFeature(), ecorePackage.getEString(), "containmentFeature", null, 0, 1, NodeCreationTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeCreationTool_InitialName(), ecorePackage.getEString(), "initialName", null, 0, 1, NodeCreationTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(edgeCreationToolEClass, EdgeCreationTool.class, "EdgeCreationTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEdgeCreationTool_Mapping(), this.getEdgeMapping(), null, "mapping", null, 1, 1, EdgeCreationTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deleteToolEClass, DeleteTool.class, "DeleteTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDeleteTool_Mappings(), this.getDiagramElementMapping(), null, "mappings", null, 0, -1, DeleteTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reparentToolEClass, ReparentTool.class, "ReparentTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReparentTool_Mappings(), this.getAbstractNodeMapping(), null, "mappings", null, 0, -1, ReparentTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReparentTool_ContainerMappings(), this.getContainerMapping(), null, "containerMappings", null, 0, -1, ReparentTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReparentTool_ContainmentFeature(), ecorePackage.getEString(), "containmentFeature", null, 0, 1, ReparentTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(layoutDirectionEEnum, LayoutDirection.class, "LayoutDirection");
		addEEnumLiteral(layoutDirectionEEnum, LayoutDirection.RIGHT);
		addEEnumLiteral(layoutDirectionEEnum, LayoutDirection.DOWN);

		initEEnum(childrenPresentationEEnum, ChildrenPresentation.class, "ChildrenPresentation");
		addEEnumLiteral(childrenPresentationEEnum, ChildrenPresentation.FREE_FORM);
		addEEnumLiteral(childrenPresentationEEnum, ChildrenPresentation.LANE);
		addEEnumLiteral(childrenPresentationEEnum, ChildrenPresentation.LIST);

		initEEnum(nodeShapeEEnum, NodeShape.class, "NodeShape");
		addEEnumLiteral(nodeShapeEEnum, NodeShape.RECTANGLE);
		addEEnumLiteral(nodeShapeEEnum, NodeShape.ROUNDED_RECTANGLE);
		addEEnumLiteral(nodeShapeEEnum, NodeShape.DIAMOND);
		addEEnumLiteral(nodeShapeEEnum, NodeShape.ELLIPSE);
		addEEnumLiteral(nodeShapeEEnum, NodeShape.HEXAGON);
		addEEnumLiteral(nodeShapeEEnum, NodeShape.DOCUMENT);
		addEEnumLiteral(nodeShapeEEnum, NodeShape.CYLINDER);
		addEEnumLiteral(nodeShapeEEnum, NodeShape.OCTAGON);

		initEEnum(lineStyleEEnum, LineStyle.class, "LineStyle");
		addEEnumLiteral(lineStyleEEnum, LineStyle.SOLID);
		addEEnumLiteral(lineStyleEEnum, LineStyle.DASHED);
		addEEnumLiteral(lineStyleEEnum, LineStyle.DOTTED);

		initEEnum(arrowKindEEnum, ArrowKind.class, "ArrowKind");
		addEEnumLiteral(arrowKindEEnum, ArrowKind.NONE);
		addEEnumLiteral(arrowKindEEnum, ArrowKind.OPEN);
		addEEnumLiteral(arrowKindEEnum, ArrowKind.FILLED);
		addEEnumLiteral(arrowKindEEnum, ArrowKind.DIAMOND);

		initEEnum(edgeRoutingEEnum, EdgeRouting.class, "EdgeRouting");
		addEEnumLiteral(edgeRoutingEEnum, EdgeRouting.ORTHOGONAL);
		addEEnumLiteral(edgeRoutingEEnum, EdgeRouting.STRAIGHT);

		initEEnum(decorationKindEEnum, DecorationKind.class, "DecorationKind");
		addEEnumLiteral(decorationKindEEnum, DecorationKind.FINDINGS);
		addEEnumLiteral(decorationKindEEnum, DecorationKind.EXPRESSION);

		initEEnum(decorationPositionEEnum, DecorationPosition.class, "DecorationPosition");
		addEEnumLiteral(decorationPositionEEnum, DecorationPosition.NORTH_EAST);
		addEEnumLiteral(decorationPositionEEnum, DecorationPosition.NORTH_WEST);
		addEEnumLiteral(decorationPositionEEnum, DecorationPosition.SOUTH_EAST);
		addEEnumLiteral(decorationPositionEEnum, DecorationPosition.SOUTH_WEST);

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
			   "documentation", "Diagram descriptions (Sirius-style): viewpoints, diagrams, node, container and edge mappings with filters, conditional styles, layers, decorations and palette tools. Expressions are ids of Java functions."
		   });
		addAnnotation
		  (descriptionElementEClass,
		   source,
		   new String[] {
			   "documentation", "Anything in a diagram description that has an id other parts refer to, a label people read and documentation."
		   });
		addAnnotation
		  (getDescriptionElement_Id(),
		   source,
		   new String[] {
			   "documentation", "Stable identifier, unique within its viewpoint; the diagram state refers to mappings and layers by it."
		   });
		addAnnotation
		  (getDescriptionElement_Label(),
		   source,
		   new String[] {
			   "documentation", "Human-readable name (palette entries, layer switches, diagram menus)."
		   });
		addAnnotation
		  (getDescriptionElement_Documentation(),
		   source,
		   new String[] {
			   "documentation", "What the element is for."
		   });
		addAnnotation
		  (viewpointEClass,
		   source,
		   new String[] {
			   "documentation", "A set of related diagram descriptions contributed together (for example by a vendor)."
		   });
		addAnnotation
		  (getViewpoint_Diagrams(),
		   source,
		   new String[] {
			   "documentation", "The diagrams of this viewpoint."
		   });
		addAnnotation
		  (diagramDescriptionEClass,
		   source,
		   new String[] {
			   "documentation", "How a kind of diagram is drawn from the semantic model: which elements become nodes, containers and edges (the default layer), which optional layers can be switched on, and the palette."
		   });
		addAnnotation
		  (getDiagramDescription_DomainClass(),
		   source,
		   new String[] {
			   "documentation", "The class of the semantic element a diagram of this kind is opened on (qualified as package.Class, for example process.Process or DovetailModel)."
		   });
		addAnnotation
		  (getDiagramDescription_Direction(),
		   source,
		   new String[] {
			   "documentation", "The main direction of the automatic layout."
		   });
		addAnnotation
		  (getDiagramDescription_DefaultLayer(),
		   source,
		   new String[] {
			   "documentation", "The layer that is always shown."
		   });
		addAnnotation
		  (getDiagramDescription_AdditionalLayers(),
		   source,
		   new String[] {
			   "documentation", "Layers that can be switched on and off."
		   });
		addAnnotation
		  (getDiagramDescription_Tools(),
		   source,
		   new String[] {
			   "documentation", "The palette: creation and deletion tools."
		   });
		addAnnotation
		  (layerEClass,
		   source,
		   new String[] {
			   "documentation", "A group of mappings and decorations that is shown or hidden together (risk overlay, ownership, work as done)."
		   });
		addAnnotation
		  (getLayer_ActiveByDefault(),
		   source,
		   new String[] {
			   "documentation", "Whether a new diagram shows the layer."
		   });
		addAnnotation
		  (getLayer_NodeMappings(),
		   source,
		   new String[] {
			   "documentation", "Top-level node mappings of the layer."
		   });
		addAnnotation
		  (getLayer_ContainerMappings(),
		   source,
		   new String[] {
			   "documentation", "Top-level container mappings of the layer."
		   });
		addAnnotation
		  (getLayer_EdgeMappings(),
		   source,
		   new String[] {
			   "documentation", "Edge mappings of the layer."
		   });
		addAnnotation
		  (getLayer_Decorations(),
		   source,
		   new String[] {
			   "documentation", "Decorations the layer adds to elements of any layer."
		   });
		addAnnotation
		  (diagramElementMappingEClass,
		   source,
		   new String[] {
			   "documentation", "Maps semantic elements to diagram elements. Expressions are ids of Java functions registered with the expression registry."
		   });
		addAnnotation
		  (getDiagramElementMapping_PreconditionExpression(),
		   source,
		   new String[] {
			   "documentation", "Filter: a predicate id; an element is shown only if it holds (no expression: always)."
		   });
		addAnnotation
		  (getDiagramElementMapping_LabelExpression(),
		   source,
		   new String[] {
			   "documentation", "Function id computing the label (no expression: the element\'s name)."
		   });
		addAnnotation
		  (getDiagramElementMapping_ConditionalStyles(),
		   source,
		   new String[] {
			   "documentation", "Styles that replace the default style when their predicate holds; the first that holds wins."
		   });
		addAnnotation
		  (abstractNodeMappingEClass,
		   source,
		   new String[] {
			   "documentation", "Maps semantic elements of one class to nodes or containers."
		   });
		addAnnotation
		  (getAbstractNodeMapping_DomainClass(),
		   source,
		   new String[] {
			   "documentation", "The semantic class (package.Class, for example process.Approval); subclasses match too."
		   });
		addAnnotation
		  (getAbstractNodeMapping_SemanticCandidatesExpression(),
		   source,
		   new String[] {
			   "documentation", "Function id yielding the candidate elements from the parent\'s semantic element (no expression: its direct contents)."
		   });
		addAnnotation
		  (getAbstractNodeMapping_Style(),
		   source,
		   new String[] {
			   "documentation", "The default style."
		   });
		addAnnotation
		  (nodeMappingEClass,
		   source,
		   new String[] {
			   "documentation", "Maps semantic elements to simple nodes."
		   });
		addAnnotation
		  (containerMappingEClass,
		   source,
		   new String[] {
			   "documentation", "Maps semantic elements to containers that hold nodes and containers of their own."
		   });
		addAnnotation
		  (getContainerMapping_ChildrenPresentation(),
		   source,
		   new String[] {
			   "documentation", "How the children are arranged."
		   });
		addAnnotation
		  (getContainerMapping_SubNodeMappings(),
		   source,
		   new String[] {
			   "documentation", "Node mappings for the children."
		   });
		addAnnotation
		  (getContainerMapping_SubContainerMappings(),
		   source,
		   new String[] {
			   "documentation", "Container mappings for the children."
		   });
		addAnnotation
		  (edgeMappingEClass,
		   source,
		   new String[] {
			   "documentation", "Maps semantic relations to edges between nodes of the given mappings."
		   });
		addAnnotation
		  (getEdgeMapping_SourceMappings(),
		   source,
		   new String[] {
			   "documentation", "The mappings an edge may start at."
		   });
		addAnnotation
		  (getEdgeMapping_TargetMappings(),
		   source,
		   new String[] {
			   "documentation", "The mappings an edge may end at."
		   });
		addAnnotation
		  (getEdgeMapping_Style(),
		   source,
		   new String[] {
			   "documentation", "The default style."
		   });
		addAnnotation
		  (relationEdgeMappingEClass,
		   source,
		   new String[] {
			   "documentation", "An edge for each target of a reference (or of a target function) of a source node\'s semantic element."
		   });
		addAnnotation
		  (getRelationEdgeMapping_TargetFeature(),
		   source,
		   new String[] {
			   "documentation", "Name of the reference on the source element whose values are the targets."
		   });
		addAnnotation
		  (getRelationEdgeMapping_TargetExpression(),
		   source,
		   new String[] {
			   "documentation", "Function id yielding the targets of a source element (used when no targetFeature is given)."
		   });
		addAnnotation
		  (elementEdgeMappingEClass,
		   source,
		   new String[] {
			   "documentation", "An edge for each semantic element of a class (a flow, a transition, a mapping) between the elements its source and target functions yield."
		   });
		addAnnotation
		  (getElementEdgeMapping_DomainClass(),
		   source,
		   new String[] {
			   "documentation", "The semantic class of the edge elements (package.Class)."
		   });
		addAnnotation
		  (getElementEdgeMapping_SemanticCandidatesExpression(),
		   source,
		   new String[] {
			   "documentation", "Function id yielding the edge elements from the diagram\'s root element (no expression: every element of the class below the root)."
		   });
		addAnnotation
		  (getElementEdgeMapping_SourceExpression(),
		   source,
		   new String[] {
			   "documentation", "Function id yielding the source element(s) of an edge element."
		   });
		addAnnotation
		  (getElementEdgeMapping_TargetExpression(),
		   source,
		   new String[] {
			   "documentation", "Function id yielding the target element(s) of an edge element; one edge per source and target pair."
		   });
		addAnnotation
		  (styleEClass,
		   source,
		   new String[] {
			   "documentation", "How a diagram element looks. Colours are #RRGGBB."
		   });
		addAnnotation
		  (getStyle_BorderColor(),
		   source,
		   new String[] {
			   "documentation", "Border or line colour."
		   });
		addAnnotation
		  (getStyle_LabelColor(),
		   source,
		   new String[] {
			   "documentation", "Label colour."
		   });
		addAnnotation
		  (getStyle_LineWidth(),
		   source,
		   new String[] {
			   "documentation", "Border or line width in pixels."
		   });
		addAnnotation
		  (getStyle_LineStyle(),
		   source,
		   new String[] {
			   "documentation", "Solid, dashed or dotted border or line."
		   });
		addAnnotation
		  (getStyle_FontSize(),
		   source,
		   new String[] {
			   "documentation", "Label font size in points."
		   });
		addAnnotation
		  (getStyle_Bold(),
		   source,
		   new String[] {
			   "documentation", "Bold label."
		   });
		addAnnotation
		  (nodeStyleEClass,
		   source,
		   new String[] {
			   "documentation", "The look of a node or container."
		   });
		addAnnotation
		  (getNodeStyle_Shape(),
		   source,
		   new String[] {
			   "documentation", "The outline."
		   });
		addAnnotation
		  (getNodeStyle_FillColor(),
		   source,
		   new String[] {
			   "documentation", "Background colour."
		   });
		addAnnotation
		  (getNodeStyle_HeaderColor(),
		   source,
		   new String[] {
			   "documentation", "Colour of a container\'s title band (no colour: the fill colour)."
		   });
		addAnnotation
		  (getNodeStyle_Tag(),
		   source,
		   new String[] {
			   "documentation", "A short kind caption drawn above the label (APPROVAL, SPREADSHEET)."
		   });
		addAnnotation
		  (getNodeStyle_Width(),
		   source,
		   new String[] {
			   "documentation", "Default width in pixels."
		   });
		addAnnotation
		  (getNodeStyle_Height(),
		   source,
		   new String[] {
			   "documentation", "Default height in pixels."
		   });
		addAnnotation
		  (edgeStyleEClass,
		   source,
		   new String[] {
			   "documentation", "The look of an edge."
		   });
		addAnnotation
		  (getEdgeStyle_SourceArrow(),
		   source,
		   new String[] {
			   "documentation", "The decoration at the source end."
		   });
		addAnnotation
		  (getEdgeStyle_TargetArrow(),
		   source,
		   new String[] {
			   "documentation", "The decoration at the target end."
		   });
		addAnnotation
		  (getEdgeStyle_Routing(),
		   source,
		   new String[] {
			   "documentation", "How the edge is routed."
		   });
		addAnnotation
		  (conditionalStyleEClass,
		   source,
		   new String[] {
			   "documentation", "A style used instead of the mapping\'s default while a predicate holds (and, if a layer is named, while that layer is active)."
		   });
		addAnnotation
		  (getConditionalStyle_PredicateExpression(),
		   source,
		   new String[] {
			   "documentation", "Predicate id."
		   });
		addAnnotation
		  (getConditionalStyle_Layer(),
		   source,
		   new String[] {
			   "documentation", "The layer that must be active for the style to apply (none: always)."
		   });
		addAnnotation
		  (getConditionalStyle_Style(),
		   source,
		   new String[] {
			   "documentation", "The style to use."
		   });
		addAnnotation
		  (decorationDescriptionEClass,
		   source,
		   new String[] {
			   "documentation", "A small marker drawn on diagram elements: the rule engine\'s findings or a text a function computes."
		   });
		addAnnotation
		  (getDecorationDescription_Kind(),
		   source,
		   new String[] {
			   "documentation", "Where the decoration comes from."
		   });
		addAnnotation
		  (getDecorationDescription_TextExpression(),
		   source,
		   new String[] {
			   "documentation", "For expression decorations: function id computing the text (null or empty: no decoration)."
		   });
		addAnnotation
		  (getDecorationDescription_Position(),
		   source,
		   new String[] {
			   "documentation", "Corner of the element the decoration sits on."
		   });
		addAnnotation
		  (getDecorationDescription_Color(),
		   source,
		   new String[] {
			   "documentation", "Colour of an expression decoration (findings use their severity\'s colour)."
		   });
		addAnnotation
		  (getDecorationDescription_Mappings(),
		   source,
		   new String[] {
			   "documentation", "The mappings whose elements are decorated (none: every element)."
		   });
		addAnnotation
		  (toolEClass,
		   source,
		   new String[] {
			   "documentation", "A palette entry. The optional operation is the id of a Java tool operation registered with the expression registry."
		   });
		addAnnotation
		  (getTool_OperationExpression(),
		   source,
		   new String[] {
			   "documentation", "Operation id that performs the change instead of the default behaviour."
		   });
		addAnnotation
		  (getTool_Icon(),
		   source,
		   new String[] {
			   "documentation", "The palette image, as a URL (platform:/plugin/<bundle>/<path> in the workbench); none: the palette shows the label alone."
		   });
		addAnnotation
		  (nodeCreationToolEClass,
		   source,
		   new String[] {
			   "documentation", "Creates a semantic element (and so a node of the mapping) in the clicked container."
		   });
		addAnnotation
		  (getNodeCreationTool_Mapping(),
		   source,
		   new String[] {
			   "documentation", "The mapping of the node the new element appears as."
		   });
		addAnnotation
		  (getNodeCreationTool_DomainClass(),
		   source,
		   new String[] {
			   "documentation", "The class to instantiate (package.Class)."
		   });
		addAnnotation
		  (getNodeCreationTool_ContainmentFeature(),
		   source,
		   new String[] {
			   "documentation", "The containment reference of the container\'s (or diagram root\'s) semantic element that receives the new element."
		   });
		addAnnotation
		  (getNodeCreationTool_InitialName(),
		   source,
		   new String[] {
			   "documentation", "The name the new element gets."
		   });
		addAnnotation
		  (edgeCreationToolEClass,
		   source,
		   new String[] {
			   "documentation", "Connects two nodes: sets a reference (relation edges) or creates an edge element (element edges, through the operation)."
		   });
		addAnnotation
		  (getEdgeCreationTool_Mapping(),
		   source,
		   new String[] {
			   "documentation", "The mapping of the edge that appears."
		   });
		addAnnotation
		  (deleteToolEClass,
		   source,
		   new String[] {
			   "documentation", "Deletes the semantic elements of the selected diagram elements."
		   });
		addAnnotation
		  (getDeleteTool_Mappings(),
		   source,
		   new String[] {
			   "documentation", "The mappings whose elements the tool deletes (none: all)."
		   });
		addAnnotation
		  (reparentToolEClass,
		   source,
		   new String[] {
			   "documentation", "Moves a node into another container by drag and drop (a step into another lane, a state into another system): which nodes may move, where to, and how the semantic model changes. The operation gets the new container\'s element as request.container and the moved element as request.source; without one, the element moves into the containment feature named here. A drop the tool does not allow is refused."
		   });
		addAnnotation
		  (getReparentTool_Mappings(),
		   source,
		   new String[] {
			   "documentation", "The mappings of the nodes that may be moved."
		   });
		addAnnotation
		  (getReparentTool_ContainerMappings(),
		   source,
		   new String[] {
			   "documentation", "The mappings of the containers they may be dropped into."
		   });
		addAnnotation
		  (getReparentTool_ContainmentFeature(),
		   source,
		   new String[] {
			   "documentation", "Without an operation: the containment reference of the new container\'s element that receives the moved element."
		   });
		addAnnotation
		  (layoutDirectionEEnum,
		   source,
		   new String[] {
			   "documentation", "Main direction of the layered layout."
		   });
		addAnnotation
		  (layoutDirectionEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Left to right."
		   });
		addAnnotation
		  (layoutDirectionEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Top to bottom."
		   });
		addAnnotation
		  (childrenPresentationEEnum,
		   source,
		   new String[] {
			   "documentation", "Arrangement of a container\'s children."
		   });
		addAnnotation
		  (childrenPresentationEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Laid out freely inside the container."
		   });
		addAnnotation
		  (childrenPresentationEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "The containers are swimlanes: full-width horizontal bands stacked top to bottom, whose children keep the flow\'s left-to-right order."
		   });
		addAnnotation
		  (childrenPresentationEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Children stacked in a single column."
		   });
		addAnnotation
		  (nodeShapeEEnum,
		   source,
		   new String[] {
			   "documentation", "Node outlines."
		   });
		addAnnotation
		  (nodeShapeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "A rectangle."
		   });
		addAnnotation
		  (nodeShapeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "A rectangle with rounded corners."
		   });
		addAnnotation
		  (nodeShapeEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "A diamond (decisions)."
		   });
		addAnnotation
		  (nodeShapeEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "An ellipse."
		   });
		addAnnotation
		  (nodeShapeEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "A hexagon."
		   });
		addAnnotation
		  (nodeShapeEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "documentation", "A page with a wavy bottom edge (documents, spreadsheets)."
		   });
		addAnnotation
		  (nodeShapeEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "documentation", "A cylinder (systems, data)."
		   });
		addAnnotation
		  (nodeShapeEEnum.getELiterals().get(7),
		   source,
		   new String[] {
			   "documentation", "An octagon (checks, controls)."
		   });
		addAnnotation
		  (lineStyleEEnum,
		   source,
		   new String[] {
			   "documentation", "Line patterns."
		   });
		addAnnotation
		  (lineStyleEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Solid."
		   });
		addAnnotation
		  (lineStyleEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Dashed."
		   });
		addAnnotation
		  (lineStyleEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Dotted."
		   });
		addAnnotation
		  (arrowKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Edge end decorations."
		   });
		addAnnotation
		  (arrowKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "None."
		   });
		addAnnotation
		  (arrowKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "An open arrow head."
		   });
		addAnnotation
		  (arrowKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "A filled arrow head."
		   });
		addAnnotation
		  (arrowKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "A filled diamond."
		   });
		addAnnotation
		  (edgeRoutingEEnum,
		   source,
		   new String[] {
			   "documentation", "Edge routing."
		   });
		addAnnotation
		  (edgeRoutingEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Horizontal and vertical segments."
		   });
		addAnnotation
		  (edgeRoutingEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Straight line."
		   });
		addAnnotation
		  (decorationKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Sources of decorations."
		   });
		addAnnotation
		  (decorationKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "The open findings of the rule engine on the element, coloured by their highest severity."
		   });
		addAnnotation
		  (decorationKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "A text computed by a function."
		   });
		addAnnotation
		  (decorationPositionEEnum,
		   source,
		   new String[] {
			   "documentation", "Corners."
		   });
		addAnnotation
		  (decorationPositionEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Top right."
		   });
		addAnnotation
		  (decorationPositionEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Top left."
		   });
		addAnnotation
		  (decorationPositionEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Bottom right."
		   });
		addAnnotation
		  (decorationPositionEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "Bottom left."
		   });
	}

} //DescriptionPackageImpl
