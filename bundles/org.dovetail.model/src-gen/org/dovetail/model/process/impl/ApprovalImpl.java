/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process.impl;

import java.util.Collection;

import org.dovetail.model.process.Approval;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Step;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Approval</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.impl.ApprovalImpl#getRequiredApprovals <em>Required Approvals</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.ApprovalImpl#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.ApprovalImpl#getSegregatedFrom <em>Segregated From</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApprovalImpl extends StepImpl implements Approval {
	/**
	 * The default value of the '{@link #getRequiredApprovals() <em>Required Approvals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredApprovals()
	 * @generated
	 * @ordered
	 */
	protected static final int REQUIRED_APPROVALS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getRequiredApprovals() <em>Required Approvals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredApprovals()
	 * @generated
	 * @ordered
	 */
	protected int requiredApprovals = REQUIRED_APPROVALS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected String condition = CONDITION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSegregatedFrom() <em>Segregated From</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegregatedFrom()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> segregatedFrom;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApprovalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProcessPackage.Literals.APPROVAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRequiredApprovals() {
		return requiredApprovals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequiredApprovals(int newRequiredApprovals) {
		int oldRequiredApprovals = requiredApprovals;
		requiredApprovals = newRequiredApprovals;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.APPROVAL__REQUIRED_APPROVALS, oldRequiredApprovals, requiredApprovals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCondition() {
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCondition(String newCondition) {
		String oldCondition = condition;
		condition = newCondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.APPROVAL__CONDITION, oldCondition, condition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getSegregatedFrom() {
		if (segregatedFrom == null) {
			segregatedFrom = new EObjectResolvingEList<Step>(Step.class, this, ProcessPackage.APPROVAL__SEGREGATED_FROM);
		}
		return segregatedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProcessPackage.APPROVAL__REQUIRED_APPROVALS:
				return getRequiredApprovals();
			case ProcessPackage.APPROVAL__CONDITION:
				return getCondition();
			case ProcessPackage.APPROVAL__SEGREGATED_FROM:
				return getSegregatedFrom();
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
			case ProcessPackage.APPROVAL__REQUIRED_APPROVALS:
				setRequiredApprovals((Integer)newValue);
				return;
			case ProcessPackage.APPROVAL__CONDITION:
				setCondition((String)newValue);
				return;
			case ProcessPackage.APPROVAL__SEGREGATED_FROM:
				getSegregatedFrom().clear();
				getSegregatedFrom().addAll((Collection<? extends Step>)newValue);
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
			case ProcessPackage.APPROVAL__REQUIRED_APPROVALS:
				setRequiredApprovals(REQUIRED_APPROVALS_EDEFAULT);
				return;
			case ProcessPackage.APPROVAL__CONDITION:
				setCondition(CONDITION_EDEFAULT);
				return;
			case ProcessPackage.APPROVAL__SEGREGATED_FROM:
				getSegregatedFrom().clear();
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
			case ProcessPackage.APPROVAL__REQUIRED_APPROVALS:
				return requiredApprovals != REQUIRED_APPROVALS_EDEFAULT;
			case ProcessPackage.APPROVAL__CONDITION:
				return CONDITION_EDEFAULT == null ? condition != null : !CONDITION_EDEFAULT.equals(condition);
			case ProcessPackage.APPROVAL__SEGREGATED_FROM:
				return segregatedFrom != null && !segregatedFrom.isEmpty();
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
		result.append(" (requiredApprovals: ");
		result.append(requiredApprovals);
		result.append(", condition: ");
		result.append(condition);
		result.append(')');
		return result.toString();
	}

} //ApprovalImpl
