/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Check</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A verification step (a match, a reconciliation) that executes a control.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.Check#getExecutes <em>Executes</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.process.ProcessPackage#getCheck()
 * @model
 * @generated
 */
public interface Check extends Step {
	/**
	 * Returns the value of the '<em><b>Executes</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The control this check carries out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Executes</em>' reference.
	 * @see #setExecutes(Control)
	 * @see org.dovetail.model.process.ProcessPackage#getCheck_Executes()
	 * @model
	 * @generated
	 */
	Control getExecutes();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.Check#getExecutes <em>Executes</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Executes</em>' reference.
	 * @see #getExecutes()
	 * @generated
	 */
	void setExecutes(Control value);

} // Check
