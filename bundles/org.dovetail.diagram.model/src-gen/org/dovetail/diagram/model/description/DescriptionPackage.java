/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.description;

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
 * Diagram descriptions (Sirius-style): viewpoints, diagrams, node, container and edge mappings with filters, conditional styles, layers, decorations and palette tools. Expressions are ids of Java functions.
 * <!-- end-model-doc -->
 * @see org.dovetail.diagram.model.description.DescriptionFactory
 * @model kind="package"
 * @generated
 */
public interface DescriptionPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "description";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.dovetail.org/diagram/1.0/description";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "description";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DescriptionPackage eINSTANCE = org.dovetail.diagram.model.description.impl.DescriptionPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.DescriptionElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.DescriptionElementImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getDescriptionElement()
	 * @generated
	 */
	int DESCRIPTION_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTION_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTION_ELEMENT__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTION_ELEMENT__DOCUMENTATION = 2;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTION_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTION_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.ViewpointImpl <em>Viewpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.ViewpointImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getViewpoint()
	 * @generated
	 */
	int VIEWPOINT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__ID = DESCRIPTION_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__LABEL = DESCRIPTION_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__DOCUMENTATION = DESCRIPTION_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Diagrams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__DIAGRAMS = DESCRIPTION_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Viewpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT_FEATURE_COUNT = DESCRIPTION_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Viewpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT_OPERATION_COUNT = DESCRIPTION_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.DiagramDescriptionImpl <em>Diagram Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.DiagramDescriptionImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getDiagramDescription()
	 * @generated
	 */
	int DIAGRAM_DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__ID = DESCRIPTION_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LABEL = DESCRIPTION_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DOCUMENTATION = DESCRIPTION_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DOMAIN_CLASS = DESCRIPTION_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DIRECTION = DESCRIPTION_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Default Layer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DEFAULT_LAYER = DESCRIPTION_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Additional Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS = DESCRIPTION_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__TOOLS = DESCRIPTION_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Diagram Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_FEATURE_COUNT = DESCRIPTION_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Diagram Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_OPERATION_COUNT = DESCRIPTION_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.LayerImpl <em>Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.LayerImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getLayer()
	 * @generated
	 */
	int LAYER = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ID = DESCRIPTION_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__LABEL = DESCRIPTION_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__DOCUMENTATION = DESCRIPTION_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ACTIVE_BY_DEFAULT = DESCRIPTION_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__NODE_MAPPINGS = DESCRIPTION_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Container Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__CONTAINER_MAPPINGS = DESCRIPTION_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__EDGE_MAPPINGS = DESCRIPTION_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Decorations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__DECORATIONS = DESCRIPTION_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = DESCRIPTION_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = DESCRIPTION_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.DiagramElementMappingImpl <em>Diagram Element Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.DiagramElementMappingImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getDiagramElementMapping()
	 * @generated
	 */
	int DIAGRAM_ELEMENT_MAPPING = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__ID = DESCRIPTION_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__LABEL = DESCRIPTION_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__DOCUMENTATION = DESCRIPTION_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Precondition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__PRECONDITION_EXPRESSION = DESCRIPTION_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION = DESCRIPTION_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__CONDITIONAL_STYLES = DESCRIPTION_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Diagram Element Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT = DESCRIPTION_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Diagram Element Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT = DESCRIPTION_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.AbstractNodeMappingImpl <em>Abstract Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.AbstractNodeMappingImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getAbstractNodeMapping()
	 * @generated
	 */
	int ABSTRACT_NODE_MAPPING = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__ID = DIAGRAM_ELEMENT_MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__LABEL = DIAGRAM_ELEMENT_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__DOCUMENTATION = DIAGRAM_ELEMENT_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Precondition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__PRECONDITION_EXPRESSION = DIAGRAM_ELEMENT_MAPPING__PRECONDITION_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION = DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES = DIAGRAM_ELEMENT_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__DOMAIN_CLASS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Semantic Candidates Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__STYLE = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Abstract Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING_FEATURE_COUNT = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Abstract Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING_OPERATION_COUNT = DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.NodeMappingImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getNodeMapping()
	 * @generated
	 */
	int NODE_MAPPING = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__ID = ABSTRACT_NODE_MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL = ABSTRACT_NODE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DOCUMENTATION = ABSTRACT_NODE_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Precondition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__PRECONDITION_EXPRESSION = ABSTRACT_NODE_MAPPING__PRECONDITION_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL_EXPRESSION = ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__CONDITIONAL_STYLES = ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DOMAIN_CLASS = ABSTRACT_NODE_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION = ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__STYLE = ABSTRACT_NODE_MAPPING__STYLE;

	/**
	 * The number of structural features of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_FEATURE_COUNT = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_OPERATION_COUNT = ABSTRACT_NODE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.ContainerMappingImpl <em>Container Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.ContainerMappingImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getContainerMapping()
	 * @generated
	 */
	int CONTAINER_MAPPING = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__ID = ABSTRACT_NODE_MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__LABEL = ABSTRACT_NODE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__DOCUMENTATION = ABSTRACT_NODE_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Precondition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__PRECONDITION_EXPRESSION = ABSTRACT_NODE_MAPPING__PRECONDITION_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__LABEL_EXPRESSION = ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__CONDITIONAL_STYLES = ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__DOMAIN_CLASS = ABSTRACT_NODE_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION = ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__STYLE = ABSTRACT_NODE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Children Presentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__CHILDREN_PRESENTATION = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sub Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SUB_NODE_MAPPINGS = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sub Container Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Container Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING_FEATURE_COUNT = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Container Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING_OPERATION_COUNT = ABSTRACT_NODE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.EdgeMappingImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getEdgeMapping()
	 * @generated
	 */
	int EDGE_MAPPING = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__ID = DIAGRAM_ELEMENT_MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL = DIAGRAM_ELEMENT_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__DOCUMENTATION = DIAGRAM_ELEMENT_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Precondition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__PRECONDITION_EXPRESSION = DIAGRAM_ELEMENT_MAPPING__PRECONDITION_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL_EXPRESSION = DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__CONDITIONAL_STYLES = DIAGRAM_ELEMENT_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Source Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SOURCE_MAPPINGS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_MAPPINGS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__STYLE = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_FEATURE_COUNT = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_OPERATION_COUNT = DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.RelationEdgeMappingImpl <em>Relation Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.RelationEdgeMappingImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getRelationEdgeMapping()
	 * @generated
	 */
	int RELATION_EDGE_MAPPING = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__ID = EDGE_MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__LABEL = EDGE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__DOCUMENTATION = EDGE_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Precondition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__PRECONDITION_EXPRESSION = EDGE_MAPPING__PRECONDITION_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__LABEL_EXPRESSION = EDGE_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__CONDITIONAL_STYLES = EDGE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Source Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__SOURCE_MAPPINGS = EDGE_MAPPING__SOURCE_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Target Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__TARGET_MAPPINGS = EDGE_MAPPING__TARGET_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__STYLE = EDGE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Target Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__TARGET_FEATURE = EDGE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__TARGET_EXPRESSION = EDGE_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Relation Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING_FEATURE_COUNT = EDGE_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Relation Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING_OPERATION_COUNT = EDGE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.ElementEdgeMappingImpl <em>Element Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.ElementEdgeMappingImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getElementEdgeMapping()
	 * @generated
	 */
	int ELEMENT_EDGE_MAPPING = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__ID = EDGE_MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__LABEL = EDGE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__DOCUMENTATION = EDGE_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Precondition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__PRECONDITION_EXPRESSION = EDGE_MAPPING__PRECONDITION_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__LABEL_EXPRESSION = EDGE_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__CONDITIONAL_STYLES = EDGE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Source Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__SOURCE_MAPPINGS = EDGE_MAPPING__SOURCE_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Target Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__TARGET_MAPPINGS = EDGE_MAPPING__TARGET_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__STYLE = EDGE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__DOMAIN_CLASS = EDGE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Semantic Candidates Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION = EDGE_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__SOURCE_EXPRESSION = EDGE_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__TARGET_EXPRESSION = EDGE_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Element Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING_FEATURE_COUNT = EDGE_MAPPING_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Element Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING_OPERATION_COUNT = EDGE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.StyleImpl <em>Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.StyleImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getStyle()
	 * @generated
	 */
	int STYLE = 11;

	/**
	 * The feature id for the '<em><b>Border Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__BORDER_COLOR = 0;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__LABEL_COLOR = 1;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__LINE_WIDTH = 2;

	/**
	 * The feature id for the '<em><b>Line Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__LINE_STYLE = 3;

	/**
	 * The feature id for the '<em><b>Font Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__FONT_SIZE = 4;

	/**
	 * The feature id for the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__BOLD = 5;

	/**
	 * The number of structural features of the '<em>Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.NodeStyleImpl <em>Node Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.NodeStyleImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getNodeStyle()
	 * @generated
	 */
	int NODE_STYLE = 12;

	/**
	 * The feature id for the '<em><b>Border Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BORDER_COLOR = STYLE__BORDER_COLOR;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LABEL_COLOR = STYLE__LABEL_COLOR;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LINE_WIDTH = STYLE__LINE_WIDTH;

	/**
	 * The feature id for the '<em><b>Line Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LINE_STYLE = STYLE__LINE_STYLE;

	/**
	 * The feature id for the '<em><b>Font Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__FONT_SIZE = STYLE__FONT_SIZE;

	/**
	 * The feature id for the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BOLD = STYLE__BOLD;

	/**
	 * The feature id for the '<em><b>Shape</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__SHAPE = STYLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fill Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__FILL_COLOR = STYLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Header Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__HEADER_COLOR = STYLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__TAG = STYLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__WIDTH = STYLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__HEIGHT = STYLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_FEATURE_COUNT = STYLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_OPERATION_COUNT = STYLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.EdgeStyleImpl <em>Edge Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.EdgeStyleImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getEdgeStyle()
	 * @generated
	 */
	int EDGE_STYLE = 13;

	/**
	 * The feature id for the '<em><b>Border Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__BORDER_COLOR = STYLE__BORDER_COLOR;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LABEL_COLOR = STYLE__LABEL_COLOR;

	/**
	 * The feature id for the '<em><b>Line Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LINE_WIDTH = STYLE__LINE_WIDTH;

	/**
	 * The feature id for the '<em><b>Line Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LINE_STYLE = STYLE__LINE_STYLE;

	/**
	 * The feature id for the '<em><b>Font Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__FONT_SIZE = STYLE__FONT_SIZE;

	/**
	 * The feature id for the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__BOLD = STYLE__BOLD;

	/**
	 * The feature id for the '<em><b>Source Arrow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__SOURCE_ARROW = STYLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Arrow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__TARGET_ARROW = STYLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Routing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__ROUTING = STYLE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_FEATURE_COUNT = STYLE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_OPERATION_COUNT = STYLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.ConditionalStyleImpl <em>Conditional Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.ConditionalStyleImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getConditionalStyle()
	 * @generated
	 */
	int CONDITIONAL_STYLE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE__ID = DESCRIPTION_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE__LABEL = DESCRIPTION_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE__DOCUMENTATION = DESCRIPTION_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Predicate Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE__PREDICATE_EXPRESSION = DESCRIPTION_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE__LAYER = DESCRIPTION_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE__STYLE = DESCRIPTION_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Conditional Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE_FEATURE_COUNT = DESCRIPTION_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Conditional Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE_OPERATION_COUNT = DESCRIPTION_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.DecorationDescriptionImpl <em>Decoration Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.DecorationDescriptionImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getDecorationDescription()
	 * @generated
	 */
	int DECORATION_DESCRIPTION = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION_DESCRIPTION__ID = DESCRIPTION_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION_DESCRIPTION__LABEL = DESCRIPTION_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION_DESCRIPTION__DOCUMENTATION = DESCRIPTION_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION_DESCRIPTION__KIND = DESCRIPTION_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION_DESCRIPTION__TEXT_EXPRESSION = DESCRIPTION_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION_DESCRIPTION__POSITION = DESCRIPTION_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION_DESCRIPTION__COLOR = DESCRIPTION_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION_DESCRIPTION__MAPPINGS = DESCRIPTION_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Decoration Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION_DESCRIPTION_FEATURE_COUNT = DESCRIPTION_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Decoration Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECORATION_DESCRIPTION_OPERATION_COUNT = DESCRIPTION_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.ToolImpl <em>Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.ToolImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getTool()
	 * @generated
	 */
	int TOOL = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__ID = DESCRIPTION_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__LABEL = DESCRIPTION_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__DOCUMENTATION = DESCRIPTION_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Operation Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__OPERATION_EXPRESSION = DESCRIPTION_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__ICON = DESCRIPTION_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_FEATURE_COUNT = DESCRIPTION_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_OPERATION_COUNT = DESCRIPTION_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.NodeCreationToolImpl <em>Node Creation Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.NodeCreationToolImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getNodeCreationTool()
	 * @generated
	 */
	int NODE_CREATION_TOOL = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__DOCUMENTATION = TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Operation Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__OPERATION_EXPRESSION = TOOL__OPERATION_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__DOMAIN_CLASS = TOOL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Containment Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__CONTAINMENT_FEATURE = TOOL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Initial Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__INITIAL_NAME = TOOL_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Node Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Node Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.EdgeCreationToolImpl <em>Edge Creation Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.EdgeCreationToolImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getEdgeCreationTool()
	 * @generated
	 */
	int EDGE_CREATION_TOOL = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__DOCUMENTATION = TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Operation Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__OPERATION_EXPRESSION = TOOL__OPERATION_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Edge Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Edge Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.DeleteToolImpl <em>Delete Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.DeleteToolImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getDeleteTool()
	 * @generated
	 */
	int DELETE_TOOL = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__DOCUMENTATION = TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Operation Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__OPERATION_EXPRESSION = TOOL__OPERATION_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Delete Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Delete Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.impl.ReparentToolImpl <em>Reparent Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.impl.ReparentToolImpl
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getReparentTool()
	 * @generated
	 */
	int REPARENT_TOOL = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARENT_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARENT_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARENT_TOOL__DOCUMENTATION = TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Operation Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARENT_TOOL__OPERATION_EXPRESSION = TOOL__OPERATION_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARENT_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARENT_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Container Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARENT_TOOL__CONTAINER_MAPPINGS = TOOL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Containment Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARENT_TOOL__CONTAINMENT_FEATURE = TOOL_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Reparent Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARENT_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Reparent Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARENT_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.LayoutDirection <em>Layout Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.LayoutDirection
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getLayoutDirection()
	 * @generated
	 */
	int LAYOUT_DIRECTION = 21;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.ChildrenPresentation <em>Children Presentation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.ChildrenPresentation
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getChildrenPresentation()
	 * @generated
	 */
	int CHILDREN_PRESENTATION = 22;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.NodeShape <em>Node Shape</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.NodeShape
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getNodeShape()
	 * @generated
	 */
	int NODE_SHAPE = 23;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.LineStyle <em>Line Style</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.LineStyle
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getLineStyle()
	 * @generated
	 */
	int LINE_STYLE = 24;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.ArrowKind <em>Arrow Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.ArrowKind
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getArrowKind()
	 * @generated
	 */
	int ARROW_KIND = 25;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.EdgeRouting <em>Edge Routing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.EdgeRouting
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getEdgeRouting()
	 * @generated
	 */
	int EDGE_ROUTING = 26;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.DecorationKind <em>Decoration Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.DecorationKind
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getDecorationKind()
	 * @generated
	 */
	int DECORATION_KIND = 27;

	/**
	 * The meta object id for the '{@link org.dovetail.diagram.model.description.DecorationPosition <em>Decoration Position</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.dovetail.diagram.model.description.DecorationPosition
	 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getDecorationPosition()
	 * @generated
	 */
	int DECORATION_POSITION = 28;


	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.DescriptionElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.dovetail.diagram.model.description.DescriptionElement
	 * @generated
	 */
	EClass getDescriptionElement();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.DescriptionElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.dovetail.diagram.model.description.DescriptionElement#getId()
	 * @see #getDescriptionElement()
	 * @generated
	 */
	EAttribute getDescriptionElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.DescriptionElement#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.dovetail.diagram.model.description.DescriptionElement#getLabel()
	 * @see #getDescriptionElement()
	 * @generated
	 */
	EAttribute getDescriptionElement_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.DescriptionElement#getDocumentation <em>Documentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Documentation</em>'.
	 * @see org.dovetail.diagram.model.description.DescriptionElement#getDocumentation()
	 * @see #getDescriptionElement()
	 * @generated
	 */
	EAttribute getDescriptionElement_Documentation();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.Viewpoint <em>Viewpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Viewpoint</em>'.
	 * @see org.dovetail.diagram.model.description.Viewpoint
	 * @generated
	 */
	EClass getViewpoint();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.diagram.model.description.Viewpoint#getDiagrams <em>Diagrams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagrams</em>'.
	 * @see org.dovetail.diagram.model.description.Viewpoint#getDiagrams()
	 * @see #getViewpoint()
	 * @generated
	 */
	EReference getViewpoint_Diagrams();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.DiagramDescription <em>Diagram Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Description</em>'.
	 * @see org.dovetail.diagram.model.description.DiagramDescription
	 * @generated
	 */
	EClass getDiagramDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.DiagramDescription#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.dovetail.diagram.model.description.DiagramDescription#getDomainClass()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.DiagramDescription#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.dovetail.diagram.model.description.DiagramDescription#getDirection()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Direction();

	/**
	 * Returns the meta object for the containment reference '{@link org.dovetail.diagram.model.description.DiagramDescription#getDefaultLayer <em>Default Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Default Layer</em>'.
	 * @see org.dovetail.diagram.model.description.DiagramDescription#getDefaultLayer()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_DefaultLayer();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.diagram.model.description.DiagramDescription#getAdditionalLayers <em>Additional Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Additional Layers</em>'.
	 * @see org.dovetail.diagram.model.description.DiagramDescription#getAdditionalLayers()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_AdditionalLayers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.diagram.model.description.DiagramDescription#getTools <em>Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tools</em>'.
	 * @see org.dovetail.diagram.model.description.DiagramDescription#getTools()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_Tools();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer</em>'.
	 * @see org.dovetail.diagram.model.description.Layer
	 * @generated
	 */
	EClass getLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.Layer#isActiveByDefault <em>Active By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active By Default</em>'.
	 * @see org.dovetail.diagram.model.description.Layer#isActiveByDefault()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_ActiveByDefault();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.diagram.model.description.Layer#getNodeMappings <em>Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Node Mappings</em>'.
	 * @see org.dovetail.diagram.model.description.Layer#getNodeMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_NodeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.diagram.model.description.Layer#getContainerMappings <em>Container Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Container Mappings</em>'.
	 * @see org.dovetail.diagram.model.description.Layer#getContainerMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_ContainerMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.diagram.model.description.Layer#getEdgeMappings <em>Edge Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edge Mappings</em>'.
	 * @see org.dovetail.diagram.model.description.Layer#getEdgeMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_EdgeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.diagram.model.description.Layer#getDecorations <em>Decorations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decorations</em>'.
	 * @see org.dovetail.diagram.model.description.Layer#getDecorations()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_Decorations();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.DiagramElementMapping <em>Diagram Element Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Element Mapping</em>'.
	 * @see org.dovetail.diagram.model.description.DiagramElementMapping
	 * @generated
	 */
	EClass getDiagramElementMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.DiagramElementMapping#getPreconditionExpression <em>Precondition Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition Expression</em>'.
	 * @see org.dovetail.diagram.model.description.DiagramElementMapping#getPreconditionExpression()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_PreconditionExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.DiagramElementMapping#getLabelExpression <em>Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Expression</em>'.
	 * @see org.dovetail.diagram.model.description.DiagramElementMapping#getLabelExpression()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_LabelExpression();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.diagram.model.description.DiagramElementMapping#getConditionalStyles <em>Conditional Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Styles</em>'.
	 * @see org.dovetail.diagram.model.description.DiagramElementMapping#getConditionalStyles()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EReference getDiagramElementMapping_ConditionalStyles();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.AbstractNodeMapping <em>Abstract Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Abstract Node Mapping</em>'.
	 * @see org.dovetail.diagram.model.description.AbstractNodeMapping
	 * @generated
	 */
	EClass getAbstractNodeMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.AbstractNodeMapping#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.dovetail.diagram.model.description.AbstractNodeMapping#getDomainClass()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EAttribute getAbstractNodeMapping_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.AbstractNodeMapping#getSemanticCandidatesExpression <em>Semantic Candidates Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Semantic Candidates Expression</em>'.
	 * @see org.dovetail.diagram.model.description.AbstractNodeMapping#getSemanticCandidatesExpression()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EAttribute getAbstractNodeMapping_SemanticCandidatesExpression();

	/**
	 * Returns the meta object for the containment reference '{@link org.dovetail.diagram.model.description.AbstractNodeMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.dovetail.diagram.model.description.AbstractNodeMapping#getStyle()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EReference getAbstractNodeMapping_Style();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.NodeMapping <em>Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Mapping</em>'.
	 * @see org.dovetail.diagram.model.description.NodeMapping
	 * @generated
	 */
	EClass getNodeMapping();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.ContainerMapping <em>Container Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Container Mapping</em>'.
	 * @see org.dovetail.diagram.model.description.ContainerMapping
	 * @generated
	 */
	EClass getContainerMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.ContainerMapping#getChildrenPresentation <em>Children Presentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Children Presentation</em>'.
	 * @see org.dovetail.diagram.model.description.ContainerMapping#getChildrenPresentation()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EAttribute getContainerMapping_ChildrenPresentation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.diagram.model.description.ContainerMapping#getSubNodeMappings <em>Sub Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Node Mappings</em>'.
	 * @see org.dovetail.diagram.model.description.ContainerMapping#getSubNodeMappings()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EReference getContainerMapping_SubNodeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.dovetail.diagram.model.description.ContainerMapping#getSubContainerMappings <em>Sub Container Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Container Mappings</em>'.
	 * @see org.dovetail.diagram.model.description.ContainerMapping#getSubContainerMappings()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EReference getContainerMapping_SubContainerMappings();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.EdgeMapping <em>Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Mapping</em>'.
	 * @see org.dovetail.diagram.model.description.EdgeMapping
	 * @generated
	 */
	EClass getEdgeMapping();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.diagram.model.description.EdgeMapping#getSourceMappings <em>Source Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Source Mappings</em>'.
	 * @see org.dovetail.diagram.model.description.EdgeMapping#getSourceMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_SourceMappings();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.diagram.model.description.EdgeMapping#getTargetMappings <em>Target Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Mappings</em>'.
	 * @see org.dovetail.diagram.model.description.EdgeMapping#getTargetMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_TargetMappings();

	/**
	 * Returns the meta object for the containment reference '{@link org.dovetail.diagram.model.description.EdgeMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.dovetail.diagram.model.description.EdgeMapping#getStyle()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_Style();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.RelationEdgeMapping <em>Relation Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relation Edge Mapping</em>'.
	 * @see org.dovetail.diagram.model.description.RelationEdgeMapping
	 * @generated
	 */
	EClass getRelationEdgeMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.RelationEdgeMapping#getTargetFeature <em>Target Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Feature</em>'.
	 * @see org.dovetail.diagram.model.description.RelationEdgeMapping#getTargetFeature()
	 * @see #getRelationEdgeMapping()
	 * @generated
	 */
	EAttribute getRelationEdgeMapping_TargetFeature();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.RelationEdgeMapping#getTargetExpression <em>Target Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Expression</em>'.
	 * @see org.dovetail.diagram.model.description.RelationEdgeMapping#getTargetExpression()
	 * @see #getRelationEdgeMapping()
	 * @generated
	 */
	EAttribute getRelationEdgeMapping_TargetExpression();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.ElementEdgeMapping <em>Element Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element Edge Mapping</em>'.
	 * @see org.dovetail.diagram.model.description.ElementEdgeMapping
	 * @generated
	 */
	EClass getElementEdgeMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.ElementEdgeMapping#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.dovetail.diagram.model.description.ElementEdgeMapping#getDomainClass()
	 * @see #getElementEdgeMapping()
	 * @generated
	 */
	EAttribute getElementEdgeMapping_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.ElementEdgeMapping#getSemanticCandidatesExpression <em>Semantic Candidates Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Semantic Candidates Expression</em>'.
	 * @see org.dovetail.diagram.model.description.ElementEdgeMapping#getSemanticCandidatesExpression()
	 * @see #getElementEdgeMapping()
	 * @generated
	 */
	EAttribute getElementEdgeMapping_SemanticCandidatesExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.ElementEdgeMapping#getSourceExpression <em>Source Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Expression</em>'.
	 * @see org.dovetail.diagram.model.description.ElementEdgeMapping#getSourceExpression()
	 * @see #getElementEdgeMapping()
	 * @generated
	 */
	EAttribute getElementEdgeMapping_SourceExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.ElementEdgeMapping#getTargetExpression <em>Target Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Expression</em>'.
	 * @see org.dovetail.diagram.model.description.ElementEdgeMapping#getTargetExpression()
	 * @see #getElementEdgeMapping()
	 * @generated
	 */
	EAttribute getElementEdgeMapping_TargetExpression();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.Style <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Style</em>'.
	 * @see org.dovetail.diagram.model.description.Style
	 * @generated
	 */
	EClass getStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.Style#getBorderColor <em>Border Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Color</em>'.
	 * @see org.dovetail.diagram.model.description.Style#getBorderColor()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_BorderColor();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.Style#getLabelColor <em>Label Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Color</em>'.
	 * @see org.dovetail.diagram.model.description.Style#getLabelColor()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_LabelColor();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.Style#getLineWidth <em>Line Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Width</em>'.
	 * @see org.dovetail.diagram.model.description.Style#getLineWidth()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_LineWidth();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.Style#getLineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Style</em>'.
	 * @see org.dovetail.diagram.model.description.Style#getLineStyle()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_LineStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.Style#getFontSize <em>Font Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Font Size</em>'.
	 * @see org.dovetail.diagram.model.description.Style#getFontSize()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_FontSize();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.Style#isBold <em>Bold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bold</em>'.
	 * @see org.dovetail.diagram.model.description.Style#isBold()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_Bold();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.NodeStyle <em>Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Style</em>'.
	 * @see org.dovetail.diagram.model.description.NodeStyle
	 * @generated
	 */
	EClass getNodeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.NodeStyle#getShape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shape</em>'.
	 * @see org.dovetail.diagram.model.description.NodeStyle#getShape()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Shape();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.NodeStyle#getFillColor <em>Fill Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fill Color</em>'.
	 * @see org.dovetail.diagram.model.description.NodeStyle#getFillColor()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_FillColor();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.NodeStyle#getHeaderColor <em>Header Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Header Color</em>'.
	 * @see org.dovetail.diagram.model.description.NodeStyle#getHeaderColor()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_HeaderColor();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.NodeStyle#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tag</em>'.
	 * @see org.dovetail.diagram.model.description.NodeStyle#getTag()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Tag();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.NodeStyle#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.dovetail.diagram.model.description.NodeStyle#getWidth()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.NodeStyle#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.dovetail.diagram.model.description.NodeStyle#getHeight()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Height();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.EdgeStyle <em>Edge Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Style</em>'.
	 * @see org.dovetail.diagram.model.description.EdgeStyle
	 * @generated
	 */
	EClass getEdgeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.EdgeStyle#getSourceArrow <em>Source Arrow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Arrow</em>'.
	 * @see org.dovetail.diagram.model.description.EdgeStyle#getSourceArrow()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_SourceArrow();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.EdgeStyle#getTargetArrow <em>Target Arrow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Arrow</em>'.
	 * @see org.dovetail.diagram.model.description.EdgeStyle#getTargetArrow()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_TargetArrow();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.EdgeStyle#getRouting <em>Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Routing</em>'.
	 * @see org.dovetail.diagram.model.description.EdgeStyle#getRouting()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_Routing();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.ConditionalStyle <em>Conditional Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditional Style</em>'.
	 * @see org.dovetail.diagram.model.description.ConditionalStyle
	 * @generated
	 */
	EClass getConditionalStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.ConditionalStyle#getPredicateExpression <em>Predicate Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Predicate Expression</em>'.
	 * @see org.dovetail.diagram.model.description.ConditionalStyle#getPredicateExpression()
	 * @see #getConditionalStyle()
	 * @generated
	 */
	EAttribute getConditionalStyle_PredicateExpression();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.diagram.model.description.ConditionalStyle#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Layer</em>'.
	 * @see org.dovetail.diagram.model.description.ConditionalStyle#getLayer()
	 * @see #getConditionalStyle()
	 * @generated
	 */
	EReference getConditionalStyle_Layer();

	/**
	 * Returns the meta object for the containment reference '{@link org.dovetail.diagram.model.description.ConditionalStyle#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.dovetail.diagram.model.description.ConditionalStyle#getStyle()
	 * @see #getConditionalStyle()
	 * @generated
	 */
	EReference getConditionalStyle_Style();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.DecorationDescription <em>Decoration Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decoration Description</em>'.
	 * @see org.dovetail.diagram.model.description.DecorationDescription
	 * @generated
	 */
	EClass getDecorationDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.DecorationDescription#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.dovetail.diagram.model.description.DecorationDescription#getKind()
	 * @see #getDecorationDescription()
	 * @generated
	 */
	EAttribute getDecorationDescription_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.DecorationDescription#getTextExpression <em>Text Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Expression</em>'.
	 * @see org.dovetail.diagram.model.description.DecorationDescription#getTextExpression()
	 * @see #getDecorationDescription()
	 * @generated
	 */
	EAttribute getDecorationDescription_TextExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.DecorationDescription#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.dovetail.diagram.model.description.DecorationDescription#getPosition()
	 * @see #getDecorationDescription()
	 * @generated
	 */
	EAttribute getDecorationDescription_Position();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.DecorationDescription#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.dovetail.diagram.model.description.DecorationDescription#getColor()
	 * @see #getDecorationDescription()
	 * @generated
	 */
	EAttribute getDecorationDescription_Color();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.diagram.model.description.DecorationDescription#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.dovetail.diagram.model.description.DecorationDescription#getMappings()
	 * @see #getDecorationDescription()
	 * @generated
	 */
	EReference getDecorationDescription_Mappings();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.Tool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tool</em>'.
	 * @see org.dovetail.diagram.model.description.Tool
	 * @generated
	 */
	EClass getTool();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.Tool#getOperationExpression <em>Operation Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operation Expression</em>'.
	 * @see org.dovetail.diagram.model.description.Tool#getOperationExpression()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_OperationExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.Tool#getIcon <em>Icon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icon</em>'.
	 * @see org.dovetail.diagram.model.description.Tool#getIcon()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_Icon();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.NodeCreationTool <em>Node Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Creation Tool</em>'.
	 * @see org.dovetail.diagram.model.description.NodeCreationTool
	 * @generated
	 */
	EClass getNodeCreationTool();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.diagram.model.description.NodeCreationTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.dovetail.diagram.model.description.NodeCreationTool#getMapping()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EReference getNodeCreationTool_Mapping();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.NodeCreationTool#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.dovetail.diagram.model.description.NodeCreationTool#getDomainClass()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EAttribute getNodeCreationTool_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.NodeCreationTool#getContainmentFeature <em>Containment Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Containment Feature</em>'.
	 * @see org.dovetail.diagram.model.description.NodeCreationTool#getContainmentFeature()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EAttribute getNodeCreationTool_ContainmentFeature();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.NodeCreationTool#getInitialName <em>Initial Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial Name</em>'.
	 * @see org.dovetail.diagram.model.description.NodeCreationTool#getInitialName()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EAttribute getNodeCreationTool_InitialName();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.EdgeCreationTool <em>Edge Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Creation Tool</em>'.
	 * @see org.dovetail.diagram.model.description.EdgeCreationTool
	 * @generated
	 */
	EClass getEdgeCreationTool();

	/**
	 * Returns the meta object for the reference '{@link org.dovetail.diagram.model.description.EdgeCreationTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.dovetail.diagram.model.description.EdgeCreationTool#getMapping()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EReference getEdgeCreationTool_Mapping();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.DeleteTool <em>Delete Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delete Tool</em>'.
	 * @see org.dovetail.diagram.model.description.DeleteTool
	 * @generated
	 */
	EClass getDeleteTool();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.diagram.model.description.DeleteTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.dovetail.diagram.model.description.DeleteTool#getMappings()
	 * @see #getDeleteTool()
	 * @generated
	 */
	EReference getDeleteTool_Mappings();

	/**
	 * Returns the meta object for class '{@link org.dovetail.diagram.model.description.ReparentTool <em>Reparent Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reparent Tool</em>'.
	 * @see org.dovetail.diagram.model.description.ReparentTool
	 * @generated
	 */
	EClass getReparentTool();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.diagram.model.description.ReparentTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.dovetail.diagram.model.description.ReparentTool#getMappings()
	 * @see #getReparentTool()
	 * @generated
	 */
	EReference getReparentTool_Mappings();

	/**
	 * Returns the meta object for the reference list '{@link org.dovetail.diagram.model.description.ReparentTool#getContainerMappings <em>Container Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Container Mappings</em>'.
	 * @see org.dovetail.diagram.model.description.ReparentTool#getContainerMappings()
	 * @see #getReparentTool()
	 * @generated
	 */
	EReference getReparentTool_ContainerMappings();

	/**
	 * Returns the meta object for the attribute '{@link org.dovetail.diagram.model.description.ReparentTool#getContainmentFeature <em>Containment Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Containment Feature</em>'.
	 * @see org.dovetail.diagram.model.description.ReparentTool#getContainmentFeature()
	 * @see #getReparentTool()
	 * @generated
	 */
	EAttribute getReparentTool_ContainmentFeature();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.diagram.model.description.LayoutDirection <em>Layout Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Layout Direction</em>'.
	 * @see org.dovetail.diagram.model.description.LayoutDirection
	 * @generated
	 */
	EEnum getLayoutDirection();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.diagram.model.description.ChildrenPresentation <em>Children Presentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Children Presentation</em>'.
	 * @see org.dovetail.diagram.model.description.ChildrenPresentation
	 * @generated
	 */
	EEnum getChildrenPresentation();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.diagram.model.description.NodeShape <em>Node Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Node Shape</em>'.
	 * @see org.dovetail.diagram.model.description.NodeShape
	 * @generated
	 */
	EEnum getNodeShape();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.diagram.model.description.LineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Line Style</em>'.
	 * @see org.dovetail.diagram.model.description.LineStyle
	 * @generated
	 */
	EEnum getLineStyle();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.diagram.model.description.ArrowKind <em>Arrow Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Arrow Kind</em>'.
	 * @see org.dovetail.diagram.model.description.ArrowKind
	 * @generated
	 */
	EEnum getArrowKind();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.diagram.model.description.EdgeRouting <em>Edge Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Edge Routing</em>'.
	 * @see org.dovetail.diagram.model.description.EdgeRouting
	 * @generated
	 */
	EEnum getEdgeRouting();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.diagram.model.description.DecorationKind <em>Decoration Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decoration Kind</em>'.
	 * @see org.dovetail.diagram.model.description.DecorationKind
	 * @generated
	 */
	EEnum getDecorationKind();

	/**
	 * Returns the meta object for enum '{@link org.dovetail.diagram.model.description.DecorationPosition <em>Decoration Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decoration Position</em>'.
	 * @see org.dovetail.diagram.model.description.DecorationPosition
	 * @generated
	 */
	EEnum getDecorationPosition();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DescriptionFactory getDescriptionFactory();

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
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.DescriptionElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.DescriptionElementImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getDescriptionElement()
		 * @generated
		 */
		EClass DESCRIPTION_ELEMENT = eINSTANCE.getDescriptionElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTION_ELEMENT__ID = eINSTANCE.getDescriptionElement_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTION_ELEMENT__LABEL = eINSTANCE.getDescriptionElement_Label();

		/**
		 * The meta object literal for the '<em><b>Documentation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTION_ELEMENT__DOCUMENTATION = eINSTANCE.getDescriptionElement_Documentation();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.ViewpointImpl <em>Viewpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.ViewpointImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getViewpoint()
		 * @generated
		 */
		EClass VIEWPOINT = eINSTANCE.getViewpoint();

		/**
		 * The meta object literal for the '<em><b>Diagrams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEWPOINT__DIAGRAMS = eINSTANCE.getViewpoint_Diagrams();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.DiagramDescriptionImpl <em>Diagram Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.DiagramDescriptionImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getDiagramDescription()
		 * @generated
		 */
		EClass DIAGRAM_DESCRIPTION = eINSTANCE.getDiagramDescription();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__DOMAIN_CLASS = eINSTANCE.getDiagramDescription_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__DIRECTION = eINSTANCE.getDiagramDescription_Direction();

		/**
		 * The meta object literal for the '<em><b>Default Layer</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__DEFAULT_LAYER = eINSTANCE.getDiagramDescription_DefaultLayer();

		/**
		 * The meta object literal for the '<em><b>Additional Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS = eINSTANCE.getDiagramDescription_AdditionalLayers();

		/**
		 * The meta object literal for the '<em><b>Tools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__TOOLS = eINSTANCE.getDiagramDescription_Tools();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.LayerImpl <em>Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.LayerImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getLayer()
		 * @generated
		 */
		EClass LAYER = eINSTANCE.getLayer();

		/**
		 * The meta object literal for the '<em><b>Active By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__ACTIVE_BY_DEFAULT = eINSTANCE.getLayer_ActiveByDefault();

		/**
		 * The meta object literal for the '<em><b>Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__NODE_MAPPINGS = eINSTANCE.getLayer_NodeMappings();

		/**
		 * The meta object literal for the '<em><b>Container Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__CONTAINER_MAPPINGS = eINSTANCE.getLayer_ContainerMappings();

		/**
		 * The meta object literal for the '<em><b>Edge Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__EDGE_MAPPINGS = eINSTANCE.getLayer_EdgeMappings();

		/**
		 * The meta object literal for the '<em><b>Decorations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__DECORATIONS = eINSTANCE.getLayer_Decorations();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.DiagramElementMappingImpl <em>Diagram Element Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.DiagramElementMappingImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getDiagramElementMapping()
		 * @generated
		 */
		EClass DIAGRAM_ELEMENT_MAPPING = eINSTANCE.getDiagramElementMapping();

		/**
		 * The meta object literal for the '<em><b>Precondition Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__PRECONDITION_EXPRESSION = eINSTANCE.getDiagramElementMapping_PreconditionExpression();

		/**
		 * The meta object literal for the '<em><b>Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION = eINSTANCE.getDiagramElementMapping_LabelExpression();

		/**
		 * The meta object literal for the '<em><b>Conditional Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_ELEMENT_MAPPING__CONDITIONAL_STYLES = eINSTANCE.getDiagramElementMapping_ConditionalStyles();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.AbstractNodeMappingImpl <em>Abstract Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.AbstractNodeMappingImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getAbstractNodeMapping()
		 * @generated
		 */
		EClass ABSTRACT_NODE_MAPPING = eINSTANCE.getAbstractNodeMapping();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_NODE_MAPPING__DOMAIN_CLASS = eINSTANCE.getAbstractNodeMapping_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Semantic Candidates Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION = eINSTANCE.getAbstractNodeMapping_SemanticCandidatesExpression();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_NODE_MAPPING__STYLE = eINSTANCE.getAbstractNodeMapping_Style();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.NodeMappingImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getNodeMapping()
		 * @generated
		 */
		EClass NODE_MAPPING = eINSTANCE.getNodeMapping();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.ContainerMappingImpl <em>Container Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.ContainerMappingImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getContainerMapping()
		 * @generated
		 */
		EClass CONTAINER_MAPPING = eINSTANCE.getContainerMapping();

		/**
		 * The meta object literal for the '<em><b>Children Presentation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_MAPPING__CHILDREN_PRESENTATION = eINSTANCE.getContainerMapping_ChildrenPresentation();

		/**
		 * The meta object literal for the '<em><b>Sub Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_MAPPING__SUB_NODE_MAPPINGS = eINSTANCE.getContainerMapping_SubNodeMappings();

		/**
		 * The meta object literal for the '<em><b>Sub Container Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS = eINSTANCE.getContainerMapping_SubContainerMappings();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.EdgeMappingImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getEdgeMapping()
		 * @generated
		 */
		EClass EDGE_MAPPING = eINSTANCE.getEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Source Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__SOURCE_MAPPINGS = eINSTANCE.getEdgeMapping_SourceMappings();

		/**
		 * The meta object literal for the '<em><b>Target Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__TARGET_MAPPINGS = eINSTANCE.getEdgeMapping_TargetMappings();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__STYLE = eINSTANCE.getEdgeMapping_Style();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.RelationEdgeMappingImpl <em>Relation Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.RelationEdgeMappingImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getRelationEdgeMapping()
		 * @generated
		 */
		EClass RELATION_EDGE_MAPPING = eINSTANCE.getRelationEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Target Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION_EDGE_MAPPING__TARGET_FEATURE = eINSTANCE.getRelationEdgeMapping_TargetFeature();

		/**
		 * The meta object literal for the '<em><b>Target Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION_EDGE_MAPPING__TARGET_EXPRESSION = eINSTANCE.getRelationEdgeMapping_TargetExpression();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.ElementEdgeMappingImpl <em>Element Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.ElementEdgeMappingImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getElementEdgeMapping()
		 * @generated
		 */
		EClass ELEMENT_EDGE_MAPPING = eINSTANCE.getElementEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_EDGE_MAPPING__DOMAIN_CLASS = eINSTANCE.getElementEdgeMapping_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Semantic Candidates Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_EDGE_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION = eINSTANCE.getElementEdgeMapping_SemanticCandidatesExpression();

		/**
		 * The meta object literal for the '<em><b>Source Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_EDGE_MAPPING__SOURCE_EXPRESSION = eINSTANCE.getElementEdgeMapping_SourceExpression();

		/**
		 * The meta object literal for the '<em><b>Target Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_EDGE_MAPPING__TARGET_EXPRESSION = eINSTANCE.getElementEdgeMapping_TargetExpression();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.StyleImpl <em>Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.StyleImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getStyle()
		 * @generated
		 */
		EClass STYLE = eINSTANCE.getStyle();

		/**
		 * The meta object literal for the '<em><b>Border Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__BORDER_COLOR = eINSTANCE.getStyle_BorderColor();

		/**
		 * The meta object literal for the '<em><b>Label Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__LABEL_COLOR = eINSTANCE.getStyle_LabelColor();

		/**
		 * The meta object literal for the '<em><b>Line Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__LINE_WIDTH = eINSTANCE.getStyle_LineWidth();

		/**
		 * The meta object literal for the '<em><b>Line Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__LINE_STYLE = eINSTANCE.getStyle_LineStyle();

		/**
		 * The meta object literal for the '<em><b>Font Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__FONT_SIZE = eINSTANCE.getStyle_FontSize();

		/**
		 * The meta object literal for the '<em><b>Bold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__BOLD = eINSTANCE.getStyle_Bold();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.NodeStyleImpl <em>Node Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.NodeStyleImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getNodeStyle()
		 * @generated
		 */
		EClass NODE_STYLE = eINSTANCE.getNodeStyle();

		/**
		 * The meta object literal for the '<em><b>Shape</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__SHAPE = eINSTANCE.getNodeStyle_Shape();

		/**
		 * The meta object literal for the '<em><b>Fill Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__FILL_COLOR = eINSTANCE.getNodeStyle_FillColor();

		/**
		 * The meta object literal for the '<em><b>Header Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__HEADER_COLOR = eINSTANCE.getNodeStyle_HeaderColor();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__TAG = eINSTANCE.getNodeStyle_Tag();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__WIDTH = eINSTANCE.getNodeStyle_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__HEIGHT = eINSTANCE.getNodeStyle_Height();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.EdgeStyleImpl <em>Edge Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.EdgeStyleImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getEdgeStyle()
		 * @generated
		 */
		EClass EDGE_STYLE = eINSTANCE.getEdgeStyle();

		/**
		 * The meta object literal for the '<em><b>Source Arrow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__SOURCE_ARROW = eINSTANCE.getEdgeStyle_SourceArrow();

		/**
		 * The meta object literal for the '<em><b>Target Arrow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__TARGET_ARROW = eINSTANCE.getEdgeStyle_TargetArrow();

		/**
		 * The meta object literal for the '<em><b>Routing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__ROUTING = eINSTANCE.getEdgeStyle_Routing();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.ConditionalStyleImpl <em>Conditional Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.ConditionalStyleImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getConditionalStyle()
		 * @generated
		 */
		EClass CONDITIONAL_STYLE = eINSTANCE.getConditionalStyle();

		/**
		 * The meta object literal for the '<em><b>Predicate Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITIONAL_STYLE__PREDICATE_EXPRESSION = eINSTANCE.getConditionalStyle_PredicateExpression();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_STYLE__LAYER = eINSTANCE.getConditionalStyle_Layer();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_STYLE__STYLE = eINSTANCE.getConditionalStyle_Style();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.DecorationDescriptionImpl <em>Decoration Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.DecorationDescriptionImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getDecorationDescription()
		 * @generated
		 */
		EClass DECORATION_DESCRIPTION = eINSTANCE.getDecorationDescription();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECORATION_DESCRIPTION__KIND = eINSTANCE.getDecorationDescription_Kind();

		/**
		 * The meta object literal for the '<em><b>Text Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECORATION_DESCRIPTION__TEXT_EXPRESSION = eINSTANCE.getDecorationDescription_TextExpression();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECORATION_DESCRIPTION__POSITION = eINSTANCE.getDecorationDescription_Position();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECORATION_DESCRIPTION__COLOR = eINSTANCE.getDecorationDescription_Color();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECORATION_DESCRIPTION__MAPPINGS = eINSTANCE.getDecorationDescription_Mappings();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.ToolImpl <em>Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.ToolImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getTool()
		 * @generated
		 */
		EClass TOOL = eINSTANCE.getTool();

		/**
		 * The meta object literal for the '<em><b>Operation Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__OPERATION_EXPRESSION = eINSTANCE.getTool_OperationExpression();

		/**
		 * The meta object literal for the '<em><b>Icon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__ICON = eINSTANCE.getTool_Icon();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.NodeCreationToolImpl <em>Node Creation Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.NodeCreationToolImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getNodeCreationTool()
		 * @generated
		 */
		EClass NODE_CREATION_TOOL = eINSTANCE.getNodeCreationTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_CREATION_TOOL__MAPPING = eINSTANCE.getNodeCreationTool_Mapping();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_CREATION_TOOL__DOMAIN_CLASS = eINSTANCE.getNodeCreationTool_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Containment Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_CREATION_TOOL__CONTAINMENT_FEATURE = eINSTANCE.getNodeCreationTool_ContainmentFeature();

		/**
		 * The meta object literal for the '<em><b>Initial Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_CREATION_TOOL__INITIAL_NAME = eINSTANCE.getNodeCreationTool_InitialName();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.EdgeCreationToolImpl <em>Edge Creation Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.EdgeCreationToolImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getEdgeCreationTool()
		 * @generated
		 */
		EClass EDGE_CREATION_TOOL = eINSTANCE.getEdgeCreationTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_CREATION_TOOL__MAPPING = eINSTANCE.getEdgeCreationTool_Mapping();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.DeleteToolImpl <em>Delete Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.DeleteToolImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getDeleteTool()
		 * @generated
		 */
		EClass DELETE_TOOL = eINSTANCE.getDeleteTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELETE_TOOL__MAPPINGS = eINSTANCE.getDeleteTool_Mappings();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.impl.ReparentToolImpl <em>Reparent Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.impl.ReparentToolImpl
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getReparentTool()
		 * @generated
		 */
		EClass REPARENT_TOOL = eINSTANCE.getReparentTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPARENT_TOOL__MAPPINGS = eINSTANCE.getReparentTool_Mappings();

		/**
		 * The meta object literal for the '<em><b>Container Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPARENT_TOOL__CONTAINER_MAPPINGS = eINSTANCE.getReparentTool_ContainerMappings();

		/**
		 * The meta object literal for the '<em><b>Containment Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPARENT_TOOL__CONTAINMENT_FEATURE = eINSTANCE.getReparentTool_ContainmentFeature();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.LayoutDirection <em>Layout Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.LayoutDirection
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getLayoutDirection()
		 * @generated
		 */
		EEnum LAYOUT_DIRECTION = eINSTANCE.getLayoutDirection();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.ChildrenPresentation <em>Children Presentation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.ChildrenPresentation
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getChildrenPresentation()
		 * @generated
		 */
		EEnum CHILDREN_PRESENTATION = eINSTANCE.getChildrenPresentation();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.NodeShape <em>Node Shape</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.NodeShape
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getNodeShape()
		 * @generated
		 */
		EEnum NODE_SHAPE = eINSTANCE.getNodeShape();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.LineStyle <em>Line Style</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.LineStyle
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getLineStyle()
		 * @generated
		 */
		EEnum LINE_STYLE = eINSTANCE.getLineStyle();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.ArrowKind <em>Arrow Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.ArrowKind
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getArrowKind()
		 * @generated
		 */
		EEnum ARROW_KIND = eINSTANCE.getArrowKind();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.EdgeRouting <em>Edge Routing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.EdgeRouting
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getEdgeRouting()
		 * @generated
		 */
		EEnum EDGE_ROUTING = eINSTANCE.getEdgeRouting();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.DecorationKind <em>Decoration Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.DecorationKind
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getDecorationKind()
		 * @generated
		 */
		EEnum DECORATION_KIND = eINSTANCE.getDecorationKind();

		/**
		 * The meta object literal for the '{@link org.dovetail.diagram.model.description.DecorationPosition <em>Decoration Position</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.dovetail.diagram.model.description.DecorationPosition
		 * @see org.dovetail.diagram.model.description.impl.DescriptionPackageImpl#getDecorationPosition()
		 * @generated
		 */
		EEnum DECORATION_POSITION = eINSTANCE.getDecorationPosition();

	}

} //DescriptionPackage
