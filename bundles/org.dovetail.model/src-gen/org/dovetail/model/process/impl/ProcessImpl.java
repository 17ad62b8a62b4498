/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process.impl;

import java.util.Collection;

import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Owned;
import org.dovetail.model.Party;

import org.dovetail.model.impl.ElementImpl;

import org.dovetail.model.process.DecisionRight;
import org.dovetail.model.process.ExceptionPath;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.Policy;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Stage;
import org.dovetail.model.process.Step;
import org.dovetail.model.process.Trigger;

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
 * An implementation of the model object '<em><b>Process</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.impl.ProcessImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.ProcessImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.ProcessImpl#getFlows <em>Flows</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.ProcessImpl#getTriggers <em>Triggers</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.ProcessImpl#getDecisionRights <em>Decision Rights</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.ProcessImpl#getStages <em>Stages</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.ProcessImpl#getExceptionPaths <em>Exception Paths</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.ProcessImpl#getPolicies <em>Policies</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProcessImpl extends ElementImpl implements org.dovetail.model.process.Process {
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
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> steps;

	/**
	 * The cached value of the '{@link #getFlows() <em>Flows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<Flow> flows;

	/**
	 * The cached value of the '{@link #getTriggers() <em>Triggers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTriggers()
	 * @generated
	 * @ordered
	 */
	protected EList<Trigger> triggers;

	/**
	 * The cached value of the '{@link #getDecisionRights() <em>Decision Rights</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionRights()
	 * @generated
	 * @ordered
	 */
	protected EList<DecisionRight> decisionRights;

	/**
	 * The cached value of the '{@link #getStages() <em>Stages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStages()
	 * @generated
	 * @ordered
	 */
	protected EList<Stage> stages;

	/**
	 * The cached value of the '{@link #getExceptionPaths() <em>Exception Paths</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExceptionPaths()
	 * @generated
	 * @ordered
	 */
	protected EList<ExceptionPath> exceptionPaths;

	/**
	 * The cached value of the '{@link #getPolicies() <em>Policies</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<Policy> policies;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcessImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProcessPackage.Literals.PROCESS;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProcessPackage.PROCESS__OWNER, oldOwner, owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.PROCESS__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<Step>(Step.class, this, ProcessPackage.PROCESS__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Flow> getFlows() {
		if (flows == null) {
			flows = new EObjectContainmentEList<Flow>(Flow.class, this, ProcessPackage.PROCESS__FLOWS);
		}
		return flows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Trigger> getTriggers() {
		if (triggers == null) {
			triggers = new EObjectContainmentEList<Trigger>(Trigger.class, this, ProcessPackage.PROCESS__TRIGGERS);
		}
		return triggers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DecisionRight> getDecisionRights() {
		if (decisionRights == null) {
			decisionRights = new EObjectContainmentEList<DecisionRight>(DecisionRight.class, this, ProcessPackage.PROCESS__DECISION_RIGHTS);
		}
		return decisionRights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stage> getStages() {
		if (stages == null) {
			stages = new EObjectContainmentEList<Stage>(Stage.class, this, ProcessPackage.PROCESS__STAGES);
		}
		return stages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExceptionPath> getExceptionPaths() {
		if (exceptionPaths == null) {
			exceptionPaths = new EObjectContainmentEList<ExceptionPath>(ExceptionPath.class, this, ProcessPackage.PROCESS__EXCEPTION_PATHS);
		}
		return exceptionPaths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Policy> getPolicies() {
		if (policies == null) {
			policies = new EObjectResolvingEList<Policy>(Policy.class, this, ProcessPackage.PROCESS__POLICIES);
		}
		return policies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProcessPackage.PROCESS__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
			case ProcessPackage.PROCESS__FLOWS:
				return ((InternalEList<?>)getFlows()).basicRemove(otherEnd, msgs);
			case ProcessPackage.PROCESS__TRIGGERS:
				return ((InternalEList<?>)getTriggers()).basicRemove(otherEnd, msgs);
			case ProcessPackage.PROCESS__DECISION_RIGHTS:
				return ((InternalEList<?>)getDecisionRights()).basicRemove(otherEnd, msgs);
			case ProcessPackage.PROCESS__STAGES:
				return ((InternalEList<?>)getStages()).basicRemove(otherEnd, msgs);
			case ProcessPackage.PROCESS__EXCEPTION_PATHS:
				return ((InternalEList<?>)getExceptionPaths()).basicRemove(otherEnd, msgs);
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
			case ProcessPackage.PROCESS__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case ProcessPackage.PROCESS__STEPS:
				return getSteps();
			case ProcessPackage.PROCESS__FLOWS:
				return getFlows();
			case ProcessPackage.PROCESS__TRIGGERS:
				return getTriggers();
			case ProcessPackage.PROCESS__DECISION_RIGHTS:
				return getDecisionRights();
			case ProcessPackage.PROCESS__STAGES:
				return getStages();
			case ProcessPackage.PROCESS__EXCEPTION_PATHS:
				return getExceptionPaths();
			case ProcessPackage.PROCESS__POLICIES:
				return getPolicies();
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
			case ProcessPackage.PROCESS__OWNER:
				setOwner((Party)newValue);
				return;
			case ProcessPackage.PROCESS__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends Step>)newValue);
				return;
			case ProcessPackage.PROCESS__FLOWS:
				getFlows().clear();
				getFlows().addAll((Collection<? extends Flow>)newValue);
				return;
			case ProcessPackage.PROCESS__TRIGGERS:
				getTriggers().clear();
				getTriggers().addAll((Collection<? extends Trigger>)newValue);
				return;
			case ProcessPackage.PROCESS__DECISION_RIGHTS:
				getDecisionRights().clear();
				getDecisionRights().addAll((Collection<? extends DecisionRight>)newValue);
				return;
			case ProcessPackage.PROCESS__STAGES:
				getStages().clear();
				getStages().addAll((Collection<? extends Stage>)newValue);
				return;
			case ProcessPackage.PROCESS__EXCEPTION_PATHS:
				getExceptionPaths().clear();
				getExceptionPaths().addAll((Collection<? extends ExceptionPath>)newValue);
				return;
			case ProcessPackage.PROCESS__POLICIES:
				getPolicies().clear();
				getPolicies().addAll((Collection<? extends Policy>)newValue);
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
			case ProcessPackage.PROCESS__OWNER:
				setOwner((Party)null);
				return;
			case ProcessPackage.PROCESS__STEPS:
				getSteps().clear();
				return;
			case ProcessPackage.PROCESS__FLOWS:
				getFlows().clear();
				return;
			case ProcessPackage.PROCESS__TRIGGERS:
				getTriggers().clear();
				return;
			case ProcessPackage.PROCESS__DECISION_RIGHTS:
				getDecisionRights().clear();
				return;
			case ProcessPackage.PROCESS__STAGES:
				getStages().clear();
				return;
			case ProcessPackage.PROCESS__EXCEPTION_PATHS:
				getExceptionPaths().clear();
				return;
			case ProcessPackage.PROCESS__POLICIES:
				getPolicies().clear();
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
			case ProcessPackage.PROCESS__OWNER:
				return owner != null;
			case ProcessPackage.PROCESS__STEPS:
				return steps != null && !steps.isEmpty();
			case ProcessPackage.PROCESS__FLOWS:
				return flows != null && !flows.isEmpty();
			case ProcessPackage.PROCESS__TRIGGERS:
				return triggers != null && !triggers.isEmpty();
			case ProcessPackage.PROCESS__DECISION_RIGHTS:
				return decisionRights != null && !decisionRights.isEmpty();
			case ProcessPackage.PROCESS__STAGES:
				return stages != null && !stages.isEmpty();
			case ProcessPackage.PROCESS__EXCEPTION_PATHS:
				return exceptionPaths != null && !exceptionPaths.isEmpty();
			case ProcessPackage.PROCESS__POLICIES:
				return policies != null && !policies.isEmpty();
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
				case ProcessPackage.PROCESS__OWNER: return DovetailPackage.OWNED__OWNER;
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
				case DovetailPackage.OWNED__OWNER: return ProcessPackage.PROCESS__OWNER;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
	}

} //ProcessImpl
