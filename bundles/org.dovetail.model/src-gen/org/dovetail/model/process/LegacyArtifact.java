/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process;

import java.util.Date;

import org.dovetail.model.Element;
import org.dovetail.model.Owned;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Legacy Artifact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A spreadsheet, e-mail thread, meeting or report that carries work outside the systems. Its fate must be decided: retire it, or retain it with a stated reason.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.LegacyArtifact#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dovetail.model.process.LegacyArtifact#getFate <em>Fate</em>}</li>
 *   <li>{@link org.dovetail.model.process.LegacyArtifact#getFateReason <em>Fate Reason</em>}</li>
 *   <li>{@link org.dovetail.model.process.LegacyArtifact#getRetireBy <em>Retire By</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.process.ProcessPackage#getLegacyArtifact()
 * @model
 * @generated
 */
public interface LegacyArtifact extends Element, Owned {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.process.ArtifactKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What sort of artifact it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.dovetail.model.process.ArtifactKind
	 * @see #setKind(ArtifactKind)
	 * @see org.dovetail.model.process.ProcessPackage#getLegacyArtifact_Kind()
	 * @model
	 * @generated
	 */
	ArtifactKind getKind();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.LegacyArtifact#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.dovetail.model.process.ArtifactKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ArtifactKind value);

	/**
	 * Returns the value of the '<em><b>Fate</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.process.ArtifactFate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the organisation has decided to do with it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fate</em>' attribute.
	 * @see org.dovetail.model.process.ArtifactFate
	 * @see #setFate(ArtifactFate)
	 * @see org.dovetail.model.process.ProcessPackage#getLegacyArtifact_Fate()
	 * @model
	 * @generated
	 */
	ArtifactFate getFate();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.LegacyArtifact#getFate <em>Fate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fate</em>' attribute.
	 * @see org.dovetail.model.process.ArtifactFate
	 * @see #getFate()
	 * @generated
	 */
	void setFate(ArtifactFate value);

	/**
	 * Returns the value of the '<em><b>Fate Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the artifact is retained (required when retained).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fate Reason</em>' attribute.
	 * @see #setFateReason(String)
	 * @see org.dovetail.model.process.ProcessPackage#getLegacyArtifact_FateReason()
	 * @model
	 * @generated
	 */
	String getFateReason();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.LegacyArtifact#getFateReason <em>Fate Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fate Reason</em>' attribute.
	 * @see #getFateReason()
	 * @generated
	 */
	void setFateReason(String value);

	/**
	 * Returns the value of the '<em><b>Retire By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date by which a retired artifact should be gone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retire By</em>' attribute.
	 * @see #setRetireBy(Date)
	 * @see org.dovetail.model.process.ProcessPackage#getLegacyArtifact_RetireBy()
	 * @model
	 * @generated
	 */
	Date getRetireBy();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.LegacyArtifact#getRetireBy <em>Retire By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retire By</em>' attribute.
	 * @see #getRetireBy()
	 * @generated
	 */
	void setRetireBy(Date value);

} // LegacyArtifact
