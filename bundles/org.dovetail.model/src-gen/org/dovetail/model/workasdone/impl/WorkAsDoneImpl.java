/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone.impl;

import java.util.Collection;

import org.dovetail.model.impl.ElementImpl;

import org.dovetail.model.workasdone.ControlTest;
import org.dovetail.model.workasdone.EventLog;
import org.dovetail.model.workasdone.HealthMetric;
import org.dovetail.model.workasdone.ImprovementAction;
import org.dovetail.model.workasdone.LearningSession;
import org.dovetail.model.workasdone.WorkAsDone;
import org.dovetail.model.workasdone.WorkAsDonePackage;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Work As Done</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.workasdone.impl.WorkAsDoneImpl#getSessions <em>Sessions</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.WorkAsDoneImpl#getEventLogs <em>Event Logs</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.WorkAsDoneImpl#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.WorkAsDoneImpl#getControlTests <em>Control Tests</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.WorkAsDoneImpl#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkAsDoneImpl extends ElementImpl implements WorkAsDone {
	/**
	 * The cached value of the '{@link #getSessions() <em>Sessions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessions()
	 * @generated
	 * @ordered
	 */
	protected EList<LearningSession> sessions;

	/**
	 * The cached value of the '{@link #getEventLogs() <em>Event Logs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventLogs()
	 * @generated
	 * @ordered
	 */
	protected EList<EventLog> eventLogs;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<HealthMetric> metrics;

	/**
	 * The cached value of the '{@link #getControlTests() <em>Control Tests</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlTests()
	 * @generated
	 * @ordered
	 */
	protected EList<ControlTest> controlTests;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<ImprovementAction> actions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkAsDoneImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkAsDonePackage.Literals.WORK_AS_DONE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LearningSession> getSessions() {
		if (sessions == null) {
			sessions = new EObjectContainmentEList<LearningSession>(LearningSession.class, this, WorkAsDonePackage.WORK_AS_DONE__SESSIONS);
		}
		return sessions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EventLog> getEventLogs() {
		if (eventLogs == null) {
			eventLogs = new EObjectContainmentEList<EventLog>(EventLog.class, this, WorkAsDonePackage.WORK_AS_DONE__EVENT_LOGS);
		}
		return eventLogs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HealthMetric> getMetrics() {
		if (metrics == null) {
			metrics = new EObjectContainmentEList<HealthMetric>(HealthMetric.class, this, WorkAsDonePackage.WORK_AS_DONE__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ControlTest> getControlTests() {
		if (controlTests == null) {
			controlTests = new EObjectContainmentEList<ControlTest>(ControlTest.class, this, WorkAsDonePackage.WORK_AS_DONE__CONTROL_TESTS);
		}
		return controlTests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImprovementAction> getActions() {
		if (actions == null) {
			actions = new EObjectContainmentEList<ImprovementAction>(ImprovementAction.class, this, WorkAsDonePackage.WORK_AS_DONE__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WorkAsDonePackage.WORK_AS_DONE__SESSIONS:
				return ((InternalEList<?>)getSessions()).basicRemove(otherEnd, msgs);
			case WorkAsDonePackage.WORK_AS_DONE__EVENT_LOGS:
				return ((InternalEList<?>)getEventLogs()).basicRemove(otherEnd, msgs);
			case WorkAsDonePackage.WORK_AS_DONE__METRICS:
				return ((InternalEList<?>)getMetrics()).basicRemove(otherEnd, msgs);
			case WorkAsDonePackage.WORK_AS_DONE__CONTROL_TESTS:
				return ((InternalEList<?>)getControlTests()).basicRemove(otherEnd, msgs);
			case WorkAsDonePackage.WORK_AS_DONE__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
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
			case WorkAsDonePackage.WORK_AS_DONE__SESSIONS:
				return getSessions();
			case WorkAsDonePackage.WORK_AS_DONE__EVENT_LOGS:
				return getEventLogs();
			case WorkAsDonePackage.WORK_AS_DONE__METRICS:
				return getMetrics();
			case WorkAsDonePackage.WORK_AS_DONE__CONTROL_TESTS:
				return getControlTests();
			case WorkAsDonePackage.WORK_AS_DONE__ACTIONS:
				return getActions();
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
			case WorkAsDonePackage.WORK_AS_DONE__SESSIONS:
				getSessions().clear();
				getSessions().addAll((Collection<? extends LearningSession>)newValue);
				return;
			case WorkAsDonePackage.WORK_AS_DONE__EVENT_LOGS:
				getEventLogs().clear();
				getEventLogs().addAll((Collection<? extends EventLog>)newValue);
				return;
			case WorkAsDonePackage.WORK_AS_DONE__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends HealthMetric>)newValue);
				return;
			case WorkAsDonePackage.WORK_AS_DONE__CONTROL_TESTS:
				getControlTests().clear();
				getControlTests().addAll((Collection<? extends ControlTest>)newValue);
				return;
			case WorkAsDonePackage.WORK_AS_DONE__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends ImprovementAction>)newValue);
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
			case WorkAsDonePackage.WORK_AS_DONE__SESSIONS:
				getSessions().clear();
				return;
			case WorkAsDonePackage.WORK_AS_DONE__EVENT_LOGS:
				getEventLogs().clear();
				return;
			case WorkAsDonePackage.WORK_AS_DONE__METRICS:
				getMetrics().clear();
				return;
			case WorkAsDonePackage.WORK_AS_DONE__CONTROL_TESTS:
				getControlTests().clear();
				return;
			case WorkAsDonePackage.WORK_AS_DONE__ACTIONS:
				getActions().clear();
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
			case WorkAsDonePackage.WORK_AS_DONE__SESSIONS:
				return sessions != null && !sessions.isEmpty();
			case WorkAsDonePackage.WORK_AS_DONE__EVENT_LOGS:
				return eventLogs != null && !eventLogs.isEmpty();
			case WorkAsDonePackage.WORK_AS_DONE__METRICS:
				return metrics != null && !metrics.isEmpty();
			case WorkAsDonePackage.WORK_AS_DONE__CONTROL_TESTS:
				return controlTests != null && !controlTests.isEmpty();
			case WorkAsDonePackage.WORK_AS_DONE__ACTIONS:
				return actions != null && !actions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //WorkAsDoneImpl
