/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance;

import org.dovetail.model.digital.DataField;

import org.dovetail.model.process.EvidenceRequirement;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence Field Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An evidence requirement is captured by these data fields.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.EvidenceFieldMapping#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.dovetail.model.governance.EvidenceFieldMapping#getFields <em>Fields</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.governance.GovernancePackage#getEvidenceFieldMapping()
 * @model
 * @generated
 */
public interface EvidenceFieldMapping extends Mapping {
	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The evidence requirement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' reference.
	 * @see #setEvidence(EvidenceRequirement)
	 * @see org.dovetail.model.governance.GovernancePackage#getEvidenceFieldMapping_Evidence()
	 * @model required="true"
	 * @generated
	 */
	EvidenceRequirement getEvidence();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.EvidenceFieldMapping#getEvidence <em>Evidence</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' reference.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(EvidenceRequirement value);

	/**
	 * Returns the value of the '<em><b>Fields</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.DataField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fields that capture it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fields</em>' reference list.
	 * @see org.dovetail.model.governance.GovernancePackage#getEvidenceFieldMapping_Fields()
	 * @model required="true"
	 * @generated
	 */
	EList<DataField> getFields();

} // EvidenceFieldMapping
