/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relation Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An edge for each target of a reference (or of a target function) of a source node's semantic element.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.description.RelationEdgeMapping#getTargetFeature <em>Target Feature</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.RelationEdgeMapping#getTargetExpression <em>Target Expression</em>}</li>
 * </ul>
 *
 * @see org.dovetail.diagram.model.description.DescriptionPackage#getRelationEdgeMapping()
 * @model
 * @generated
 */
public interface RelationEdgeMapping extends EdgeMapping {
	/**
	 * Returns the value of the '<em><b>Target Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the reference on the source element whose values are the targets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Feature</em>' attribute.
	 * @see #setTargetFeature(String)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getRelationEdgeMapping_TargetFeature()
	 * @model
	 * @generated
	 */
	String getTargetFeature();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.RelationEdgeMapping#getTargetFeature <em>Target Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Feature</em>' attribute.
	 * @see #getTargetFeature()
	 * @generated
	 */
	void setTargetFeature(String value);

	/**
	 * Returns the value of the '<em><b>Target Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Function id yielding the targets of a source element (used when no targetFeature is given).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Expression</em>' attribute.
	 * @see #setTargetExpression(String)
	 * @see org.dovetail.diagram.model.description.DescriptionPackage#getRelationEdgeMapping_TargetExpression()
	 * @model
	 * @generated
	 */
	String getTargetExpression();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.description.RelationEdgeMapping#getTargetExpression <em>Target Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Expression</em>' attribute.
	 * @see #getTargetExpression()
	 * @generated
	 */
	void setTargetExpression(String value);

} // RelationEdgeMapping
