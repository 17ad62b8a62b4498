/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance;

import org.dovetail.model.digital.DigitalElement;

import org.dovetail.model.process.LegacyArtifact;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Artifact Replacement Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A legacy artifact is replaced by these system elements.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.ArtifactReplacementMapping#getArtifact <em>Artifact</em>}</li>
 *   <li>{@link org.dovetail.model.governance.ArtifactReplacementMapping#getReplacements <em>Replacements</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.governance.GovernancePackage#getArtifactReplacementMapping()
 * @model
 * @generated
 */
public interface ArtifactReplacementMapping extends Mapping {
	/**
	 * Returns the value of the '<em><b>Artifact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The legacy artifact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Artifact</em>' reference.
	 * @see #setArtifact(LegacyArtifact)
	 * @see org.dovetail.model.governance.GovernancePackage#getArtifactReplacementMapping_Artifact()
	 * @model required="true"
	 * @generated
	 */
	LegacyArtifact getArtifact();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.ArtifactReplacementMapping#getArtifact <em>Artifact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Artifact</em>' reference.
	 * @see #getArtifact()
	 * @generated
	 */
	void setArtifact(LegacyArtifact value);

	/**
	 * Returns the value of the '<em><b>Replacements</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.DigitalElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system elements that replace it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Replacements</em>' reference list.
	 * @see org.dovetail.model.governance.GovernancePackage#getArtifactReplacementMapping_Replacements()
	 * @model required="true"
	 * @generated
	 */
	EList<DigitalElement> getReplacements();

} // ArtifactReplacementMapping
