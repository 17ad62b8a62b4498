/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.state;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>DDiagram Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A diagram element showing one semantic element through one mapping.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.state.DDiagramElement#getUid <em>Uid</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.DDiagramElement#getMappingId <em>Mapping Id</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.DDiagramElement#getSemanticId <em>Semantic Id</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.DDiagramElement#getLabel <em>Label</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.DDiagramElement#getStyleId <em>Style Id</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.DDiagramElement#getDecorations <em>Decorations</em>}</li>
 * </ul>
 *
 * @see org.dovetail.diagram.model.state.StatePackage#getDDiagramElement()
 * @model abstract="true"
 * @generated
 */
public interface DDiagramElement extends EObject {
	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique id within the diagram set (edges refer to nodes by it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #setUid(String)
	 * @see org.dovetail.diagram.model.state.StatePackage#getDDiagramElement_Uid()
	 * @model id="true"
	 * @generated
	 */
	String getUid();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.DDiagramElement#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(String value);

	/**
	 * Returns the value of the '<em><b>Mapping Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the mapping that made the element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mapping Id</em>' attribute.
	 * @see #setMappingId(String)
	 * @see org.dovetail.diagram.model.state.StatePackage#getDDiagramElement_MappingId()
	 * @model
	 * @generated
	 */
	String getMappingId();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.DDiagramElement#getMappingId <em>Mapping Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping Id</em>' attribute.
	 * @see #getMappingId()
	 * @generated
	 */
	void setMappingId(String value);

	/**
	 * Returns the value of the '<em><b>Semantic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the semantic element shown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Semantic Id</em>' attribute.
	 * @see #setSemanticId(String)
	 * @see org.dovetail.diagram.model.state.StatePackage#getDDiagramElement_SemanticId()
	 * @model
	 * @generated
	 */
	String getSemanticId();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.DDiagramElement#getSemanticId <em>Semantic Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic Id</em>' attribute.
	 * @see #getSemanticId()
	 * @generated
	 */
	void setSemanticId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The label as last computed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.dovetail.diagram.model.state.StatePackage#getDDiagramElement_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.DDiagramElement#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Style Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the conditional style in effect (none: the mapping's default style).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style Id</em>' attribute.
	 * @see #setStyleId(String)
	 * @see org.dovetail.diagram.model.state.StatePackage#getDDiagramElement_StyleId()
	 * @model
	 * @generated
	 */
	String getStyleId();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.DDiagramElement#getStyleId <em>Style Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style Id</em>' attribute.
	 * @see #getStyleId()
	 * @generated
	 */
	void setStyleId(String value);

	/**
	 * Returns the value of the '<em><b>Decorations</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.diagram.model.state.Decoration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decorations as last computed (not saved: they follow the findings).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decorations</em>' containment reference list.
	 * @see org.dovetail.diagram.model.state.StatePackage#getDDiagramElement_Decorations()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	EList<Decoration> getDecorations();

} // DDiagramElement
