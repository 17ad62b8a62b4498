/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone;

import org.dovetail.model.Identified;

import org.dovetail.model.process.Step;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activity Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maps an activity name in an event log to a process step.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.workasdone.ActivityMapping#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.ActivityMapping#getStep <em>Step</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getActivityMapping()
 * @model
 * @generated
 */
public interface ActivityMapping extends Identified {
	/**
	 * Returns the value of the '<em><b>Activity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The activity name as it appears in the log.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activity</em>' attribute.
	 * @see #setActivity(String)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getActivityMapping_Activity()
	 * @model
	 * @generated
	 */
	String getActivity();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.ActivityMapping#getActivity <em>Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activity</em>' attribute.
	 * @see #getActivity()
	 * @generated
	 */
	void setActivity(String value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step it stands for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step</em>' reference.
	 * @see #setStep(Step)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getActivityMapping_Step()
	 * @model required="true"
	 * @generated
	 */
	Step getStep();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.ActivityMapping#getStep <em>Step</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' reference.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(Step value);

} // ActivityMapping
