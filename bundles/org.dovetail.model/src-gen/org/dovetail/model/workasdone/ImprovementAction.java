/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone;

import java.util.Date;

import org.dovetail.model.Element;
import org.dovetail.model.Identified;
import org.dovetail.model.Owned;
import org.dovetail.model.Person;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Improvement Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An improvement action with a sponsor, addressing observations or findings.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.workasdone.ImprovementAction#getSponsor <em>Sponsor</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.ImprovementAction#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.ImprovementAction#getStatus <em>Status</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.ImprovementAction#getDueOn <em>Due On</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getImprovementAction()
 * @model
 * @generated
 */
public interface ImprovementAction extends Element, Owned {
	/**
	 * Returns the value of the '<em><b>Sponsor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sponsor who backs the action.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sponsor</em>' reference.
	 * @see #setSponsor(Person)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getImprovementAction_Sponsor()
	 * @model
	 * @generated
	 */
	Person getSponsor();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.ImprovementAction#getSponsor <em>Sponsor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sponsor</em>' reference.
	 * @see #getSponsor()
	 * @generated
	 */
	void setSponsor(Person value);

	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.Identified}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The observations, deviations or findings it addresses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addresses</em>' reference list.
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getImprovementAction_Addresses()
	 * @model
	 * @generated
	 */
	EList<Identified> getAddresses();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.workasdone.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the action stands.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.dovetail.model.workasdone.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getImprovementAction_Status()
	 * @model
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.ImprovementAction#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.dovetail.model.workasdone.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

	/**
	 * Returns the value of the '<em><b>Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it is due.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due On</em>' attribute.
	 * @see #setDueOn(Date)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getImprovementAction_DueOn()
	 * @model
	 * @generated
	 */
	Date getDueOn();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.ImprovementAction#getDueOn <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due On</em>' attribute.
	 * @see #getDueOn()
	 * @generated
	 */
	void setDueOn(Date value);

} // ImprovementAction
