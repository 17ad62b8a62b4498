/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance;

import org.dovetail.model.digital.DigitalElement;

import org.dovetail.model.process.ExceptionPath;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Exception Handling Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An exception path is handled in the system by these elements (states, transitions, automations).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.ExceptionHandlingMapping#getExceptionPath <em>Exception Path</em>}</li>
 *   <li>{@link org.dovetail.model.governance.ExceptionHandlingMapping#getHandledBy <em>Handled By</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.governance.GovernancePackage#getExceptionHandlingMapping()
 * @model
 * @generated
 */
public interface ExceptionHandlingMapping extends Mapping {
	/**
	 * Returns the value of the '<em><b>Exception Path</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The exception path.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exception Path</em>' reference.
	 * @see #setExceptionPath(ExceptionPath)
	 * @see org.dovetail.model.governance.GovernancePackage#getExceptionHandlingMapping_ExceptionPath()
	 * @model required="true"
	 * @generated
	 */
	ExceptionPath getExceptionPath();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.ExceptionHandlingMapping#getExceptionPath <em>Exception Path</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exception Path</em>' reference.
	 * @see #getExceptionPath()
	 * @generated
	 */
	void setExceptionPath(ExceptionPath value);

	/**
	 * Returns the value of the '<em><b>Handled By</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.DigitalElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system elements that handle it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handled By</em>' reference list.
	 * @see org.dovetail.model.governance.GovernancePackage#getExceptionHandlingMapping_HandledBy()
	 * @model required="true"
	 * @generated
	 */
	EList<DigitalElement> getHandledBy();

} // ExceptionHandlingMapping
