/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital.impl;

import java.util.Collection;

import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.Workflow;
import org.dovetail.model.digital.WorkflowState;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Workflow</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.digital.impl.WorkflowImpl#getBusinessObject <em>Business Object</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.WorkflowImpl#getStates <em>States</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.WorkflowImpl#getTransitions <em>Transitions</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.WorkflowImpl#getInitialState <em>Initial State</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkflowImpl extends DigitalElementImpl implements Workflow {
	/**
	 * The default value of the '{@link #getBusinessObject() <em>Business Object</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessObject()
	 * @generated
	 * @ordered
	 */
	protected static final String BUSINESS_OBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBusinessObject() <em>Business Object</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessObject()
	 * @generated
	 * @ordered
	 */
	protected String businessObject = BUSINESS_OBJECT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStates() <em>States</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStates()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkflowState> states;

	/**
	 * The cached value of the '{@link #getTransitions() <em>Transitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransitions()
	 * @generated
	 * @ordered
	 */
	protected EList<Transition> transitions;

	/**
	 * The cached value of the '{@link #getInitialState() <em>Initial State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialState()
	 * @generated
	 * @ordered
	 */
	protected WorkflowState initialState;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkflowImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DigitalPackage.Literals.WORKFLOW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBusinessObject() {
		return businessObject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBusinessObject(String newBusinessObject) {
		String oldBusinessObject = businessObject;
		businessObject = newBusinessObject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.WORKFLOW__BUSINESS_OBJECT, oldBusinessObject, businessObject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkflowState> getStates() {
		if (states == null) {
			states = new EObjectContainmentEList<WorkflowState>(WorkflowState.class, this, DigitalPackage.WORKFLOW__STATES);
		}
		return states;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Transition> getTransitions() {
		if (transitions == null) {
			transitions = new EObjectContainmentEList<Transition>(Transition.class, this, DigitalPackage.WORKFLOW__TRANSITIONS);
		}
		return transitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkflowState getInitialState() {
		if (initialState != null && initialState.eIsProxy()) {
			InternalEObject oldInitialState = (InternalEObject)initialState;
			initialState = (WorkflowState)eResolveProxy(oldInitialState);
			if (initialState != oldInitialState) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DigitalPackage.WORKFLOW__INITIAL_STATE, oldInitialState, initialState));
			}
		}
		return initialState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkflowState basicGetInitialState() {
		return initialState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialState(WorkflowState newInitialState) {
		WorkflowState oldInitialState = initialState;
		initialState = newInitialState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.WORKFLOW__INITIAL_STATE, oldInitialState, initialState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DigitalPackage.WORKFLOW__STATES:
				return ((InternalEList<?>)getStates()).basicRemove(otherEnd, msgs);
			case DigitalPackage.WORKFLOW__TRANSITIONS:
				return ((InternalEList<?>)getTransitions()).basicRemove(otherEnd, msgs);
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
			case DigitalPackage.WORKFLOW__BUSINESS_OBJECT:
				return getBusinessObject();
			case DigitalPackage.WORKFLOW__STATES:
				return getStates();
			case DigitalPackage.WORKFLOW__TRANSITIONS:
				return getTransitions();
			case DigitalPackage.WORKFLOW__INITIAL_STATE:
				if (resolve) return getInitialState();
				return basicGetInitialState();
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
			case DigitalPackage.WORKFLOW__BUSINESS_OBJECT:
				setBusinessObject((String)newValue);
				return;
			case DigitalPackage.WORKFLOW__STATES:
				getStates().clear();
				getStates().addAll((Collection<? extends WorkflowState>)newValue);
				return;
			case DigitalPackage.WORKFLOW__TRANSITIONS:
				getTransitions().clear();
				getTransitions().addAll((Collection<? extends Transition>)newValue);
				return;
			case DigitalPackage.WORKFLOW__INITIAL_STATE:
				setInitialState((WorkflowState)newValue);
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
			case DigitalPackage.WORKFLOW__BUSINESS_OBJECT:
				setBusinessObject(BUSINESS_OBJECT_EDEFAULT);
				return;
			case DigitalPackage.WORKFLOW__STATES:
				getStates().clear();
				return;
			case DigitalPackage.WORKFLOW__TRANSITIONS:
				getTransitions().clear();
				return;
			case DigitalPackage.WORKFLOW__INITIAL_STATE:
				setInitialState((WorkflowState)null);
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
			case DigitalPackage.WORKFLOW__BUSINESS_OBJECT:
				return BUSINESS_OBJECT_EDEFAULT == null ? businessObject != null : !BUSINESS_OBJECT_EDEFAULT.equals(businessObject);
			case DigitalPackage.WORKFLOW__STATES:
				return states != null && !states.isEmpty();
			case DigitalPackage.WORKFLOW__TRANSITIONS:
				return transitions != null && !transitions.isEmpty();
			case DigitalPackage.WORKFLOW__INITIAL_STATE:
				return initialState != null;
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
		result.append(" (businessObject: ");
		result.append(businessObject);
		result.append(')');
		return result.toString();
	}

} //WorkflowImpl
