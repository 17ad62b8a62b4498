/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance;

import org.dovetail.model.digital.DigitalElement;

import org.dovetail.model.process.Control;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Control Implementation Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A control is implemented by these system elements (a guard, a mandatory field, an automation).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.ControlImplementationMapping#getControl <em>Control</em>}</li>
 *   <li>{@link org.dovetail.model.governance.ControlImplementationMapping#getImplementedBy <em>Implemented By</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.governance.GovernancePackage#getControlImplementationMapping()
 * @model
 * @generated
 */
public interface ControlImplementationMapping extends Mapping {
	/**
	 * Returns the value of the '<em><b>Control</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The control.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Control</em>' reference.
	 * @see #setControl(Control)
	 * @see org.dovetail.model.governance.GovernancePackage#getControlImplementationMapping_Control()
	 * @model required="true"
	 * @generated
	 */
	Control getControl();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.ControlImplementationMapping#getControl <em>Control</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control</em>' reference.
	 * @see #getControl()
	 * @generated
	 */
	void setControl(Control value);

	/**
	 * Returns the value of the '<em><b>Implemented By</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.DigitalElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system elements that implement it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Implemented By</em>' reference list.
	 * @see org.dovetail.model.governance.GovernancePackage#getControlImplementationMapping_ImplementedBy()
	 * @model required="true"
	 * @generated
	 */
	EList<DigitalElement> getImplementedBy();

} // ControlImplementationMapping
