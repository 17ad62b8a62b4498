/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process.impl;

import java.util.Date;

import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Owned;
import org.dovetail.model.Party;

import org.dovetail.model.impl.ElementImpl;

import org.dovetail.model.process.ArtifactFate;
import org.dovetail.model.process.ArtifactKind;
import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.model.process.ProcessPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Legacy Artifact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.impl.LegacyArtifactImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.LegacyArtifactImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.LegacyArtifactImpl#getFate <em>Fate</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.LegacyArtifactImpl#getFateReason <em>Fate Reason</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.LegacyArtifactImpl#getRetireBy <em>Retire By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LegacyArtifactImpl extends ElementImpl implements LegacyArtifact {
	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Party owner;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ArtifactKind KIND_EDEFAULT = ArtifactKind.SPREADSHEET;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ArtifactKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getFate() <em>Fate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFate()
	 * @generated
	 * @ordered
	 */
	protected static final ArtifactFate FATE_EDEFAULT = ArtifactFate.UNDECIDED;

	/**
	 * The cached value of the '{@link #getFate() <em>Fate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFate()
	 * @generated
	 * @ordered
	 */
	protected ArtifactFate fate = FATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFateReason() <em>Fate Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFateReason()
	 * @generated
	 * @ordered
	 */
	protected static final String FATE_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFateReason() <em>Fate Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFateReason()
	 * @generated
	 * @ordered
	 */
	protected String fateReason = FATE_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetireBy() <em>Retire By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetireBy()
	 * @generated
	 * @ordered
	 */
	protected static final Date RETIRE_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRetireBy() <em>Retire By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetireBy()
	 * @generated
	 * @ordered
	 */
	protected Date retireBy = RETIRE_BY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LegacyArtifactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProcessPackage.Literals.LEGACY_ARTIFACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Party)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProcessPackage.LEGACY_ARTIFACT__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Party basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Party newOwner) {
		Party oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.LEGACY_ARTIFACT__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArtifactKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ArtifactKind newKind) {
		ArtifactKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.LEGACY_ARTIFACT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArtifactFate getFate() {
		return fate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFate(ArtifactFate newFate) {
		ArtifactFate oldFate = fate;
		fate = newFate == null ? FATE_EDEFAULT : newFate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.LEGACY_ARTIFACT__FATE, oldFate, fate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFateReason() {
		return fateReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFateReason(String newFateReason) {
		String oldFateReason = fateReason;
		fateReason = newFateReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.LEGACY_ARTIFACT__FATE_REASON, oldFateReason, fateReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getRetireBy() {
		return retireBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetireBy(Date newRetireBy) {
		Date oldRetireBy = retireBy;
		retireBy = newRetireBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.LEGACY_ARTIFACT__RETIRE_BY, oldRetireBy, retireBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProcessPackage.LEGACY_ARTIFACT__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case ProcessPackage.LEGACY_ARTIFACT__KIND:
				return getKind();
			case ProcessPackage.LEGACY_ARTIFACT__FATE:
				return getFate();
			case ProcessPackage.LEGACY_ARTIFACT__FATE_REASON:
				return getFateReason();
			case ProcessPackage.LEGACY_ARTIFACT__RETIRE_BY:
				return getRetireBy();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProcessPackage.LEGACY_ARTIFACT__OWNER:
				setOwner((Party)newValue);
				return;
			case ProcessPackage.LEGACY_ARTIFACT__KIND:
				setKind((ArtifactKind)newValue);
				return;
			case ProcessPackage.LEGACY_ARTIFACT__FATE:
				setFate((ArtifactFate)newValue);
				return;
			case ProcessPackage.LEGACY_ARTIFACT__FATE_REASON:
				setFateReason((String)newValue);
				return;
			case ProcessPackage.LEGACY_ARTIFACT__RETIRE_BY:
				setRetireBy((Date)newValue);
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
			case ProcessPackage.LEGACY_ARTIFACT__OWNER:
				setOwner((Party)null);
				return;
			case ProcessPackage.LEGACY_ARTIFACT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ProcessPackage.LEGACY_ARTIFACT__FATE:
				setFate(FATE_EDEFAULT);
				return;
			case ProcessPackage.LEGACY_ARTIFACT__FATE_REASON:
				setFateReason(FATE_REASON_EDEFAULT);
				return;
			case ProcessPackage.LEGACY_ARTIFACT__RETIRE_BY:
				setRetireBy(RETIRE_BY_EDEFAULT);
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
			case ProcessPackage.LEGACY_ARTIFACT__OWNER:
				return owner != null;
			case ProcessPackage.LEGACY_ARTIFACT__KIND:
				return kind != KIND_EDEFAULT;
			case ProcessPackage.LEGACY_ARTIFACT__FATE:
				return fate != FATE_EDEFAULT;
			case ProcessPackage.LEGACY_ARTIFACT__FATE_REASON:
				return FATE_REASON_EDEFAULT == null ? fateReason != null : !FATE_REASON_EDEFAULT.equals(fateReason);
			case ProcessPackage.LEGACY_ARTIFACT__RETIRE_BY:
				return RETIRE_BY_EDEFAULT == null ? retireBy != null : !RETIRE_BY_EDEFAULT.equals(retireBy);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == Owned.class) {
			switch (derivedFeatureID) {
				case ProcessPackage.LEGACY_ARTIFACT__OWNER: return DovetailPackage.OWNED__OWNER;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == Owned.class) {
			switch (baseFeatureID) {
				case DovetailPackage.OWNED__OWNER: return ProcessPackage.LEGACY_ARTIFACT__OWNER;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", fate: ");
		result.append(fate);
		result.append(", fateReason: ");
		result.append(fateReason);
		result.append(", retireBy: ");
		result.append(retireBy);
		result.append(')');
		return result.toString();
	}

} //LegacyArtifactImpl
