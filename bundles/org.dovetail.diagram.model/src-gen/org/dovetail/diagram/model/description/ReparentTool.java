/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reparent Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Moves a node into another container by drag and drop (a step into another lane, a state into another system): which nodes may move, where to, and how the semantic model changes. The operation gets the new container's element as request.container and the moved element as request.source; without one, the element moves into the containment feature named here. A drop the tool does not allow is refused.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.description.ReparentTool#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.ReparentTool#getContainerMappings <em>Container Mappings</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.ReparentTool#getContainmentFeature <em>Containment Feature</em>}</li>
 * </ul>
 *
 * @see org.dovetail.diagram.model.description.DescriptionPackage#getReparentTool()
 * @model
 * @generated
 */
public interface ReparentTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.diagram.model.description.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mappings of the nodes that may be moved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mappings</em>' reference list.
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getReparentTool_Mappings()
	 * @model
	 * @generated
	 */
	EList<AbstractNodeMapping> getMappings();

	/**
	 * Returns the value of the '<em><b>Container Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.diagram.model.description.ContainerMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mappings of the containers they may be dropped into.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Container Mappings</em>' reference list.
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getReparentTool_ContainerMappings()
	 * @model
	 * @generated
	 */
	EList<ContainerMapping> getContainerMappings();

	/**
	 * Returns the value of the '<em><b>Containment Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Without an operation: the containment reference of the new container's element that receives the moved element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Containment Feature</em>' attribute.
	 * @see #setContainmentFeature(String)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getReparentTool_ContainmentFeature()
	 * @model
	 * @generated
	 */
	String getContainmentFeature();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.ReparentTool#getContainmentFeature <em>Containment Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Containment Feature</em>' attribute.
	 * @see #getContainmentFeature()
	 * @generated
	 */
	void setContainmentFeature(String value);

} // ReparentTool
