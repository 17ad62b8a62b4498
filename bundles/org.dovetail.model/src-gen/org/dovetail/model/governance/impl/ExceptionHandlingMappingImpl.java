/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance.impl;

import java.util.Collection;

import org.dovetail.model.digital.DigitalElement;

import org.dovetail.model.governance.ExceptionHandlingMapping;
import org.dovetail.model.governance.GovernancePackage;

import org.dovetail.model.process.ExceptionPath;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Exception Handling Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.impl.ExceptionHandlingMappingImpl#getExceptionPath <em>Exception Path</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.ExceptionHandlingMappingImpl#getHandledBy <em>Handled By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExceptionHandlingMappingImpl extends MappingImpl implements ExceptionHandlingMapping {
	/**
	 * The cached value of the '{@link #getExceptionPath() <em>Exception Path</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExceptionPath()
	 * @generated
	 * @ordered
	 */
	protected ExceptionPath exceptionPath;

	/**
	 * The cached value of the '{@link #getHandledBy() <em>Handled By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandledBy()
	 * @generated
	 * @ordered
	 */
	protected EList<DigitalElement> handledBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExceptionHandlingMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.EXCEPTION_HANDLING_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExceptionPath getExceptionPath() {
		if (exceptionPath != null && exceptionPath.eIsProxy()) {
			InternalEObject oldExceptionPath = (InternalEObject)exceptionPath;
			exceptionPath = (ExceptionPath)eResolveProxy(oldExceptionPath);
			if (exceptionPath != oldExceptionPath) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.EXCEPTION_HANDLING_MAPPING__EXCEPTION_PATH, oldExceptionPath, exceptionPath));
			}
		}
		return exceptionPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExceptionPath basicGetExceptionPath() {
		return exceptionPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExceptionPath(ExceptionPath newExceptionPath) {
		ExceptionPath oldExceptionPath = exceptionPath;
		exceptionPath = newExceptionPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.EXCEPTION_HANDLING_MAPPING__EXCEPTION_PATH, oldExceptionPath, exceptionPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DigitalElement> getHandledBy() {
		if (handledBy == null) {
			handledBy = new EObjectResolvingEList<DigitalElement>(DigitalElement.class, this, GovernancePackage.EXCEPTION_HANDLING_MAPPING__HANDLED_BY);
		}
		return handledBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.EXCEPTION_HANDLING_MAPPING__EXCEPTION_PATH:
				if (resolve) return getExceptionPath();
				return basicGetExceptionPath();
			case GovernancePackage.EXCEPTION_HANDLING_MAPPING__HANDLED_BY:
				return getHandledBy();
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
			case GovernancePackage.EXCEPTION_HANDLING_MAPPING__EXCEPTION_PATH:
				setExceptionPath((ExceptionPath)newValue);
				return;
			case GovernancePackage.EXCEPTION_HANDLING_MAPPING__HANDLED_BY:
				getHandledBy().clear();
				getHandledBy().addAll((Collection<? extends DigitalElement>)newValue);
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
			case GovernancePackage.EXCEPTION_HANDLING_MAPPING__EXCEPTION_PATH:
				setExceptionPath((ExceptionPath)null);
				return;
			case GovernancePackage.EXCEPTION_HANDLING_MAPPING__HANDLED_BY:
				getHandledBy().clear();
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
			case GovernancePackage.EXCEPTION_HANDLING_MAPPING__EXCEPTION_PATH:
				return exceptionPath != null;
			case GovernancePackage.EXCEPTION_HANDLING_MAPPING__HANDLED_BY:
				return handledBy != null && !handledBy.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ExceptionHandlingMappingImpl
