/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital.impl;

import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.WorkflowState;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Transition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.digital.impl.TransitionImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.TransitionImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.TransitionImpl#getGuard <em>Guard</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.TransitionImpl#getRequiredPermission <em>Required Permission</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.TransitionImpl#isApprovalRequired <em>Approval Required</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.TransitionImpl#isAutomatic <em>Automatic</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TransitionImpl extends DigitalElementImpl implements Transition {
	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected WorkflowState source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected WorkflowState target;

	/**
	 * The default value of the '{@link #getGuard() <em>Guard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuard()
	 * @generated
	 * @ordered
	 */
	protected static final String GUARD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGuard() <em>Guard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuard()
	 * @generated
	 * @ordered
	 */
	protected String guard = GUARD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequiredPermission() <em>Required Permission</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredPermission()
	 * @generated
	 * @ordered
	 */
	protected Permission requiredPermission;

	/**
	 * The default value of the '{@link #isApprovalRequired() <em>Approval Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApprovalRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean APPROVAL_REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isApprovalRequired() <em>Approval Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApprovalRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean approvalRequired = APPROVAL_REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #isAutomatic() <em>Automatic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAutomatic()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AUTOMATIC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAutomatic() <em>Automatic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAutomatic()
	 * @generated
	 * @ordered
	 */
	protected boolean automatic = AUTOMATIC_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TransitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DigitalPackage.Literals.TRANSITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkflowState getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSource(WorkflowState newSource, NotificationChain msgs) {
		WorkflowState oldSource = source;
		source = newSource;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DigitalPackage.TRANSITION__SOURCE, oldSource, newSource);
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
	public void setSource(WorkflowState newSource) {
		if (newSource != source) {
			NotificationChain msgs = null;
			if (source != null)
				msgs = ((InternalEObject)source).eInverseRemove(this, DigitalPackage.WORKFLOW_STATE__OUTGOING, WorkflowState.class, msgs);
			if (newSource != null)
				msgs = ((InternalEObject)newSource).eInverseAdd(this, DigitalPackage.WORKFLOW_STATE__OUTGOING, WorkflowState.class, msgs);
			msgs = basicSetSource(newSource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.TRANSITION__SOURCE, newSource, newSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkflowState getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTarget(WorkflowState newTarget, NotificationChain msgs) {
		WorkflowState oldTarget = target;
		target = newTarget;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DigitalPackage.TRANSITION__TARGET, oldTarget, newTarget);
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
	public void setTarget(WorkflowState newTarget) {
		if (newTarget != target) {
			NotificationChain msgs = null;
			if (target != null)
				msgs = ((InternalEObject)target).eInverseRemove(this, DigitalPackage.WORKFLOW_STATE__INCOMING, WorkflowState.class, msgs);
			if (newTarget != null)
				msgs = ((InternalEObject)newTarget).eInverseAdd(this, DigitalPackage.WORKFLOW_STATE__INCOMING, WorkflowState.class, msgs);
			msgs = basicSetTarget(newTarget, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.TRANSITION__TARGET, newTarget, newTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGuard() {
		return guard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuard(String newGuard) {
		String oldGuard = guard;
		guard = newGuard;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.TRANSITION__GUARD, oldGuard, guard));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Permission getRequiredPermission() {
		if (requiredPermission != null && requiredPermission.eIsProxy()) {
			InternalEObject oldRequiredPermission = (InternalEObject)requiredPermission;
			requiredPermission = (Permission)eResolveProxy(oldRequiredPermission);
			if (requiredPermission != oldRequiredPermission) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DigitalPackage.TRANSITION__REQUIRED_PERMISSION, oldRequiredPermission, requiredPermission));
			}
		}
		return requiredPermission;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Permission basicGetRequiredPermission() {
		return requiredPermission;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequiredPermission(Permission newRequiredPermission) {
		Permission oldRequiredPermission = requiredPermission;
		requiredPermission = newRequiredPermission;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.TRANSITION__REQUIRED_PERMISSION, oldRequiredPermission, requiredPermission));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isApprovalRequired() {
		return approvalRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovalRequired(boolean newApprovalRequired) {
		boolean oldApprovalRequired = approvalRequired;
		approvalRequired = newApprovalRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.TRANSITION__APPROVAL_REQUIRED, oldApprovalRequired, approvalRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAutomatic() {
		return automatic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAutomatic(boolean newAutomatic) {
		boolean oldAutomatic = automatic;
		automatic = newAutomatic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.TRANSITION__AUTOMATIC, oldAutomatic, automatic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DigitalPackage.TRANSITION__SOURCE:
				if (source != null)
					msgs = ((InternalEObject)source).eInverseRemove(this, DigitalPackage.WORKFLOW_STATE__OUTGOING, WorkflowState.class, msgs);
				return basicSetSource((WorkflowState)otherEnd, msgs);
			case DigitalPackage.TRANSITION__TARGET:
				if (target != null)
					msgs = ((InternalEObject)target).eInverseRemove(this, DigitalPackage.WORKFLOW_STATE__INCOMING, WorkflowState.class, msgs);
				return basicSetTarget((WorkflowState)otherEnd, msgs);
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
			case DigitalPackage.TRANSITION__SOURCE:
				return basicSetSource(null, msgs);
			case DigitalPackage.TRANSITION__TARGET:
				return basicSetTarget(null, msgs);
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
			case DigitalPackage.TRANSITION__SOURCE:
				return getSource();
			case DigitalPackage.TRANSITION__TARGET:
				return getTarget();
			case DigitalPackage.TRANSITION__GUARD:
				return getGuard();
			case DigitalPackage.TRANSITION__REQUIRED_PERMISSION:
				if (resolve) return getRequiredPermission();
				return basicGetRequiredPermission();
			case DigitalPackage.TRANSITION__APPROVAL_REQUIRED:
				return isApprovalRequired();
			case DigitalPackage.TRANSITION__AUTOMATIC:
				return isAutomatic();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DigitalPackage.TRANSITION__SOURCE:
				setSource((WorkflowState)newValue);
				return;
			case DigitalPackage.TRANSITION__TARGET:
				setTarget((WorkflowState)newValue);
				return;
			case DigitalPackage.TRANSITION__GUARD:
				setGuard((String)newValue);
				return;
			case DigitalPackage.TRANSITION__REQUIRED_PERMISSION:
				setRequiredPermission((Permission)newValue);
				return;
			case DigitalPackage.TRANSITION__APPROVAL_REQUIRED:
				setApprovalRequired((Boolean)newValue);
				return;
			case DigitalPackage.TRANSITION__AUTOMATIC:
				setAutomatic((Boolean)newValue);
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
			case DigitalPackage.TRANSITION__SOURCE:
				setSource((WorkflowState)null);
				return;
			case DigitalPackage.TRANSITION__TARGET:
				setTarget((WorkflowState)null);
				return;
			case DigitalPackage.TRANSITION__GUARD:
				setGuard(GUARD_EDEFAULT);
				return;
			case DigitalPackage.TRANSITION__REQUIRED_PERMISSION:
				setRequiredPermission((Permission)null);
				return;
			case DigitalPackage.TRANSITION__APPROVAL_REQUIRED:
				setApprovalRequired(APPROVAL_REQUIRED_EDEFAULT);
				return;
			case DigitalPackage.TRANSITION__AUTOMATIC:
				setAutomatic(AUTOMATIC_EDEFAULT);
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
			case DigitalPackage.TRANSITION__SOURCE:
				return source != null;
			case DigitalPackage.TRANSITION__TARGET:
				return target != null;
			case DigitalPackage.TRANSITION__GUARD:
				return GUARD_EDEFAULT == null ? guard != null : !GUARD_EDEFAULT.equals(guard);
			case DigitalPackage.TRANSITION__REQUIRED_PERMISSION:
				return requiredPermission != null;
			case DigitalPackage.TRANSITION__APPROVAL_REQUIRED:
				return approvalRequired != APPROVAL_REQUIRED_EDEFAULT;
			case DigitalPackage.TRANSITION__AUTOMATIC:
				return automatic != AUTOMATIC_EDEFAULT;
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
		result.append(" (guard: ");
		result.append(guard);
		result.append(", approvalRequired: ");
		result.append(approvalRequired);
		result.append(", automatic: ");
		result.append(automatic);
		result.append(')');
		return result.toString();
	}

} //TransitionImpl
