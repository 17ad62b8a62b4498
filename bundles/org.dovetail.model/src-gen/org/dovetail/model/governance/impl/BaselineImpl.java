/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance.impl;

import java.util.Collection;

import org.dovetail.model.Element;

import org.dovetail.model.governance.Baseline;
import org.dovetail.model.governance.BaselineStatus;
import org.dovetail.model.governance.GovernanceBoard;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.SignOff;

import org.dovetail.model.impl.ElementImpl;

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
 * An implementation of the model object '<em><b>Baseline</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.impl.BaselineImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.BaselineImpl#getBoard <em>Board</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.BaselineImpl#getRevision <em>Revision</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.BaselineImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.BaselineImpl#getSignOffs <em>Sign Offs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BaselineImpl extends ElementImpl implements Baseline {
	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final BaselineStatus STATUS_EDEFAULT = BaselineStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected BaselineStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBoard() <em>Board</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoard()
	 * @generated
	 * @ordered
	 */
	protected GovernanceBoard board;

	/**
	 * The default value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected static final String REVISION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected String revision = REVISION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected EList<Element> scope;

	/**
	 * The cached value of the '{@link #getSignOffs() <em>Sign Offs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignOffs()
	 * @generated
	 * @ordered
	 */
	protected EList<SignOff> signOffs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BaselineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.BASELINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BaselineStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(BaselineStatus newStatus) {
		BaselineStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.BASELINE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceBoard getBoard() {
		if (board != null && board.eIsProxy()) {
			InternalEObject oldBoard = (InternalEObject)board;
			board = (GovernanceBoard)eResolveProxy(oldBoard);
			if (board != oldBoard) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.BASELINE__BOARD, oldBoard, board));
			}
		}
		return board;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceBoard basicGetBoard() {
		return board;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBoard(GovernanceBoard newBoard) {
		GovernanceBoard oldBoard = board;
		board = newBoard;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.BASELINE__BOARD, oldBoard, board));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRevision() {
		return revision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevision(String newRevision) {
		String oldRevision = revision;
		revision = newRevision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.BASELINE__REVISION, oldRevision, revision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Element> getScope() {
		if (scope == null) {
			scope = new EObjectResolvingEList<Element>(Element.class, this, GovernancePackage.BASELINE__SCOPE);
		}
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SignOff> getSignOffs() {
		if (signOffs == null) {
			signOffs = new EObjectContainmentEList<SignOff>(SignOff.class, this, GovernancePackage.BASELINE__SIGN_OFFS);
		}
		return signOffs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovernancePackage.BASELINE__SIGN_OFFS:
				return ((InternalEList<?>)getSignOffs()).basicRemove(otherEnd, msgs);
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
			case GovernancePackage.BASELINE__STATUS:
				return getStatus();
			case GovernancePackage.BASELINE__BOARD:
				if (resolve) return getBoard();
				return basicGetBoard();
			case GovernancePackage.BASELINE__REVISION:
				return getRevision();
			case GovernancePackage.BASELINE__SCOPE:
				return getScope();
			case GovernancePackage.BASELINE__SIGN_OFFS:
				return getSignOffs();
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
			case GovernancePackage.BASELINE__STATUS:
				setStatus((BaselineStatus)newValue);
				return;
			case GovernancePackage.BASELINE__BOARD:
				setBoard((GovernanceBoard)newValue);
				return;
			case GovernancePackage.BASELINE__REVISION:
				setRevision((String)newValue);
				return;
			case GovernancePackage.BASELINE__SCOPE:
				getScope().clear();
				getScope().addAll((Collection<? extends Element>)newValue);
				return;
			case GovernancePackage.BASELINE__SIGN_OFFS:
				getSignOffs().clear();
				getSignOffs().addAll((Collection<? extends SignOff>)newValue);
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
			case GovernancePackage.BASELINE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case GovernancePackage.BASELINE__BOARD:
				setBoard((GovernanceBoard)null);
				return;
			case GovernancePackage.BASELINE__REVISION:
				setRevision(REVISION_EDEFAULT);
				return;
			case GovernancePackage.BASELINE__SCOPE:
				getScope().clear();
				return;
			case GovernancePackage.BASELINE__SIGN_OFFS:
				getSignOffs().clear();
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
			case GovernancePackage.BASELINE__STATUS:
				return status != STATUS_EDEFAULT;
			case GovernancePackage.BASELINE__BOARD:
				return board != null;
			case GovernancePackage.BASELINE__REVISION:
				return REVISION_EDEFAULT == null ? revision != null : !REVISION_EDEFAULT.equals(revision);
			case GovernancePackage.BASELINE__SCOPE:
				return scope != null && !scope.isEmpty();
			case GovernancePackage.BASELINE__SIGN_OFFS:
				return signOffs != null && !signOffs.isEmpty();
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
		result.append(" (status: ");
		result.append(status);
		result.append(", revision: ");
		result.append(revision);
		result.append(')');
		return result.toString();
	}

} //BaselineImpl
