/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.implementation;

import org.dovetail.model.Identified;
import org.dovetail.model.Party;

import org.dovetail.model.process.Step;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the change does to one step: introduce, modify, retire or retain it, and who owns it afterwards.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.implementation.StepChange#getStep <em>Step</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.StepChange#getChange <em>Change</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.StepChange#getNewOwner <em>New Owner</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.StepChange#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.implementation.ImplementationPackage#getStepChange()
 * @model
 * @generated
 */
public interface StepChange extends Identified {
	/**
	 * Returns the value of the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step</em>' reference.
	 * @see #setStep(Step)
	 * @see org.dovetail.model.implementation.ImplementationPackage#getStepChange_Step()
	 * @model required="true"
	 * @generated
	 */
	Step getStep();

	/**
	 * Sets the value of the '{@link org.dovetail.model.implementation.StepChange#getStep <em>Step</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' reference.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(Step value);

	/**
	 * Returns the value of the '<em><b>Change</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.implementation.ChangeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happens to the step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Change</em>' attribute.
	 * @see org.dovetail.model.implementation.ChangeKind
	 * @see #setChange(ChangeKind)
	 * @see org.dovetail.model.implementation.ImplementationPackage#getStepChange_Change()
	 * @model
	 * @generated
	 */
	ChangeKind getChange();

	/**
	 * Sets the value of the '{@link org.dovetail.model.implementation.StepChange#getChange <em>Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Change</em>' attribute.
	 * @see org.dovetail.model.implementation.ChangeKind
	 * @see #getChange()
	 * @generated
	 */
	void setChange(ChangeKind value);

	/**
	 * Returns the value of the '<em><b>New Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who owns the step after the change.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>New Owner</em>' reference.
	 * @see #setNewOwner(Party)
	 * @see org.dovetail.model.implementation.ImplementationPackage#getStepChange_NewOwner()
	 * @model
	 * @generated
	 */
	Party getNewOwner();

	/**
	 * Sets the value of the '{@link org.dovetail.model.implementation.StepChange#getNewOwner <em>New Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Owner</em>' reference.
	 * @see #getNewOwner()
	 * @generated
	 */
	void setNewOwner(Party value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why (required when a step is retained).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.dovetail.model.implementation.ImplementationPackage#getStepChange_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.dovetail.model.implementation.StepChange#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // StepChange
