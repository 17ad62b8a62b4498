/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Creation Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Creates a semantic element (and so a node of the mapping) in the clicked container.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.description.NodeCreationTool#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.NodeCreationTool#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.NodeCreationTool#getContainmentFeature <em>Containment Feature</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.NodeCreationTool#getInitialName <em>Initial Name</em>}</li>
 * </ul>
 *
 * @see org.dovetail.diagram.model.description.DescriptionPackage#getNodeCreationTool()
 * @model
 * @generated
 */
public interface NodeCreationTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mapping of the node the new element appears as.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mapping</em>' reference.
	 * @see #setMapping(AbstractNodeMapping)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getNodeCreationTool_Mapping()
	 * @model required="true"
	 * @generated
	 */
	AbstractNodeMapping getMapping();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.NodeCreationTool#getMapping <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' reference.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(AbstractNodeMapping value);

	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The class to instantiate (package.Class).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getNodeCreationTool_DomainClass()
	 * @model
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.NodeCreationTool#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Containment Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The containment reference of the container's (or diagram root's) semantic element that receives the new element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Containment Feature</em>' attribute.
	 * @see #setContainmentFeature(String)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getNodeCreationTool_ContainmentFeature()
	 * @model
	 * @generated
	 */
	String getContainmentFeature();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.NodeCreationTool#getContainmentFeature <em>Containment Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Containment Feature</em>' attribute.
	 * @see #getContainmentFeature()
	 * @generated
	 */
	void setContainmentFeature(String value);

	/**
	 * Returns the value of the '<em><b>Initial Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name the new element gets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initial Name</em>' attribute.
	 * @see #setInitialName(String)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getNodeCreationTool_InitialName()
	 * @model
	 * @generated
	 */
	String getInitialName();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.NodeCreationTool#getInitialName <em>Initial Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial Name</em>' attribute.
	 * @see #getInitialName()
	 * @generated
	 */
	void setInitialName(String value);

} // NodeCreationTool
