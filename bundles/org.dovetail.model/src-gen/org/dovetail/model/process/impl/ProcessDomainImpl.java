/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process.impl;

import java.util.Collection;

import org.dovetail.model.impl.ElementImpl;

import org.dovetail.model.process.Control;
import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.model.process.Policy;
import org.dovetail.model.process.ProcessDomain;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Role;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Domain</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.impl.ProcessDomainImpl#getProcesses <em>Processes</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.ProcessDomainImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.ProcessDomainImpl#getPolicies <em>Policies</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.ProcessDomainImpl#getControls <em>Controls</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.ProcessDomainImpl#getLegacyArtifacts <em>Legacy Artifacts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProcessDomainImpl extends ElementImpl implements ProcessDomain {
	/**
	 * The cached value of the '{@link #getProcesses() <em>Processes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcesses()
	 * @generated
	 * @ordered
	 */
	protected EList<org.dovetail.model.process.Process> processes;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> roles;

	/**
	 * The cached value of the '{@link #getPolicies() <em>Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<Policy> policies;

	/**
	 * The cached value of the '{@link #getControls() <em>Controls</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControls()
	 * @generated
	 * @ordered
	 */
	protected EList<Control> controls;

	/**
	 * The cached value of the '{@link #getLegacyArtifacts() <em>Legacy Artifacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegacyArtifacts()
	 * @generated
	 * @ordered
	 */
	protected EList<LegacyArtifact> legacyArtifacts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcessDomainImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProcessPackage.Literals.PROCESS_DOMAIN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<org.dovetail.model.process.Process> getProcesses() {
		if (processes == null) {
			processes = new EObjectContainmentEList<org.dovetail.model.process.Process>(org.dovetail.model.process.Process.class, this, ProcessPackage.PROCESS_DOMAIN__PROCESSES);
		}
		return processes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getRoles() {
		if (roles == null) {
			roles = new EObjectContainmentEList<Role>(Role.class, this, ProcessPackage.PROCESS_DOMAIN__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Policy> getPolicies() {
		if (policies == null) {
			policies = new EObjectContainmentEList<Policy>(Policy.class, this, ProcessPackage.PROCESS_DOMAIN__POLICIES);
		}
		return policies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Control> getControls() {
		if (controls == null) {
			controls = new EObjectContainmentEList<Control>(Control.class, this, ProcessPackage.PROCESS_DOMAIN__CONTROLS);
		}
		return controls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LegacyArtifact> getLegacyArtifacts() {
		if (legacyArtifacts == null) {
			legacyArtifacts = new EObjectContainmentEList<LegacyArtifact>(LegacyArtifact.class, this, ProcessPackage.PROCESS_DOMAIN__LEGACY_ARTIFACTS);
		}
		return legacyArtifacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProcessPackage.PROCESS_DOMAIN__PROCESSES:
				return ((InternalEList<?>)getProcesses()).basicRemove(otherEnd, msgs);
			case ProcessPackage.PROCESS_DOMAIN__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
			case ProcessPackage.PROCESS_DOMAIN__POLICIES:
				return ((InternalEList<?>)getPolicies()).basicRemove(otherEnd, msgs);
			case ProcessPackage.PROCESS_DOMAIN__CONTROLS:
				return ((InternalEList<?>)getControls()).basicRemove(otherEnd, msgs);
			case ProcessPackage.PROCESS_DOMAIN__LEGACY_ARTIFACTS:
				return ((InternalEList<?>)getLegacyArtifacts()).basicRemove(otherEnd, msgs);
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
			case ProcessPackage.PROCESS_DOMAIN__PROCESSES:
				return getProcesses();
			case ProcessPackage.PROCESS_DOMAIN__ROLES:
				return getRoles();
			case ProcessPackage.PROCESS_DOMAIN__POLICIES:
				return getPolicies();
			case ProcessPackage.PROCESS_DOMAIN__CONTROLS:
				return getControls();
			case ProcessPackage.PROCESS_DOMAIN__LEGACY_ARTIFACTS:
				return getLegacyArtifacts();
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
			case ProcessPackage.PROCESS_DOMAIN__PROCESSES:
				getProcesses().clear();
				getProcesses().addAll((Collection<? extends org.dovetail.model.process.Process>)newValue);
				return;
			case ProcessPackage.PROCESS_DOMAIN__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Role>)newValue);
				return;
			case ProcessPackage.PROCESS_DOMAIN__POLICIES:
				getPolicies().clear();
				getPolicies().addAll((Collection<? extends Policy>)newValue);
				return;
			case ProcessPackage.PROCESS_DOMAIN__CONTROLS:
				getControls().clear();
				getControls().addAll((Collection<? extends Control>)newValue);
				return;
			case ProcessPackage.PROCESS_DOMAIN__LEGACY_ARTIFACTS:
				getLegacyArtifacts().clear();
				getLegacyArtifacts().addAll((Collection<? extends LegacyArtifact>)newValue);
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
			case ProcessPackage.PROCESS_DOMAIN__PROCESSES:
				getProcesses().clear();
				return;
			case ProcessPackage.PROCESS_DOMAIN__ROLES:
				getRoles().clear();
				return;
			case ProcessPackage.PROCESS_DOMAIN__POLICIES:
				getPolicies().clear();
				return;
			case ProcessPackage.PROCESS_DOMAIN__CONTROLS:
				getControls().clear();
				return;
			case ProcessPackage.PROCESS_DOMAIN__LEGACY_ARTIFACTS:
				getLegacyArtifacts().clear();
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
			case ProcessPackage.PROCESS_DOMAIN__PROCESSES:
				return processes != null && !processes.isEmpty();
			case ProcessPackage.PROCESS_DOMAIN__ROLES:
				return roles != null && !roles.isEmpty();
			case ProcessPackage.PROCESS_DOMAIN__POLICIES:
				return policies != null && !policies.isEmpty();
			case ProcessPackage.PROCESS_DOMAIN__CONTROLS:
				return controls != null && !controls.isEmpty();
			case ProcessPackage.PROCESS_DOMAIN__LEGACY_ARTIFACTS:
				return legacyArtifacts != null && !legacyArtifacts.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ProcessDomainImpl
