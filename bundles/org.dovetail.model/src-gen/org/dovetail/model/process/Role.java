/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process;

import org.dovetail.model.Party;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A process role: who performs steps and holds decision rights, independent of any system's role names.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.Role#getResponsibilities <em>Responsibilities</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.process.ProcessPackage#getRole()
 * @model
 * @generated
 */
public interface Role extends Party {
	/**
	 * Returns the value of the '<em><b>Responsibilities</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the role is responsible for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responsibilities</em>' attribute.
	 * @see #setResponsibilities(String)
	 * @see org.dovetail.model.process.ProcessPackage#getRole_Responsibilities()
	 * @model
	 * @generated
	 */
	String getResponsibilities();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.Role#getResponsibilities <em>Responsibilities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsibilities</em>' attribute.
	 * @see #getResponsibilities()
	 * @generated
	 */
	void setResponsibilities(String value);

} // Role
