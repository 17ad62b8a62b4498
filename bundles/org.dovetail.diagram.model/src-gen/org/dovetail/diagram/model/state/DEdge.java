/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.state;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>DEdge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An edge between two nodes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.state.DEdge#getSource <em>Source</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.DEdge#getTarget <em>Target</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.DEdge#getBendpoints <em>Bendpoints</em>}</li>
 * </ul>
 *
 * @see org.dovetail.diagram.model.state.StatePackage#getDEdge()
 * @model
 * @generated
 */
public interface DEdge extends DDiagramElement {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the edge starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(AbstractDNode)
	 * @see org.dovetail.diagram.model.state.StatePackage#getDEdge_Source()
	 * @model required="true"
	 * @generated
	 */
	AbstractDNode getSource();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.DEdge#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(AbstractDNode value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the edge ends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(AbstractDNode)
	 * @see org.dovetail.diagram.model.state.StatePackage#getDEdge_Target()
	 * @model required="true"
	 * @generated
	 */
	AbstractDNode getTarget();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.DEdge#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(AbstractDNode value);

	/**
	 * Returns the value of the '<em><b>Bendpoints</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.diagram.model.state.Bendpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The route's corner points in absolute diagram coordinates, from source to target (none: a straight line).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bendpoints</em>' containment reference list.
	 * @see org.dovetail.diagram.model.state.StatePackage#getDEdge_Bendpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Bendpoint> getBendpoints();

} // DEdge
