/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Owned</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Mix-in for elements that need an accountable owner. Governance rules report owned elements whose owner is missing.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.Owned#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.DovetailPackage#getOwned()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface Owned extends EObject {
	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person or role accountable for the element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Party)
	 * @see org.dovetail.model.DovetailPackage#getOwned_Owner()
	 * @model
	 * @generated
	 */
	Party getOwner();

	/**
	 * Sets the value of the '{@link org.dovetail.model.Owned#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Party value);

} // Owned
