/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process;

import org.dovetail.model.Element;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence Requirement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What must be recorded to show a step or control was done.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.EvidenceRequirement#isMandatory <em>Mandatory</em>}</li>
 *   <li>{@link org.dovetail.model.process.EvidenceRequirement#getRetention <em>Retention</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.process.ProcessPackage#getEvidenceRequirement()
 * @model
 * @generated
 */
public interface EvidenceRequirement extends Element {
	/**
	 * Returns the value of the '<em><b>Mandatory</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the evidence must always be recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mandatory</em>' attribute.
	 * @see #setMandatory(boolean)
	 * @see org.dovetail.model.process.ProcessPackage#getEvidenceRequirement_Mandatory()
	 * @model default="true"
	 * @generated
	 */
	boolean isMandatory();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.EvidenceRequirement#isMandatory <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mandatory</em>' attribute.
	 * @see #isMandatory()
	 * @generated
	 */
	void setMandatory(boolean value);

	/**
	 * Returns the value of the '<em><b>Retention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long the evidence is kept (e.g. "10 years").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retention</em>' attribute.
	 * @see #setRetention(String)
	 * @see org.dovetail.model.process.ProcessPackage#getEvidenceRequirement_Retention()
	 * @model
	 * @generated
	 */
	String getRetention();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.EvidenceRequirement#getRetention <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention</em>' attribute.
	 * @see #getRetention()
	 * @generated
	 */
	void setRetention(String value);

} // EvidenceRequirement
