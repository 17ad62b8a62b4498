/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maps semantic elements to containers that hold nodes and containers of their own.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.description.ContainerMapping#getChildrenPresentation <em>Children Presentation</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.ContainerMapping#getSubNodeMappings <em>Sub Node Mappings</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.ContainerMapping#getSubContainerMappings <em>Sub Container Mappings</em>}</li>
 * </ul>
 *
 * @see org.dovetail.diagram.model.description.DescriptionPackage#getContainerMapping()
 * @model
 * @generated
 */
public interface ContainerMapping extends AbstractNodeMapping {
	/**
	 * Returns the value of the '<em><b>Children Presentation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.diagram.model.description.ChildrenPresentation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the children are arranged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Children Presentation</em>' attribute.
	 * @see org.dovetail.diagram.model.description.ChildrenPresentation
	 * @see #setChildrenPresentation(ChildrenPresentation)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getContainerMapping_ChildrenPresentation()
	 * @model
	 * @generated
	 */
	ChildrenPresentation getChildrenPresentation();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.ContainerMapping#getChildrenPresentation <em>Children Presentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Children Presentation</em>' attribute.
	 * @see org.dovetail.diagram.model.description.ChildrenPresentation
	 * @see #getChildrenPresentation()
	 * @generated
	 */
	void setChildrenPresentation(ChildrenPresentation value);

	/**
	 * Returns the value of the '<em><b>Sub Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.diagram.model.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Node mappings for the children.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Node Mappings</em>' containment reference list.
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getContainerMapping_SubNodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getSubNodeMappings();

	/**
	 * Returns the value of the '<em><b>Sub Container Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.diagram.model.description.ContainerMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Container mappings for the children.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Container Mappings</em>' containment reference list.
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getContainerMapping_SubContainerMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContainerMapping> getSubContainerMappings();

} // ContainerMapping
