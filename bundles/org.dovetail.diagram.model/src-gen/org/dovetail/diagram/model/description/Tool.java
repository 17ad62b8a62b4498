/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A palette entry. The optional operation is the id of a Java tool operation registered with the expression registry.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.description.Tool#getOperationExpression <em>Operation Expression</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.Tool#getIcon <em>Icon</em>}</li>
 * </ul>
 *
 * @see org.dovetail.diagram.model.description.DescriptionPackage#getTool()
 * @model abstract="true"
 * @generated
 */
public interface Tool extends DescriptionElement {
	/**
	 * Returns the value of the '<em><b>Operation Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Operation id that performs the change instead of the default behaviour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operation Expression</em>' attribute.
	 * @see #setOperationExpression(String)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getTool_OperationExpression()
	 * @model
	 * @generated
	 */
	String getOperationExpression();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.Tool#getOperationExpression <em>Operation Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operation Expression</em>' attribute.
	 * @see #getOperationExpression()
	 * @generated
	 */
	void setOperationExpression(String value);

	/**
	 * Returns the value of the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The palette image, as a URL (platform:/plugin/<bundle>/<path> in the workbench); none: the palette shows the label alone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Icon</em>' attribute.
	 * @see #setIcon(String)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getTool_Icon()
	 * @model
	 * @generated
	 */
	String getIcon();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.Tool#getIcon <em>Icon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Icon</em>' attribute.
	 * @see #getIcon()
	 * @generated
	 */
	void setIcon(String value);

} // Tool
