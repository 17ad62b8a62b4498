/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.state;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decoration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A marker on a diagram element.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.state.Decoration#getDecorationId <em>Decoration Id</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.Decoration#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.Decoration#getText <em>Text</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.Decoration#getPosition <em>Position</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.Decoration#getColor <em>Color</em>}</li>
 * </ul>
 *
 * @see org.dovetail.diagram.model.state.StatePackage#getDecoration()
 * @model
 * @generated
 */
public interface Decoration extends EObject {
	/**
	 * Returns the value of the '<em><b>Decoration Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the decoration description.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decoration Id</em>' attribute.
	 * @see #setDecorationId(String)
	 * @see org.dovetail.diagram.model.state.StatePackage#getDecoration_DecorationId()
	 * @model
	 * @generated
	 */
	String getDecorationId();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.Decoration#getDecorationId <em>Decoration Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decoration Id</em>' attribute.
	 * @see #getDecorationId()
	 * @generated
	 */
	void setDecorationId(String value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.diagram.model.state.DecorationSeverity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Severity of the worst finding (findings decorations).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.dovetail.diagram.model.state.DecorationSeverity
	 * @see #setSeverity(DecorationSeverity)
	 * @see org.dovetail.diagram.model.state.StatePackage#getDecoration_Severity()
	 * @model
	 * @generated
	 */
	DecorationSeverity getSeverity();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.Decoration#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.dovetail.diagram.model.state.DecorationSeverity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(DecorationSeverity value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text of the marker (for findings: the count and the first message).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.dovetail.diagram.model.state.StatePackage#getDecoration_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.Decoration#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Corner (the DecorationPosition literal).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #setPosition(String)
	 * @see org.dovetail.diagram.model.state.StatePackage#getDecoration_Position()
	 * @model
	 * @generated
	 */
	String getPosition();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.Decoration#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(String value);

	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Colour (#RRGGBB).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.dovetail.diagram.model.state.StatePackage#getDecoration_Color()
	 * @model
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.Decoration#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

} // Decoration
