/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A unit of work done by a role.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.Task#isAutomated <em>Automated</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.process.ProcessPackage#getTask()
 * @model
 * @generated
 */
public interface Task extends Step {
	/**
	 * Returns the value of the '<em><b>Automated</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the documented procedure expects a system to do the task without a person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Automated</em>' attribute.
	 * @see #setAutomated(boolean)
	 * @see org.dovetail.model.process.ProcessPackage#getTask_Automated()
	 * @model default="false"
	 * @generated
	 */
	boolean isAutomated();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.Task#isAutomated <em>Automated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Automated</em>' attribute.
	 * @see #isAutomated()
	 * @generated
	 */
	void setAutomated(boolean value);

} // Task
