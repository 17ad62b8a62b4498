/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance.impl;

import java.util.Collection;

import org.dovetail.model.digital.DigitalElement;

import org.dovetail.model.governance.ArtifactReplacementMapping;
import org.dovetail.model.governance.GovernancePackage;

import org.dovetail.model.process.LegacyArtifact;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Artifact Replacement Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.impl.ArtifactReplacementMappingImpl#getArtifact <em>Artifact</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.ArtifactReplacementMappingImpl#getReplacements <em>Replacements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArtifactReplacementMappingImpl extends MappingImpl implements ArtifactReplacementMapping {
	/**
	 * The cached value of the '{@link #getArtifact() <em>Artifact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtifact()
	 * @generated
	 * @ordered
	 */
	protected LegacyArtifact artifact;

	/**
	 * The cached value of the '{@link #getReplacements() <em>Replacements</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacements()
	 * @generated
	 * @ordered
	 */
	protected EList<DigitalElement> replacements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArtifactReplacementMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.ARTIFACT_REPLACEMENT_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegacyArtifact getArtifact() {
		if (artifact != null && artifact.eIsProxy()) {
			InternalEObject oldArtifact = (InternalEObject)artifact;
			artifact = (LegacyArtifact)eResolveProxy(oldArtifact);
			if (artifact != oldArtifact) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.ARTIFACT_REPLACEMENT_MAPPING__ARTIFACT, oldArtifact, artifact));
			}
		}
		return artifact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LegacyArtifact basicGetArtifact() {
		return artifact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArtifact(LegacyArtifact newArtifact) {
		LegacyArtifact oldArtifact = artifact;
		artifact = newArtifact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.ARTIFACT_REPLACEMENT_MAPPING__ARTIFACT, oldArtifact, artifact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DigitalElement> getReplacements() {
		if (replacements == null) {
			replacements = new EObjectResolvingEList<DigitalElement>(DigitalElement.class, this, GovernancePackage.ARTIFACT_REPLACEMENT_MAPPING__REPLACEMENTS);
		}
		return replacements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.ARTIFACT_REPLACEMENT_MAPPING__ARTIFACT:
				if (resolve) return getArtifact();
				return basicGetArtifact();
			case GovernancePackage.ARTIFACT_REPLACEMENT_MAPPING__REPLACEMENTS:
				return getReplacements();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GovernancePackage.ARTIFACT_REPLACEMENT_MAPPING__ARTIFACT:
				setArtifact((LegacyArtifact)newValue);
				return;
			case GovernancePackage.ARTIFACT_REPLACEMENT_MAPPING__REPLACEMENTS:
				getReplacements().clear();
				getReplacements().addAll((Collection<? extends DigitalElement>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GovernancePackage.ARTIFACT_REPLACEMENT_MAPPING__ARTIFACT:
				setArtifact((LegacyArtifact)null);
				return;
			case GovernancePackage.ARTIFACT_REPLACEMENT_MAPPING__REPLACEMENTS:
				getReplacements().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GovernancePackage.ARTIFACT_REPLACEMENT_MAPPING__ARTIFACT:
				return artifact != null;
			case GovernancePackage.ARTIFACT_REPLACEMENT_MAPPING__REPLACEMENTS:
				return replacements != null && !replacements.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ArtifactReplacementMappingImpl
