/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone.impl;

import java.util.Collection;
import java.util.Date;

import org.dovetail.model.Party;
import org.dovetail.model.Person;

import org.dovetail.model.impl.ElementImpl;

import org.dovetail.model.workasdone.LearningPhase;
import org.dovetail.model.workasdone.LearningSession;
import org.dovetail.model.workasdone.Observation;
import org.dovetail.model.workasdone.WorkAsDonePackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Learning Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.workasdone.impl.LearningSessionImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.LearningSessionImpl#getHeldOn <em>Held On</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.LearningSessionImpl#getFacilitator <em>Facilitator</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.LearningSessionImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.LearningSessionImpl#getObservations <em>Observations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LearningSessionImpl extends ElementImpl implements LearningSession {
	/**
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final LearningPhase PHASE_EDEFAULT = LearningPhase.LEARN;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected LearningPhase phase = PHASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeldOn() <em>Held On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeldOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date HELD_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeldOn() <em>Held On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeldOn()
	 * @generated
	 * @ordered
	 */
	protected Date heldOn = HELD_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFacilitator() <em>Facilitator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacilitator()
	 * @generated
	 * @ordered
	 */
	protected Person facilitator;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Party> participants;

	/**
	 * The cached value of the '{@link #getObservations() <em>Observations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservations()
	 * @generated
	 * @ordered
	 */
	protected EList<Observation> observations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LearningSessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkAsDonePackage.Literals.LEARNING_SESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LearningPhase getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(LearningPhase newPhase) {
		LearningPhase oldPhase = phase;
		phase = newPhase == null ? PHASE_EDEFAULT : newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.LEARNING_SESSION__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getHeldOn() {
		return heldOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeldOn(Date newHeldOn) {
		Date oldHeldOn = heldOn;
		heldOn = newHeldOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.LEARNING_SESSION__HELD_ON, oldHeldOn, heldOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getFacilitator() {
		if (facilitator != null && facilitator.eIsProxy()) {
			InternalEObject oldFacilitator = (InternalEObject)facilitator;
			facilitator = (Person)eResolveProxy(oldFacilitator);
			if (facilitator != oldFacilitator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WorkAsDonePackage.LEARNING_SESSION__FACILITATOR, oldFacilitator, facilitator));
			}
		}
		return facilitator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetFacilitator() {
		return facilitator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFacilitator(Person newFacilitator) {
		Person oldFacilitator = facilitator;
		facilitator = newFacilitator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.LEARNING_SESSION__FACILITATOR, oldFacilitator, facilitator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Party> getParticipants() {
		if (participants == null) {
			participants = new EObjectResolvingEList<Party>(Party.class, this, WorkAsDonePackage.LEARNING_SESSION__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Observation> getObservations() {
		if (observations == null) {
			observations = new EObjectContainmentEList<Observation>(Observation.class, this, WorkAsDonePackage.LEARNING_SESSION__OBSERVATIONS);
		}
		return observations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WorkAsDonePackage.LEARNING_SESSION__OBSERVATIONS:
				return ((InternalEList<?>)getObservations()).basicRemove(otherEnd, msgs);
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
			case WorkAsDonePackage.LEARNING_SESSION__PHASE:
				return getPhase();
			case WorkAsDonePackage.LEARNING_SESSION__HELD_ON:
				return getHeldOn();
			case WorkAsDonePackage.LEARNING_SESSION__FACILITATOR:
				if (resolve) return getFacilitator();
				return basicGetFacilitator();
			case WorkAsDonePackage.LEARNING_SESSION__PARTICIPANTS:
				return getParticipants();
			case WorkAsDonePackage.LEARNING_SESSION__OBSERVATIONS:
				return getObservations();
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
			case WorkAsDonePackage.LEARNING_SESSION__PHASE:
				setPhase((LearningPhase)newValue);
				return;
			case WorkAsDonePackage.LEARNING_SESSION__HELD_ON:
				setHeldOn((Date)newValue);
				return;
			case WorkAsDonePackage.LEARNING_SESSION__FACILITATOR:
				setFacilitator((Person)newValue);
				return;
			case WorkAsDonePackage.LEARNING_SESSION__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends Party>)newValue);
				return;
			case WorkAsDonePackage.LEARNING_SESSION__OBSERVATIONS:
				getObservations().clear();
				getObservations().addAll((Collection<? extends Observation>)newValue);
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
			case WorkAsDonePackage.LEARNING_SESSION__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case WorkAsDonePackage.LEARNING_SESSION__HELD_ON:
				setHeldOn(HELD_ON_EDEFAULT);
				return;
			case WorkAsDonePackage.LEARNING_SESSION__FACILITATOR:
				setFacilitator((Person)null);
				return;
			case WorkAsDonePackage.LEARNING_SESSION__PARTICIPANTS:
				getParticipants().clear();
				return;
			case WorkAsDonePackage.LEARNING_SESSION__OBSERVATIONS:
				getObservations().clear();
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
			case WorkAsDonePackage.LEARNING_SESSION__PHASE:
				return phase != PHASE_EDEFAULT;
			case WorkAsDonePackage.LEARNING_SESSION__HELD_ON:
				return HELD_ON_EDEFAULT == null ? heldOn != null : !HELD_ON_EDEFAULT.equals(heldOn);
			case WorkAsDonePackage.LEARNING_SESSION__FACILITATOR:
				return facilitator != null;
			case WorkAsDonePackage.LEARNING_SESSION__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case WorkAsDonePackage.LEARNING_SESSION__OBSERVATIONS:
				return observations != null && !observations.isEmpty();
		}
		return super.eIsSet(featureID);
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
		result.append(" (phase: ");
		result.append(phase);
		result.append(", heldOn: ");
		result.append(heldOn);
		result.append(')');
		return result.toString();
	}

} //LearningSessionImpl
