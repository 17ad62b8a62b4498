/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.state;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>DNode</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A simple node.
 * <!-- end-model-doc -->
 *
 *
 * @see org.dovetail.diagram.model.state.StatePackage#getDNode()
 * @model
 * @generated
 */
public interface DNode extends AbstractDNode {
} // DNode
