/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process;

import org.dovetail.model.Element;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trigger</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What starts a process.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.Trigger#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dovetail.model.process.Trigger#getStarts <em>Starts</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.process.ProcessPackage#getTrigger()
 * @model
 * @generated
 */
public interface Trigger extends Element {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.process.TriggerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of trigger.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.dovetail.model.process.TriggerKind
	 * @see #setKind(TriggerKind)
	 * @see org.dovetail.model.process.ProcessPackage#getTrigger_Kind()
	 * @model
	 * @generated
	 */
	TriggerKind getKind();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.Trigger#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.dovetail.model.process.TriggerKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TriggerKind value);

	/**
	 * Returns the value of the '<em><b>Starts</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first step the trigger starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Starts</em>' reference.
	 * @see #setStarts(Step)
	 * @see org.dovetail.model.process.ProcessPackage#getTrigger_Starts()
	 * @model
	 * @generated
	 */
	Step getStarts();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.Trigger#getStarts <em>Starts</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Starts</em>' reference.
	 * @see #getStarts()
	 * @generated
	 */
	void setStarts(Step value);

} // Trigger
