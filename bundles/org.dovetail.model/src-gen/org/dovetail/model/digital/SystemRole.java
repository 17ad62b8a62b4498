/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>System Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A role or user group as the system knows it (e.g. an ERP role).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.digital.SystemRole#getTechnicalName <em>Technical Name</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.digital.DigitalPackage#getSystemRole()
 * @model
 * @generated
 */
public interface SystemRole extends DigitalElement {
	/**
	 * Returns the value of the '<em><b>Technical Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role's technical identifier in the system.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Technical Name</em>' attribute.
	 * @see #setTechnicalName(String)
	 * @see org.dovetail.model.digital.DigitalPackage#getSystemRole_TechnicalName()
	 * @model
	 * @generated
	 */
	String getTechnicalName();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.SystemRole#getTechnicalName <em>Technical Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Technical Name</em>' attribute.
	 * @see #getTechnicalName()
	 * @generated
	 */
	void setTechnicalName(String value);

} // SystemRole
