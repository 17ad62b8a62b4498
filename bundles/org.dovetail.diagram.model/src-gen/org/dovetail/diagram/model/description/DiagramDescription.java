/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a kind of diagram is drawn from the semantic model: which elements become nodes, containers and edges (the default layer), which optional layers can be switched on, and the palette.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.description.DiagramDescription#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.DiagramDescription#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.DiagramDescription#getDefaultLayer <em>Default Layer</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.DiagramDescription#getAdditionalLayers <em>Additional Layers</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.DiagramDescription#getTools <em>Tools</em>}</li>
 * </ul>
 *
 * @see org.dovetail.diagram.model.description.DescriptionPackage#getDiagramDescription()
 * @model
 * @generated
 */
public interface DiagramDescription extends DescriptionElement {
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The class of the semantic element a diagram of this kind is opened on (qualified as package.Class, for example process.Process or DovetailModel).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getDiagramDescription_DomainClass()
	 * @model
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.DiagramDescription#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.diagram.model.description.LayoutDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The main direction of the automatic layout.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.dovetail.diagram.model.description.LayoutDirection
	 * @see #setDirection(LayoutDirection)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getDiagramDescription_Direction()
	 * @model
	 * @generated
	 */
	LayoutDirection getDirection();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.DiagramDescription#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.dovetail.diagram.model.description.LayoutDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(LayoutDirection value);

	/**
	 * Returns the value of the '<em><b>Default Layer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The layer that is always shown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Layer</em>' containment reference.
	 * @see #setDefaultLayer(Layer)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getDiagramDescription_DefaultLayer()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Layer getDefaultLayer();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.DiagramDescription#getDefaultLayer <em>Default Layer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Layer</em>' containment reference.
	 * @see #getDefaultLayer()
	 * @generated
	 */
	void setDefaultLayer(Layer value);

	/**
	 * Returns the value of the '<em><b>Additional Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.diagram.model.description.Layer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Layers that can be switched on and off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Additional Layers</em>' containment reference list.
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getDiagramDescription_AdditionalLayers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Layer> getAdditionalLayers();

	/**
	 * Returns the value of the '<em><b>Tools</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.diagram.model.description.Tool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The palette: creation and deletion tools.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tools</em>' containment reference list.
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getDiagramDescription_Tools()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tool> getTools();

} // DiagramDescription
