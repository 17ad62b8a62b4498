/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.impl;

import java.util.Collection;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Person;

import org.dovetail.model.digital.DigitalDomain;

import org.dovetail.model.governance.GovernanceModel;

import org.dovetail.model.implementation.ImplementationPlan;

import org.dovetail.model.process.ProcessDomain;

import org.dovetail.model.workasdone.WorkAsDone;

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
 * An implementation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.impl.DovetailModelImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.dovetail.model.impl.DovetailModelImpl#getPeople <em>People</em>}</li>
 *   <li>{@link org.dovetail.model.impl.DovetailModelImpl#getProcessDomain <em>Process Domain</em>}</li>
 *   <li>{@link org.dovetail.model.impl.DovetailModelImpl#getDigitalDomain <em>Digital Domain</em>}</li>
 *   <li>{@link org.dovetail.model.impl.DovetailModelImpl#getGovernance <em>Governance</em>}</li>
 *   <li>{@link org.dovetail.model.impl.DovetailModelImpl#getWorkAsDone <em>Work As Done</em>}</li>
 *   <li>{@link org.dovetail.model.impl.DovetailModelImpl#getImplementationPlans <em>Implementation Plans</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DovetailModelImpl extends ElementImpl implements DovetailModel {
	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPeople() <em>People</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> people;

	/**
	 * The cached value of the '{@link #getProcessDomain() <em>Process Domain</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessDomain()
	 * @generated
	 * @ordered
	 */
	protected ProcessDomain processDomain;

	/**
	 * The cached value of the '{@link #getDigitalDomain() <em>Digital Domain</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigitalDomain()
	 * @generated
	 * @ordered
	 */
	protected DigitalDomain digitalDomain;

	/**
	 * The cached value of the '{@link #getGovernance() <em>Governance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGovernance()
	 * @generated
	 * @ordered
	 */
	protected GovernanceModel governance;

	/**
	 * The cached value of the '{@link #getWorkAsDone() <em>Work As Done</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkAsDone()
	 * @generated
	 * @ordered
	 */
	protected WorkAsDone workAsDone;

	/**
	 * The cached value of the '{@link #getImplementationPlans() <em>Implementation Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImplementationPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<ImplementationPlan> implementationPlans;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DovetailModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DovetailPackage.Literals.DOVETAIL_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DovetailPackage.DOVETAIL_MODEL__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPeople() {
		if (people == null) {
			people = new EObjectContainmentEList<Person>(Person.class, this, DovetailPackage.DOVETAIL_MODEL__PEOPLE);
		}
		return people;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessDomain getProcessDomain() {
		return processDomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProcessDomain(ProcessDomain newProcessDomain, NotificationChain msgs) {
		ProcessDomain oldProcessDomain = processDomain;
		processDomain = newProcessDomain;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DovetailPackage.DOVETAIL_MODEL__PROCESS_DOMAIN, oldProcessDomain, newProcessDomain);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcessDomain(ProcessDomain newProcessDomain) {
		if (newProcessDomain != processDomain) {
			NotificationChain msgs = null;
			if (processDomain != null)
				msgs = ((InternalEObject)processDomain).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DovetailPackage.DOVETAIL_MODEL__PROCESS_DOMAIN, null, msgs);
			if (newProcessDomain != null)
				msgs = ((InternalEObject)newProcessDomain).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DovetailPackage.DOVETAIL_MODEL__PROCESS_DOMAIN, null, msgs);
			msgs = basicSetProcessDomain(newProcessDomain, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DovetailPackage.DOVETAIL_MODEL__PROCESS_DOMAIN, newProcessDomain, newProcessDomain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DigitalDomain getDigitalDomain() {
		return digitalDomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDigitalDomain(DigitalDomain newDigitalDomain, NotificationChain msgs) {
		DigitalDomain oldDigitalDomain = digitalDomain;
		digitalDomain = newDigitalDomain;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DovetailPackage.DOVETAIL_MODEL__DIGITAL_DOMAIN, oldDigitalDomain, newDigitalDomain);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDigitalDomain(DigitalDomain newDigitalDomain) {
		if (newDigitalDomain != digitalDomain) {
			NotificationChain msgs = null;
			if (digitalDomain != null)
				msgs = ((InternalEObject)digitalDomain).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DovetailPackage.DOVETAIL_MODEL__DIGITAL_DOMAIN, null, msgs);
			if (newDigitalDomain != null)
				msgs = ((InternalEObject)newDigitalDomain).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DovetailPackage.DOVETAIL_MODEL__DIGITAL_DOMAIN, null, msgs);
			msgs = basicSetDigitalDomain(newDigitalDomain, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DovetailPackage.DOVETAIL_MODEL__DIGITAL_DOMAIN, newDigitalDomain, newDigitalDomain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceModel getGovernance() {
		return governance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGovernance(GovernanceModel newGovernance, NotificationChain msgs) {
		GovernanceModel oldGovernance = governance;
		governance = newGovernance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DovetailPackage.DOVETAIL_MODEL__GOVERNANCE, oldGovernance, newGovernance);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGovernance(GovernanceModel newGovernance) {
		if (newGovernance != governance) {
			NotificationChain msgs = null;
			if (governance != null)
				msgs = ((InternalEObject)governance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DovetailPackage.DOVETAIL_MODEL__GOVERNANCE, null, msgs);
			if (newGovernance != null)
				msgs = ((InternalEObject)newGovernance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DovetailPackage.DOVETAIL_MODEL__GOVERNANCE, null, msgs);
			msgs = basicSetGovernance(newGovernance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DovetailPackage.DOVETAIL_MODEL__GOVERNANCE, newGovernance, newGovernance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkAsDone getWorkAsDone() {
		return workAsDone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWorkAsDone(WorkAsDone newWorkAsDone, NotificationChain msgs) {
		WorkAsDone oldWorkAsDone = workAsDone;
		workAsDone = newWorkAsDone;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DovetailPackage.DOVETAIL_MODEL__WORK_AS_DONE, oldWorkAsDone, newWorkAsDone);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkAsDone(WorkAsDone newWorkAsDone) {
		if (newWorkAsDone != workAsDone) {
			NotificationChain msgs = null;
			if (workAsDone != null)
				msgs = ((InternalEObject)workAsDone).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DovetailPackage.DOVETAIL_MODEL__WORK_AS_DONE, null, msgs);
			if (newWorkAsDone != null)
				msgs = ((InternalEObject)newWorkAsDone).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DovetailPackage.DOVETAIL_MODEL__WORK_AS_DONE, null, msgs);
			msgs = basicSetWorkAsDone(newWorkAsDone, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DovetailPackage.DOVETAIL_MODEL__WORK_AS_DONE, newWorkAsDone, newWorkAsDone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImplementationPlan> getImplementationPlans() {
		if (implementationPlans == null) {
			implementationPlans = new EObjectContainmentEList<ImplementationPlan>(ImplementationPlan.class, this, DovetailPackage.DOVETAIL_MODEL__IMPLEMENTATION_PLANS);
		}
		return implementationPlans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DovetailPackage.DOVETAIL_MODEL__PEOPLE:
				return ((InternalEList<?>)getPeople()).basicRemove(otherEnd, msgs);
			case DovetailPackage.DOVETAIL_MODEL__PROCESS_DOMAIN:
				return basicSetProcessDomain(null, msgs);
			case DovetailPackage.DOVETAIL_MODEL__DIGITAL_DOMAIN:
				return basicSetDigitalDomain(null, msgs);
			case DovetailPackage.DOVETAIL_MODEL__GOVERNANCE:
				return basicSetGovernance(null, msgs);
			case DovetailPackage.DOVETAIL_MODEL__WORK_AS_DONE:
				return basicSetWorkAsDone(null, msgs);
			case DovetailPackage.DOVETAIL_MODEL__IMPLEMENTATION_PLANS:
				return ((InternalEList<?>)getImplementationPlans()).basicRemove(otherEnd, msgs);
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
			case DovetailPackage.DOVETAIL_MODEL__VERSION:
				return getVersion();
			case DovetailPackage.DOVETAIL_MODEL__PEOPLE:
				return getPeople();
			case DovetailPackage.DOVETAIL_MODEL__PROCESS_DOMAIN:
				return getProcessDomain();
			case DovetailPackage.DOVETAIL_MODEL__DIGITAL_DOMAIN:
				return getDigitalDomain();
			case DovetailPackage.DOVETAIL_MODEL__GOVERNANCE:
				return getGovernance();
			case DovetailPackage.DOVETAIL_MODEL__WORK_AS_DONE:
				return getWorkAsDone();
			case DovetailPackage.DOVETAIL_MODEL__IMPLEMENTATION_PLANS:
				return getImplementationPlans();
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
			case DovetailPackage.DOVETAIL_MODEL__VERSION:
				setVersion((String)newValue);
				return;
			case DovetailPackage.DOVETAIL_MODEL__PEOPLE:
				getPeople().clear();
				getPeople().addAll((Collection<? extends Person>)newValue);
				return;
			case DovetailPackage.DOVETAIL_MODEL__PROCESS_DOMAIN:
				setProcessDomain((ProcessDomain)newValue);
				return;
			case DovetailPackage.DOVETAIL_MODEL__DIGITAL_DOMAIN:
				setDigitalDomain((DigitalDomain)newValue);
				return;
			case DovetailPackage.DOVETAIL_MODEL__GOVERNANCE:
				setGovernance((GovernanceModel)newValue);
				return;
			case DovetailPackage.DOVETAIL_MODEL__WORK_AS_DONE:
				setWorkAsDone((WorkAsDone)newValue);
				return;
			case DovetailPackage.DOVETAIL_MODEL__IMPLEMENTATION_PLANS:
				getImplementationPlans().clear();
				getImplementationPlans().addAll((Collection<? extends ImplementationPlan>)newValue);
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
			case DovetailPackage.DOVETAIL_MODEL__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case DovetailPackage.DOVETAIL_MODEL__PEOPLE:
				getPeople().clear();
				return;
			case DovetailPackage.DOVETAIL_MODEL__PROCESS_DOMAIN:
				setProcessDomain((ProcessDomain)null);
				return;
			case DovetailPackage.DOVETAIL_MODEL__DIGITAL_DOMAIN:
				setDigitalDomain((DigitalDomain)null);
				return;
			case DovetailPackage.DOVETAIL_MODEL__GOVERNANCE:
				setGovernance((GovernanceModel)null);
				return;
			case DovetailPackage.DOVETAIL_MODEL__WORK_AS_DONE:
				setWorkAsDone((WorkAsDone)null);
				return;
			case DovetailPackage.DOVETAIL_MODEL__IMPLEMENTATION_PLANS:
				getImplementationPlans().clear();
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
			case DovetailPackage.DOVETAIL_MODEL__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case DovetailPackage.DOVETAIL_MODEL__PEOPLE:
				return people != null && !people.isEmpty();
			case DovetailPackage.DOVETAIL_MODEL__PROCESS_DOMAIN:
				return processDomain != null;
			case DovetailPackage.DOVETAIL_MODEL__DIGITAL_DOMAIN:
				return digitalDomain != null;
			case DovetailPackage.DOVETAIL_MODEL__GOVERNANCE:
				return governance != null;
			case DovetailPackage.DOVETAIL_MODEL__WORK_AS_DONE:
				return workAsDone != null;
			case DovetailPackage.DOVETAIL_MODEL__IMPLEMENTATION_PLANS:
				return implementationPlans != null && !implementationPlans.isEmpty();
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
		result.append(" (version: ");
		result.append(version);
		result.append(')');
		return result.toString();
	}

} //DovetailModelImpl
