/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.state;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Abstract DNode</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A node or container with bounds in diagram coordinates (pixels at 100 %).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.state.AbstractDNode#getX <em>X</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.AbstractDNode#getY <em>Y</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.AbstractDNode#getWidth <em>Width</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.AbstractDNode#getHeight <em>Height</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.AbstractDNode#isLaidOut <em>Laid Out</em>}</li>
 * </ul>
 *
 * @see org.dovetail.diagram.model.state.StatePackage#getAbstractDNode()
 * @model abstract="true"
 * @generated
 */
public interface AbstractDNode extends DDiagramElement {
	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Left, relative to the parent container's top-left corner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(int)
	 * @see org.dovetail.diagram.model.state.StatePackage#getAbstractDNode_X()
	 * @model
	 * @generated
	 */
	int getX();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.AbstractDNode#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(int value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top, relative to the parent container's top-left corner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(int)
	 * @see org.dovetail.diagram.model.state.StatePackage#getAbstractDNode_Y()
	 * @model
	 * @generated
	 */
	int getY();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.AbstractDNode#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(int value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Width.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.dovetail.diagram.model.state.StatePackage#getAbstractDNode_Width()
	 * @model
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.AbstractDNode#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Height.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see org.dovetail.diagram.model.state.StatePackage#getAbstractDNode_Height()
	 * @model
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.AbstractDNode#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Laid Out</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the bounds were set by a layout or by hand; new elements are not, and the next layout places them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Laid Out</em>' attribute.
	 * @see #setLaidOut(boolean)
	 * @see org.dovetail.diagram.model.state.StatePackage#getAbstractDNode_LaidOut()
	 * @model
	 * @generated
	 */
	boolean isLaidOut();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.AbstractDNode#isLaidOut <em>Laid Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Laid Out</em>' attribute.
	 * @see #isLaidOut()
	 * @generated
	 */
	void setLaidOut(boolean value);

} // AbstractDNode
