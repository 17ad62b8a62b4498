/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Party</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Someone who can own, perform, approve or sponsor: a named person or a process role.
 * <!-- end-model-doc -->
 *
 *
 * @see org.dovetail.model.DovetailPackage#getParty()
 * @model abstract="true"
 * @generated
 */
public interface Party extends Element {
} // Party
