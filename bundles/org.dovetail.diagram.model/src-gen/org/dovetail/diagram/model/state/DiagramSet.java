/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.state;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The diagram state of one semantic model, kept in its own file beside it (model.dovetail-diagrams): positions, sizes, bendpoints, collapsed containers and active layers. Semantic elements are referred to by their ids, never by EMF references, so the model file stays untouched.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.state.DiagramSet#getModelFile <em>Model File</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.DiagramSet#getDiagrams <em>Diagrams</em>}</li>
 * </ul>
 *
 * @see org.dovetail.diagram.model.state.StatePackage#getDiagramSet()
 * @model
 * @generated
 */
public interface DiagramSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Model File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file name of the semantic model the diagrams show.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model File</em>' attribute.
	 * @see #setModelFile(String)
	 * @see org.dovetail.diagram.model.state.StatePackage#getDiagramSet_ModelFile()
	 * @model
	 * @generated
	 */
	String getModelFile();

	/**
	 * Sets the value of the '{@link org.dovetail.diagram.model.state.DiagramSet#getModelFile <em>Model File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model File</em>' attribute.
	 * @see #getModelFile()
	 * @generated
	 */
	void setModelFile(String value);

	/**
	 * Returns the value of the '<em><b>Diagrams</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.diagram.model.state.Diagram}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The diagrams.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diagrams</em>' containment reference list.
	 * @see org.dovetail.diagram.model.state.StatePackage#getDiagramSet_Diagrams()
	 * @model containment="true"
	 * @generated
	 */
	EList<Diagram> getDiagrams();

} // DiagramSet
