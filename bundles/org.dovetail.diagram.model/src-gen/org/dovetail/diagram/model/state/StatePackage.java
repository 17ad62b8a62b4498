/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.state;

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
 * The state of drawn diagrams, saved apart from the semantic model: nodes, containers and edges with bounds, bendpoints, collapse state and active layers, referring to semantic elements by id.
 * <!-- end-model-doc -->
 * @see org.dovetail.diagram.model.state.StateFactory
 * @model kind="package"
 * @generated
 */
public interface StatePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "state";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.dovetail.org/diagram/1.0/state";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "state";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StatePackage eINSTANCE = org.dovetail.diagram.model.state.impl.StatePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.state.impl.DiagramSetImpl <em>Diagram Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.state.impl.DiagramSetImpl
	 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getDiagramSet()
	 * @generated
	 */
	int DIAGRAM_SET = 0;

	/**
	 * The feature id for the '<em><b>Model File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SET__MODEL_FILE = 0;

	/**
	 * The feature id for the '<em><b>Diagrams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SET__DIAGRAMS = 1;

	/**
	 * The number of structural features of the '<em>Diagram Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SET_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Diagram Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.state.impl.DiagramImpl <em>Diagram</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.state.impl.DiagramImpl
	 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getDiagram()
	 * @generated
	 */
	int DIAGRAM = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__DESCRIPTION_ID = 2;

	/**
	 * The feature id for the '<em><b>Root Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ROOT_ID = 3;

	/**
	 * The feature id for the '<em><b>Active Layers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ACTIVE_LAYERS = 4;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__NODES = 5;

	/**
	 * The feature id for the '<em><b>Edges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__EDGES = 6;

	/**
	 * The number of structural features of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.state.impl.DDiagramElementImpl <em>DDiagram Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.state.impl.DDiagramElementImpl
	 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getDDiagramElement()
	 * @generated
	 */
	int DDIAGRAM_ELEMENT = 2;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DDIAGRAM_ELEMENT__UID = 0;

	/**
	 * The feature id for the '<em><b>Mapping Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DDIAGRAM_ELEMENT__MAPPING_ID = 1;

	/**
	 * The feature id for the '<em><b>Semantic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DDIAGRAM_ELEMENT__SEMANTIC_ID = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DDIAGRAM_ELEMENT__LABEL = 3;

	/**
	 * The feature id for the '<em><b>Style Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DDIAGRAM_ELEMENT__STYLE_ID = 4;

	/**
	 * The feature id for the '<em><b>Decorations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DDIAGRAM_ELEMENT__DECORATIONS = 5;

	/**
	 * The number of structural features of the '<em>DDiagram Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DDIAGRAM_ELEMENT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>DDiagram Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DDIAGRAM_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.state.impl.AbstractDNodeImpl <em>Abstract DNode</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.state.impl.AbstractDNodeImpl
	 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getAbstractDNode()
	 * @generated
	 */
	int ABSTRACT_DNODE = 3;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_DNODE__UID = DDIAGRAM_ELEMENT__UID;

	/**
	 * The feature id for the '<em><b>Mapping Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_DNODE__MAPPING_ID = DDIAGRAM_ELEMENT__MAPPING_ID;

	/**
	 * The feature id for the '<em><b>Semantic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_DNODE__SEMANTIC_ID = DDIAGRAM_ELEMENT__SEMANTIC_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_DNODE__LABEL = DDIAGRAM_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Style Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_DNODE__STYLE_ID = DDIAGRAM_ELEMENT__STYLE_ID;

	/**
	 * The feature id for the '<em><b>Decorations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_DNODE__DECORATIONS = DDIAGRAM_ELEMENT__DECORATIONS;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_DNODE__X = DDIAGRAM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_DNODE__Y = DDIAGRAM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_DNODE__WIDTH = DDIAGRAM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_DNODE__HEIGHT = DDIAGRAM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Laid Out</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_DNODE__LAID_OUT = DDIAGRAM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Abstract DNode</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_DNODE_FEATURE_COUNT = DDIAGRAM_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Abstract DNode</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_DNODE_OPERATION_COUNT = DDIAGRAM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.state.impl.DNodeImpl <em>DNode</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.state.impl.DNodeImpl
	 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getDNode()
	 * @generated
	 */
	int DNODE = 4;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__UID = ABSTRACT_DNODE__UID;

	/**
	 * The feature id for the '<em><b>Mapping Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__MAPPING_ID = ABSTRACT_DNODE__MAPPING_ID;

	/**
	 * The feature id for the '<em><b>Semantic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__SEMANTIC_ID = ABSTRACT_DNODE__SEMANTIC_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__LABEL = ABSTRACT_DNODE__LABEL;

	/**
	 * The feature id for the '<em><b>Style Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__STYLE_ID = ABSTRACT_DNODE__STYLE_ID;

	/**
	 * The feature id for the '<em><b>Decorations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__DECORATIONS = ABSTRACT_DNODE__DECORATIONS;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__X = ABSTRACT_DNODE__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__Y = ABSTRACT_DNODE__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__WIDTH = ABSTRACT_DNODE__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__HEIGHT = ABSTRACT_DNODE__HEIGHT;

	/**
	 * The feature id for the '<em><b>Laid Out</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__LAID_OUT = ABSTRACT_DNODE__LAID_OUT;

	/**
	 * The number of structural features of the '<em>DNode</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE_FEATURE_COUNT = ABSTRACT_DNODE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>DNode</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE_OPERATION_COUNT = ABSTRACT_DNODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.state.impl.DContainerImpl <em>DContainer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.state.impl.DContainerImpl
	 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getDContainer()
	 * @generated
	 */
	int DCONTAINER = 5;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__UID = ABSTRACT_DNODE__UID;

	/**
	 * The feature id for the '<em><b>Mapping Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__MAPPING_ID = ABSTRACT_DNODE__MAPPING_ID;

	/**
	 * The feature id for the '<em><b>Semantic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__SEMANTIC_ID = ABSTRACT_DNODE__SEMANTIC_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__LABEL = ABSTRACT_DNODE__LABEL;

	/**
	 * The feature id for the '<em><b>Style Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__STYLE_ID = ABSTRACT_DNODE__STYLE_ID;

	/**
	 * The feature id for the '<em><b>Decorations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__DECORATIONS = ABSTRACT_DNODE__DECORATIONS;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__X = ABSTRACT_DNODE__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__Y = ABSTRACT_DNODE__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__WIDTH = ABSTRACT_DNODE__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__HEIGHT = ABSTRACT_DNODE__HEIGHT;

	/**
	 * The feature id for the '<em><b>Laid Out</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__LAID_OUT = ABSTRACT_DNODE__LAID_OUT;

	/**
	 * The feature id for the '<em><b>Collapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__COLLAPSED = ABSTRACT_DNODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__CHILDREN = ABSTRACT_DNODE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>DContainer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER_FEATURE_COUNT = ABSTRACT_DNODE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>DContainer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER_OPERATION_COUNT = ABSTRACT_DNODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.state.impl.DEdgeImpl <em>DEdge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.state.impl.DEdgeImpl
	 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getDEdge()
	 * @generated
	 */
	int DEDGE = 6;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__UID = DDIAGRAM_ELEMENT__UID;

	/**
	 * The feature id for the '<em><b>Mapping Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__MAPPING_ID = DDIAGRAM_ELEMENT__MAPPING_ID;

	/**
	 * The feature id for the '<em><b>Semantic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__SEMANTIC_ID = DDIAGRAM_ELEMENT__SEMANTIC_ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__LABEL = DDIAGRAM_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Style Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__STYLE_ID = DDIAGRAM_ELEMENT__STYLE_ID;

	/**
	 * The feature id for the '<em><b>Decorations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__DECORATIONS = DDIAGRAM_ELEMENT__DECORATIONS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__SOURCE = DDIAGRAM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__TARGET = DDIAGRAM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bendpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__BENDPOINTS = DDIAGRAM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>DEdge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE_FEATURE_COUNT = DDIAGRAM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>DEdge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE_OPERATION_COUNT = DDIAGRAM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.state.impl.BendpointImpl <em>Bendpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.state.impl.BendpointImpl
	 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getBendpoint()
	 * @generated
	 */
	int BENDPOINT = 7;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENDPOINT__X = 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENDPOINT__Y = 1;

	/**
	 * The number of structural features of the '<em>Bendpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENDPOINT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Bendpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENDPOINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.state.impl.DecorationImpl <em>Decoration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.state.impl.DecorationImpl
	 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getDecoration()
	 * @generated
	 */
	int DECORATION = 8;

	/**
	 * The feature id for the '<em><b>Decoration Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION__DECORATION_ID = 0;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION__SEVERITY = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION__POSITION = 3;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION__COLOR = 4;

	/**
	 * The number of structural features of the '<em>Decoration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Decoration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.state.DecorationSeverity <em>Decoration Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.state.DecorationSeverity
	 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getDecorationSeverity()
	 * @generated
	 */
	int DECORATION_SEVERITY = 9;


	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.state.DiagramSet <em>Diagram Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Set</em>'.
	 * @see org.dovetail.diagram.model.state.DiagramSet
	 * @generated
	 */
	EClass getDiagramSet();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.DiagramSet#getModelFile <em>Model File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model File</em>'.
	 * @see org.dovetail.diagram.model.state.DiagramSet#getModelFile()
	 * @see #getDiagramSet()
	 * @generated
	 */
	EAttribute getDiagramSet_ModelFile();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.diagram.model.state.DiagramSet#getDiagrams <em>Diagrams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagrams</em>'.
	 * @see org.dovetail.diagram.model.state.DiagramSet#getDiagrams()
	 * @see #getDiagramSet()
	 * @generated
	 */
	EReference getDiagramSet_Diagrams();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.state.Diagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram</em>'.
	 * @see org.dovetail.diagram.model.state.Diagram
	 * @generated
	 */
	EClass getDiagram();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.Diagram#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.dovetail.diagram.model.state.Diagram#getId()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.Diagram#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.dovetail.diagram.model.state.Diagram#getName()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.Diagram#getDescriptionId <em>Description Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description Id</em>'.
	 * @see org.dovetail.diagram.model.state.Diagram#getDescriptionId()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_DescriptionId();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.Diagram#getRootId <em>Root Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root Id</em>'.
	 * @see org.dovetail.diagram.model.state.Diagram#getRootId()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_RootId();

	/**
	 * Returns the meta object for the attribute list '{@link org.dovetail.diagram.model.state.Diagram#getActiveLayers <em>Active Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Active Layers</em>'.
	 * @see org.dovetail.diagram.model.state.Diagram#getActiveLayers()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_ActiveLayers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.diagram.model.state.Diagram#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.dovetail.diagram.model.state.Diagram#getNodes()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.diagram.model.state.Diagram#getEdges <em>Edges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edges</em>'.
	 * @see org.dovetail.diagram.model.state.Diagram#getEdges()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Edges();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.state.DDiagramElement <em>DDiagram Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>DDiagram Element</em>'.
	 * @see org.dovetail.diagram.model.state.DDiagramElement
	 * @generated
	 */
	EClass getDDiagramElement();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.DDiagramElement#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see org.dovetail.diagram.model.state.DDiagramElement#getUid()
	 * @see #getDDiagramElement()
	 * @generated
	 */
	EAttribute getDDiagramElement_Uid();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.DDiagramElement#getMappingId <em>Mapping Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mapping Id</em>'.
	 * @see org.dovetail.diagram.model.state.DDiagramElement#getMappingId()
	 * @see #getDDiagramElement()
	 * @generated
	 */
	EAttribute getDDiagramElement_MappingId();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.DDiagramElement#getSemanticId <em>Semantic Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Semantic Id</em>'.
	 * @see org.dovetail.diagram.model.state.DDiagramElement#getSemanticId()
	 * @see #getDDiagramElement()
	 * @generated
	 */
	EAttribute getDDiagramElement_SemanticId();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.DDiagramElement#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.dovetail.diagram.model.state.DDiagramElement#getLabel()
	 * @see #getDDiagramElement()
	 * @generated
	 */
	EAttribute getDDiagramElement_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.DDiagramElement#getStyleId <em>Style Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Style Id</em>'.
	 * @see org.dovetail.diagram.model.state.DDiagramElement#getStyleId()
	 * @see #getDDiagramElement()
	 * @generated
	 */
	EAttribute getDDiagramElement_StyleId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.diagram.model.state.DDiagramElement#getDecorations <em>Decorations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decorations</em>'.
	 * @see org.dovetail.diagram.model.state.DDiagramElement#getDecorations()
	 * @see #getDDiagramElement()
	 * @generated
	 */
	EReference getDDiagramElement_Decorations();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.state.AbstractDNode <em>Abstract DNode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Abstract DNode</em>'.
	 * @see org.dovetail.diagram.model.state.AbstractDNode
	 * @generated
	 */
	EClass getAbstractDNode();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.AbstractDNode#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.dovetail.diagram.model.state.AbstractDNode#getX()
	 * @see #getAbstractDNode()
	 * @generated
	 */
	EAttribute getAbstractDNode_X();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.AbstractDNode#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.dovetail.diagram.model.state.AbstractDNode#getY()
	 * @see #getAbstractDNode()
	 * @generated
	 */
	EAttribute getAbstractDNode_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.AbstractDNode#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.dovetail.diagram.model.state.AbstractDNode#getWidth()
	 * @see #getAbstractDNode()
	 * @generated
	 */
	EAttribute getAbstractDNode_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.AbstractDNode#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.dovetail.diagram.model.state.AbstractDNode#getHeight()
	 * @see #getAbstractDNode()
	 * @generated
	 */
	EAttribute getAbstractDNode_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.AbstractDNode#isLaidOut <em>Laid Out</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Laid Out</em>'.
	 * @see org.dovetail.diagram.model.state.AbstractDNode#isLaidOut()
	 * @see #getAbstractDNode()
	 * @generated
	 */
	EAttribute getAbstractDNode_LaidOut();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.state.DNode <em>DNode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>DNode</em>'.
	 * @see org.dovetail.diagram.model.state.DNode
	 * @generated
	 */
	EClass getDNode();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.state.DContainer <em>DContainer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>DContainer</em>'.
	 * @see org.dovetail.diagram.model.state.DContainer
	 * @generated
	 */
	EClass getDContainer();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.DContainer#isCollapsed <em>Collapsed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collapsed</em>'.
	 * @see org.dovetail.diagram.model.state.DContainer#isCollapsed()
	 * @see #getDContainer()
	 * @generated
	 */
	EAttribute getDContainer_Collapsed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.diagram.model.state.DContainer#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.dovetail.diagram.model.state.DContainer#getChildren()
	 * @see #getDContainer()
	 * @generated
	 */
	EReference getDContainer_Children();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.state.DEdge <em>DEdge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>DEdge</em>'.
	 * @see org.dovetail.diagram.model.state.DEdge
	 * @generated
	 */
	EClass getDEdge();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.diagram.model.state.DEdge#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.dovetail.diagram.model.state.DEdge#getSource()
	 * @see #getDEdge()
	 * @generated
	 */
	EReference getDEdge_Source();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.diagram.model.state.DEdge#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.dovetail.diagram.model.state.DEdge#getTarget()
	 * @see #getDEdge()
	 * @generated
	 */
	EReference getDEdge_Target();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.diagram.model.state.DEdge#getBendpoints <em>Bendpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bendpoints</em>'.
	 * @see org.dovetail.diagram.model.state.DEdge#getBendpoints()
	 * @see #getDEdge()
	 * @generated
	 */
	EReference getDEdge_Bendpoints();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.state.Bendpoint <em>Bendpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bendpoint</em>'.
	 * @see org.dovetail.diagram.model.state.Bendpoint
	 * @generated
	 */
	EClass getBendpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.Bendpoint#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.dovetail.diagram.model.state.Bendpoint#getX()
	 * @see #getBendpoint()
	 * @generated
	 */
	EAttribute getBendpoint_X();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.Bendpoint#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.dovetail.diagram.model.state.Bendpoint#getY()
	 * @see #getBendpoint()
	 * @generated
	 */
	EAttribute getBendpoint_Y();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.state.Decoration <em>Decoration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decoration</em>'.
	 * @see org.dovetail.diagram.model.state.Decoration
	 * @generated
	 */
	EClass getDecoration();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.Decoration#getDecorationId <em>Decoration Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decoration Id</em>'.
	 * @see org.dovetail.diagram.model.state.Decoration#getDecorationId()
	 * @see #getDecoration()
	 * @generated
	 */
	EAttribute getDecoration_DecorationId();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.Decoration#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.dovetail.diagram.model.state.Decoration#getSeverity()
	 * @see #getDecoration()
	 * @generated
	 */
	EAttribute getDecoration_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.Decoration#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.dovetail.diagram.model.state.Decoration#getText()
	 * @see #getDecoration()
	 * @generated
	 */
	EAttribute getDecoration_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.Decoration#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.dovetail.diagram.model.state.Decoration#getPosition()
	 * @see #getDecoration()
	 * @generated
	 */
	EAttribute getDecoration_Position();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.state.Decoration#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.dovetail.diagram.model.state.Decoration#getColor()
	 * @see #getDecoration()
	 * @generated
	 */
	EAttribute getDecoration_Color();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.diagram.model.state.DecorationSeverity <em>Decoration Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decoration Severity</em>'.
	 * @see org.dovetail.diagram.model.state.DecorationSeverity
	 * @generated
	 */
	EEnum getDecorationSeverity();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	StateFactory getStateFactory();

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
		 * The meta object literal for the '{@link org.dovetail.diagram.model.state.impl.DiagramSetImpl <em>Diagram Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.state.impl.DiagramSetImpl
		 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getDiagramSet()
		 * @generated
		 */
		EClass DIAGRAM_SET = eINSTANCE.getDiagramSet();

		/**
		 * The meta object literal for the '<em><b>Model File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_SET__MODEL_FILE = eINSTANCE.getDiagramSet_ModelFile();

		/**
		 * The meta object literal for the '<em><b>Diagrams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_SET__DIAGRAMS = eINSTANCE.getDiagramSet_Diagrams();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.state.impl.DiagramImpl <em>Diagram</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.state.impl.DiagramImpl
		 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getDiagram()
		 * @generated
		 */
		EClass DIAGRAM = eINSTANCE.getDiagram();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__ID = eINSTANCE.getDiagram_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__NAME = eINSTANCE.getDiagram_Name();

		/**
		 * The meta object literal for the '<em><b>Description Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__DESCRIPTION_ID = eINSTANCE.getDiagram_DescriptionId();

		/**
		 * The meta object literal for the '<em><b>Root Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__ROOT_ID = eINSTANCE.getDiagram_RootId();

		/**
		 * The meta object literal for the '<em><b>Active Layers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__ACTIVE_LAYERS = eINSTANCE.getDiagram_ActiveLayers();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__NODES = eINSTANCE.getDiagram_Nodes();

		/**
		 * The meta object literal for the '<em><b>Edges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__EDGES = eINSTANCE.getDiagram_Edges();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.state.impl.DDiagramElementImpl <em>DDiagram Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.state.impl.DDiagramElementImpl
		 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getDDiagramElement()
		 * @generated
		 */
		EClass DDIAGRAM_ELEMENT = eINSTANCE.getDDiagramElement();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DDIAGRAM_ELEMENT__UID = eINSTANCE.getDDiagramElement_Uid();

		/**
		 * The meta object literal for the '<em><b>Mapping Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DDIAGRAM_ELEMENT__MAPPING_ID = eINSTANCE.getDDiagramElement_MappingId();

		/**
		 * The meta object literal for the '<em><b>Semantic Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DDIAGRAM_ELEMENT__SEMANTIC_ID = eINSTANCE.getDDiagramElement_SemanticId();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DDIAGRAM_ELEMENT__LABEL = eINSTANCE.getDDiagramElement_Label();

		/**
		 * The meta object literal for the '<em><b>Style Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DDIAGRAM_ELEMENT__STYLE_ID = eINSTANCE.getDDiagramElement_StyleId();

		/**
		 * The meta object literal for the '<em><b>Decorations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DDIAGRAM_ELEMENT__DECORATIONS = eINSTANCE.getDDiagramElement_Decorations();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.state.impl.AbstractDNodeImpl <em>Abstract DNode</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.state.impl.AbstractDNodeImpl
		 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getAbstractDNode()
		 * @generated
		 */
		EClass ABSTRACT_DNODE = eINSTANCE.getAbstractDNode();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_DNODE__X = eINSTANCE.getAbstractDNode_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_DNODE__Y = eINSTANCE.getAbstractDNode_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_DNODE__WIDTH = eINSTANCE.getAbstractDNode_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_DNODE__HEIGHT = eINSTANCE.getAbstractDNode_Height();

		/**
		 * The meta object literal for the '<em><b>Laid Out</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_DNODE__LAID_OUT = eINSTANCE.getAbstractDNode_LaidOut();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.state.impl.DNodeImpl <em>DNode</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.state.impl.DNodeImpl
		 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getDNode()
		 * @generated
		 */
		EClass DNODE = eINSTANCE.getDNode();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.state.impl.DContainerImpl <em>DContainer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.state.impl.DContainerImpl
		 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getDContainer()
		 * @generated
		 */
		EClass DCONTAINER = eINSTANCE.getDContainer();

		/**
		 * The meta object literal for the '<em><b>Collapsed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DCONTAINER__COLLAPSED = eINSTANCE.getDContainer_Collapsed();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DCONTAINER__CHILDREN = eINSTANCE.getDContainer_Children();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.state.impl.DEdgeImpl <em>DEdge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.state.impl.DEdgeImpl
		 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getDEdge()
		 * @generated
		 */
		EClass DEDGE = eINSTANCE.getDEdge();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEDGE__SOURCE = eINSTANCE.getDEdge_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEDGE__TARGET = eINSTANCE.getDEdge_Target();

		/**
		 * The meta object literal for the '<em><b>Bendpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEDGE__BENDPOINTS = eINSTANCE.getDEdge_Bendpoints();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.state.impl.BendpointImpl <em>Bendpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.state.impl.BendpointImpl
		 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getBendpoint()
		 * @generated
		 */
		EClass BENDPOINT = eINSTANCE.getBendpoint();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENDPOINT__X = eINSTANCE.getBendpoint_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENDPOINT__Y = eINSTANCE.getBendpoint_Y();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.state.impl.DecorationImpl <em>Decoration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.state.impl.DecorationImpl
		 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getDecoration()
		 * @generated
		 */
		EClass DECORATION = eINSTANCE.getDecoration();

		/**
		 * The meta object literal for the '<em><b>Decoration Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECORATION__DECORATION_ID = eINSTANCE.getDecoration_DecorationId();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECORATION__SEVERITY = eINSTANCE.getDecoration_Severity();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECORATION__TEXT = eINSTANCE.getDecoration_Text();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECORATION__POSITION = eINSTANCE.getDecoration_Position();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECORATION__COLOR = eINSTANCE.getDecoration_Color();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.state.DecorationSeverity <em>Decoration Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.state.DecorationSeverity
		 * @see org.dovetail.diagram.model.state.impl.StatePackageImpl#getDecorationSeverity()
		 * @generated
		 */
		EEnum DECORATION_SEVERITY = eINSTANCE.getDecorationSeverity();

	}

} //StatePackage
