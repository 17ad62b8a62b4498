/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decoration Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A small marker drawn on diagram elements: the rule engine's findings or a text a function computes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.description.DecorationDescription#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.DecorationDescription#getTextExpression <em>Text Expression</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.DecorationDescription#getPosition <em>Position</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.DecorationDescription#getColor <em>Color</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.DecorationDescription#getMappings <em>Mappings</em>}</li>
 * </ul>
 *
 * @see org.dovetail.diagram.model.description.DescriptionPackage#getDecorationDescription()
 * @model
 * @generated
 */
public interface DecorationDescription extends DescriptionElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.diagram.model.description.DecorationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the decoration comes from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.dovetail.diagram.model.description.DecorationKind
	 * @see #setKind(DecorationKind)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getDecorationDescription_Kind()
	 * @model
	 * @generated
	 */
	DecorationKind getKind();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.DecorationDescription#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.dovetail.diagram.model.description.DecorationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DecorationKind value);

	/**
	 * Returns the value of the '<em><b>Text Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For expression decorations: function id computing the text (null or empty: no decoration).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text Expression</em>' attribute.
	 * @see #setTextExpression(String)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getDecorationDescription_TextExpression()
	 * @model
	 * @generated
	 */
	String getTextExpression();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.DecorationDescription#getTextExpression <em>Text Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Expression</em>' attribute.
	 * @see #getTextExpression()
	 * @generated
	 */
	void setTextExpression(String value);

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.diagram.model.description.DecorationPosition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Corner of the element the decoration sits on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see org.dovetail.diagram.model.description.DecorationPosition
	 * @see #setPosition(DecorationPosition)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getDecorationDescription_Position()
	 * @model
	 * @generated
	 */
	DecorationPosition getPosition();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.DecorationDescription#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see org.dovetail.diagram.model.description.DecorationPosition
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(DecorationPosition value);

	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Colour of an expression decoration (findings use their severity's colour).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getDecorationDescription_Color()
	 * @model
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.DecorationDescription#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.diagram.model.description.DiagramElementMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mappings whose elements are decorated (none: every element).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mappings</em>' reference list.
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getDecorationDescription_Mappings()
	 * @model
	 * @generated
	 */
	EList<DiagramElementMapping> getMappings();

} // DecorationDescription
