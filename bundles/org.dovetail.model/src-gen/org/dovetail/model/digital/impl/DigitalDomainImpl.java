/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital.impl;

import java.util.Collection;

import org.dovetail.model.digital.DigitalDomain;
import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Integration;

import org.dovetail.model.impl.ElementImpl;

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
 *   <li>{@link org.dovetail.model.digital.impl.DigitalDomainImpl#getSystems <em>Systems</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.DigitalDomainImpl#getIntegrations <em>Integrations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DigitalDomainImpl extends ElementImpl implements DigitalDomain {
	/**
	 * The cached value of the '{@link #getSystems() <em>Systems</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystems()
	 * @generated
	 * @ordered
	 */
	protected EList<InformationSystem> systems;

	/**
	 * The cached value of the '{@link #getIntegrations() <em>Integrations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntegrations()
	 * @generated
	 * @ordered
	 */
	protected EList<Integration> integrations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DigitalDomainImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DigitalPackage.Literals.DIGITAL_DOMAIN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InformationSystem> getSystems() {
		if (systems == null) {
			systems = new EObjectContainmentEList<InformationSystem>(InformationSystem.class, this, DigitalPackage.DIGITAL_DOMAIN__SYSTEMS);
		}
		return systems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integration> getIntegrations() {
		if (integrations == null) {
			integrations = new EObjectContainmentEList<Integration>(Integration.class, this, DigitalPackage.DIGITAL_DOMAIN__INTEGRATIONS);
		}
		return integrations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DigitalPackage.DIGITAL_DOMAIN__SYSTEMS:
				return ((InternalEList<?>)getSystems()).basicRemove(otherEnd, msgs);
			case DigitalPackage.DIGITAL_DOMAIN__INTEGRATIONS:
				return ((InternalEList<?>)getIntegrations()).basicRemove(otherEnd, msgs);
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
			case DigitalPackage.DIGITAL_DOMAIN__SYSTEMS:
				return getSystems();
			case DigitalPackage.DIGITAL_DOMAIN__INTEGRATIONS:
				return getIntegrations();
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
			case DigitalPackage.DIGITAL_DOMAIN__SYSTEMS:
				getSystems().clear();
				getSystems().addAll((Collection<? extends InformationSystem>)newValue);
				return;
			case DigitalPackage.DIGITAL_DOMAIN__INTEGRATIONS:
				getIntegrations().clear();
				getIntegrations().addAll((Collection<? extends Integration>)newValue);
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
			case DigitalPackage.DIGITAL_DOMAIN__SYSTEMS:
				getSystems().clear();
				return;
			case DigitalPackage.DIGITAL_DOMAIN__INTEGRATIONS:
				getIntegrations().clear();
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
			case DigitalPackage.DIGITAL_DOMAIN__SYSTEMS:
				return systems != null && !systems.isEmpty();
			case DigitalPackage.DIGITAL_DOMAIN__INTEGRATIONS:
				return integrations != null && !integrations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //DigitalDomainImpl
