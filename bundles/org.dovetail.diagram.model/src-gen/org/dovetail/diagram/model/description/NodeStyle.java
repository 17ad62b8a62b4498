/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The look of a node or container.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.description.NodeStyle#getShape <em>Shape</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.NodeStyle#getFillColor <em>Fill Color</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.NodeStyle#getHeaderColor <em>Header Color</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.NodeStyle#getTag <em>Tag</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.NodeStyle#getWidth <em>Width</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.NodeStyle#getHeight <em>Height</em>}</li>
 * </ul>
 *
 * @see org.dovetail.diagram.model.description.DescriptionPackage#getNodeStyle()
 * @model
 * @generated
 */
public interface NodeStyle extends Style {
	/**
	 * Returns the value of the '<em><b>Shape</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.diagram.model.description.NodeShape}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shape</em>' attribute.
	 * @see org.dovetail.diagram.model.description.NodeShape
	 * @see #setShape(NodeShape)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getNodeStyle_Shape()
	 * @model
	 * @generated
	 */
	NodeShape getShape();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.NodeStyle#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shape</em>' attribute.
	 * @see org.dovetail.diagram.model.description.NodeShape
	 * @see #getShape()
	 * @generated
	 */
	void setShape(NodeShape value);

	/**
	 * Returns the value of the '<em><b>Fill Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Background colour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fill Color</em>' attribute.
	 * @see #setFillColor(String)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getNodeStyle_FillColor()
	 * @model
	 * @generated
	 */
	String getFillColor();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.NodeStyle#getFillColor <em>Fill Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fill Color</em>' attribute.
	 * @see #getFillColor()
	 * @generated
	 */
	void setFillColor(String value);

	/**
	 * Returns the value of the '<em><b>Header Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Colour of a container's title band (no colour: the fill colour).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Header Color</em>' attribute.
	 * @see #setHeaderColor(String)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getNodeStyle_HeaderColor()
	 * @model
	 * @generated
	 */
	String getHeaderColor();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.NodeStyle#getHeaderColor <em>Header Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Header Color</em>' attribute.
	 * @see #getHeaderColor()
	 * @generated
	 */
	void setHeaderColor(String value);

	/**
	 * Returns the value of the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short kind caption drawn above the label (APPROVAL, SPREADSHEET).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tag</em>' attribute.
	 * @see #setTag(String)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getNodeStyle_Tag()
	 * @model
	 * @generated
	 */
	String getTag();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.NodeStyle#getTag <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tag</em>' attribute.
	 * @see #getTag()
	 * @generated
	 */
	void setTag(String value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"140"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default width in pixels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getNodeStyle_Width()
	 * @model default="140"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.NodeStyle#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * The default value is <code>"56"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default height in pixels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getNodeStyle_Height()
	 * @model default="56"
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.NodeStyle#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

} // NodeStyle
