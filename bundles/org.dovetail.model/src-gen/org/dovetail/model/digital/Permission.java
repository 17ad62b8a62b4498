/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Permission</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a system role may do: an action on an object.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.digital.Permission#getAction <em>Action</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Permission#getGrantedTo <em>Granted To</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Permission#isGrantedToAll <em>Granted To All</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.digital.DigitalPackage#getPermission()
 * @model
 * @generated
 */
public interface Permission extends DigitalElement {
	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.digital.PermissionAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of action permitted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see org.dovetail.model.digital.PermissionAction
	 * @see #setAction(PermissionAction)
	 * @see org.dovetail.model.digital.DigitalPackage#getPermission_Action()
	 * @model
	 * @generated
	 */
	PermissionAction getAction();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.Permission#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see org.dovetail.model.digital.PermissionAction
	 * @see #getAction()
	 * @generated
	 */
	void setAction(PermissionAction value);

	/**
	 * Returns the value of the '<em><b>Granted To</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.SystemRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system roles that hold the permission.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Granted To</em>' reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getPermission_GrantedTo()
	 * @model
	 * @generated
	 */
	EList<SystemRole> getGrantedTo();

	/**
	 * Returns the value of the '<em><b>Granted To All</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when every user of the system holds the permission.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Granted To All</em>' attribute.
	 * @see #setGrantedToAll(boolean)
	 * @see org.dovetail.model.digital.DigitalPackage#getPermission_GrantedToAll()
	 * @model default="false"
	 * @generated
	 */
	boolean isGrantedToAll();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.Permission#isGrantedToAll <em>Granted To All</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Granted To All</em>' attribute.
	 * @see #isGrantedToAll()
	 * @generated
	 */
	void setGrantedToAll(boolean value);

} // Permission
