/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.state;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One diagram: an instance of a diagram description on a semantic root element.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.state.Diagram#getId <em>Id</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.Diagram#getName <em>Name</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.Diagram#getDescriptionId <em>Description Id</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.Diagram#getRootId <em>Root Id</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.Diagram#getActiveLayers <em>Active Layers</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.Diagram#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.Diagram#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @see org.dovetail.diagram.model.state.StatePackage#getDiagram()
 * @model
 * @generated
 */
public interface Diagram extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique id of the diagram.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.dovetail.diagram.model.state.StatePackage#getDiagram_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.Diagram#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name shown to people.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.dovetail.diagram.model.state.StatePackage#getDiagram_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.Diagram#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the diagram description (viewpointId/diagramId).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description Id</em>' attribute.
	 * @see #setDescriptionId(String)
	 * @see org.dovetail.diagram.model.state.StatePackage#getDiagram_DescriptionId()
	 * @model
	 * @generated
	 */
	String getDescriptionId();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.Diagram#getDescriptionId <em>Description Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description Id</em>' attribute.
	 * @see #getDescriptionId()
	 * @generated
	 */
	void setDescriptionId(String value);

	/**
	 * Returns the value of the '<em><b>Root Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the semantic root element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root Id</em>' attribute.
	 * @see #setRootId(String)
	 * @see org.dovetail.diagram.model.state.StatePackage#getDiagram_RootId()
	 * @model
	 * @generated
	 */
	String getRootId();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.Diagram#getRootId <em>Root Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root Id</em>' attribute.
	 * @see #getRootId()
	 * @generated
	 */
	void setRootId(String value);

	/**
	 * Returns the value of the '<em><b>Active Layers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of the additional layers that are switched on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Active Layers</em>' attribute list.
	 * @see org.dovetail.diagram.model.state.StatePackage#getDiagram_ActiveLayers()
	 * @model
	 * @generated
	 */
	EList<String> getActiveLayers();

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.diagram.model.state.AbstractDNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top-level nodes and containers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.dovetail.diagram.model.state.StatePackage#getDiagram_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<AbstractDNode> getNodes();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.diagram.model.state.DEdge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The edges.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see org.dovetail.diagram.model.state.StatePackage#getDiagram_Edges()
	 * @model containment="true"
	 * @generated
	 */
	EList<DEdge> getEdges();

} // Diagram
