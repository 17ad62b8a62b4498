/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of mappings and decorations that is shown or hidden together (risk overlay, ownership, work as done).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.description.Layer#isActiveByDefault <em>Active By Default</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.Layer#getNodeMappings <em>Node Mappings</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.Layer#getContainerMappings <em>Container Mappings</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.Layer#getEdgeMappings <em>Edge Mappings</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.Layer#getDecorations <em>Decorations</em>}</li>
 * </ul>
 *
 * @see org.dovetail.diagram.model.description.DescriptionPackage#getLayer()
 * @model
 * @generated
 */
public interface Layer extends DescriptionElement {
	/**
	 * Returns the value of the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a new diagram shows the layer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Active By Default</em>' attribute.
	 * @see #setActiveByDefault(boolean)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getLayer_ActiveByDefault()
	 * @model
	 * @generated
	 */
	boolean isActiveByDefault();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.Layer#isActiveByDefault <em>Active By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active By Default</em>' attribute.
	 * @see #isActiveByDefault()
	 * @generated
	 */
	void setActiveByDefault(boolean value);

	/**
	 * Returns the value of the '<em><b>Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.diagram.model.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top-level node mappings of the layer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Node Mappings</em>' containment reference list.
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getLayer_NodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getNodeMappings();

	/**
	 * Returns the value of the '<em><b>Container Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.diagram.model.description.ContainerMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top-level container mappings of the layer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Container Mappings</em>' containment reference list.
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getLayer_ContainerMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContainerMapping> getContainerMappings();

	/**
	 * Returns the value of the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.diagram.model.description.EdgeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Edge mappings of the layer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edge Mappings</em>' containment reference list.
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getLayer_EdgeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<EdgeMapping> getEdgeMappings();

	/**
	 * Returns the value of the '<em><b>Decorations</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.diagram.model.description.DecorationDescription}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decorations the layer adds to elements of any layer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decorations</em>' containment reference list.
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getLayer_Decorations()
	 * @model containment="true"
	 * @generated
	 */
	EList<DecorationDescription> getDecorations();

} // Layer
