/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The look of an edge.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.description.EdgeStyle#getSourceArrow <em>Source Arrow</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.EdgeStyle#getTargetArrow <em>Target Arrow</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.EdgeStyle#getRouting <em>Routing</em>}</li>
 * </ul>
 *
 * @see org.dovetail.diagram.model.description.DescriptionPackage#getEdgeStyle()
 * @model
 * @generated
 */
public interface EdgeStyle extends Style {
	/**
	 * Returns the value of the '<em><b>Source Arrow</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.diagram.model.description.ArrowKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The decoration at the source end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Arrow</em>' attribute.
	 * @see org.dovetail.diagram.model.description.ArrowKind
	 * @see #setSourceArrow(ArrowKind)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getEdgeStyle_SourceArrow()
	 * @model
	 * @generated
	 */
	ArrowKind getSourceArrow();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.EdgeStyle#getSourceArrow <em>Source Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Arrow</em>' attribute.
	 * @see org.dovetail.diagram.model.description.ArrowKind
	 * @see #getSourceArrow()
	 * @generated
	 */
	void setSourceArrow(ArrowKind value);

	/**
	 * Returns the value of the '<em><b>Target Arrow</b></em>' attribute.
	 * The default value is <code>"filled"</code>.
	 * The literals are from the enumeration {@link org.dovetail.diagram.model.description.ArrowKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The decoration at the target end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Arrow</em>' attribute.
	 * @see org.dovetail.diagram.model.description.ArrowKind
	 * @see #setTargetArrow(ArrowKind)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getEdgeStyle_TargetArrow()
	 * @model default="filled"
	 * @generated
	 */
	ArrowKind getTargetArrow();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.EdgeStyle#getTargetArrow <em>Target Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Arrow</em>' attribute.
	 * @see org.dovetail.diagram.model.description.ArrowKind
	 * @see #getTargetArrow()
	 * @generated
	 */
	void setTargetArrow(ArrowKind value);

	/**
	 * Returns the value of the '<em><b>Routing</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.diagram.model.description.EdgeRouting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the edge is routed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Routing</em>' attribute.
	 * @see org.dovetail.diagram.model.description.EdgeRouting
	 * @see #setRouting(EdgeRouting)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getEdgeStyle_Routing()
	 * @model
	 * @generated
	 */
	EdgeRouting getRouting();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.EdgeStyle#getRouting <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Routing</em>' attribute.
	 * @see org.dovetail.diagram.model.description.EdgeRouting
	 * @see #getRouting()
	 * @generated
	 */
	void setRouting(EdgeRouting value);

} // EdgeStyle
