/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process.impl;

import java.util.Collection;

import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Owned;
import org.dovetail.model.Party;

import org.dovetail.model.impl.ElementImpl;

import org.dovetail.model.process.EvidenceRequirement;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Step;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.impl.StepImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.StepImpl#getPerformer <em>Performer</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.StepImpl#isManual <em>Manual</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.StepImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.StepImpl#getArtifacts <em>Artifacts</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.StepImpl#getOutgoing <em>Outgoing</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.StepImpl#getIncoming <em>Incoming</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class StepImpl extends ElementImpl implements Step {
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
	 * The cached value of the '{@link #getPerformer() <em>Performer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformer()
	 * @generated
	 * @ordered
	 */
	protected Role performer;

	/**
	 * The default value of the '{@link #isManual() <em>Manual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isManual()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MANUAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isManual() <em>Manual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isManual()
	 * @generated
	 * @ordered
	 */
	protected boolean manual = MANUAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceRequirement> evidence;

	/**
	 * The cached value of the '{@link #getArtifacts() <em>Artifacts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtifacts()
	 * @generated
	 * @ordered
	 */
	protected EList<LegacyArtifact> artifacts;

	/**
	 * The cached value of the '{@link #getOutgoing() <em>Outgoing</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutgoing()
	 * @generated
	 * @ordered
	 */
	protected EList<Flow> outgoing;

	/**
	 * The cached value of the '{@link #getIncoming() <em>Incoming</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncoming()
	 * @generated
	 * @ordered
	 */
	protected EList<Flow> incoming;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProcessPackage.Literals.STEP;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProcessPackage.STEP__OWNER, oldOwner, owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.STEP__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getPerformer() {
		if (performer != null && performer.eIsProxy()) {
			InternalEObject oldPerformer = (InternalEObject)performer;
			performer = (Role)eResolveProxy(oldPerformer);
			if (performer != oldPerformer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProcessPackage.STEP__PERFORMER, oldPerformer, performer));
			}
		}
		return performer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role basicGetPerformer() {
		return performer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerformer(Role newPerformer) {
		Role oldPerformer = performer;
		performer = newPerformer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.STEP__PERFORMER, oldPerformer, performer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isManual() {
		return manual;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManual(boolean newManual) {
		boolean oldManual = manual;
		manual = newManual;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.STEP__MANUAL, oldManual, manual));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceRequirement> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<EvidenceRequirement>(EvidenceRequirement.class, this, ProcessPackage.STEP__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LegacyArtifact> getArtifacts() {
		if (artifacts == null) {
			artifacts = new EObjectResolvingEList<LegacyArtifact>(LegacyArtifact.class, this, ProcessPackage.STEP__ARTIFACTS);
		}
		return artifacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Flow> getOutgoing() {
		if (outgoing == null) {
			outgoing = new EObjectWithInverseEList<Flow>(Flow.class, this, ProcessPackage.STEP__OUTGOING, ProcessPackage.FLOW__SOURCE);
		}
		return outgoing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Flow> getIncoming() {
		if (incoming == null) {
			incoming = new EObjectWithInverseEList<Flow>(Flow.class, this, ProcessPackage.STEP__INCOMING, ProcessPackage.FLOW__TARGET);
		}
		return incoming;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProcessPackage.STEP__OUTGOING:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getOutgoing()).basicAdd(otherEnd, msgs);
			case ProcessPackage.STEP__INCOMING:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getIncoming()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProcessPackage.STEP__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
			case ProcessPackage.STEP__OUTGOING:
				return ((InternalEList<?>)getOutgoing()).basicRemove(otherEnd, msgs);
			case ProcessPackage.STEP__INCOMING:
				return ((InternalEList<?>)getIncoming()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProcessPackage.STEP__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case ProcessPackage.STEP__PERFORMER:
				if (resolve) return getPerformer();
				return basicGetPerformer();
			case ProcessPackage.STEP__MANUAL:
				return isManual();
			case ProcessPackage.STEP__EVIDENCE:
				return getEvidence();
			case ProcessPackage.STEP__ARTIFACTS:
				return getArtifacts();
			case ProcessPackage.STEP__OUTGOING:
				return getOutgoing();
			case ProcessPackage.STEP__INCOMING:
				return getIncoming();
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
			case ProcessPackage.STEP__OWNER:
				setOwner((Party)newValue);
				return;
			case ProcessPackage.STEP__PERFORMER:
				setPerformer((Role)newValue);
				return;
			case ProcessPackage.STEP__MANUAL:
				setManual((Boolean)newValue);
				return;
			case ProcessPackage.STEP__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends EvidenceRequirement>)newValue);
				return;
			case ProcessPackage.STEP__ARTIFACTS:
				getArtifacts().clear();
				getArtifacts().addAll((Collection<? extends LegacyArtifact>)newValue);
				return;
			case ProcessPackage.STEP__OUTGOING:
				getOutgoing().clear();
				getOutgoing().addAll((Collection<? extends Flow>)newValue);
				return;
			case ProcessPackage.STEP__INCOMING:
				getIncoming().clear();
				getIncoming().addAll((Collection<? extends Flow>)newValue);
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
			case ProcessPackage.STEP__OWNER:
				setOwner((Party)null);
				return;
			case ProcessPackage.STEP__PERFORMER:
				setPerformer((Role)null);
				return;
			case ProcessPackage.STEP__MANUAL:
				setManual(MANUAL_EDEFAULT);
				return;
			case ProcessPackage.STEP__EVIDENCE:
				getEvidence().clear();
				return;
			case ProcessPackage.STEP__ARTIFACTS:
				getArtifacts().clear();
				return;
			case ProcessPackage.STEP__OUTGOING:
				getOutgoing().clear();
				return;
			case ProcessPackage.STEP__INCOMING:
				getIncoming().clear();
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
			case ProcessPackage.STEP__OWNER:
				return owner != null;
			case ProcessPackage.STEP__PERFORMER:
				return performer != null;
			case ProcessPackage.STEP__MANUAL:
				return manual != MANUAL_EDEFAULT;
			case ProcessPackage.STEP__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case ProcessPackage.STEP__ARTIFACTS:
				return artifacts != null && !artifacts.isEmpty();
			case ProcessPackage.STEP__OUTGOING:
				return outgoing != null && !outgoing.isEmpty();
			case ProcessPackage.STEP__INCOMING:
				return incoming != null && !incoming.isEmpty();
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
				case ProcessPackage.STEP__OWNER: return DovetailPackage.OWNED__OWNER;
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
				case DovetailPackage.OWNED__OWNER: return ProcessPackage.STEP__OWNER;
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
		result.append(" (manual: ");
		result.append(manual);
		result.append(')');
		return result.toString();
	}

} //StepImpl
