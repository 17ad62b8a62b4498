/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process.impl;

import java.util.Collection;

import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Owned;
import org.dovetail.model.Party;

import org.dovetail.model.impl.ElementImpl;

import org.dovetail.model.process.ExceptionPath;
import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Step;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Exception Path</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.impl.ExceptionPathImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.ExceptionPathImpl#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.ExceptionPathImpl#getRaisedAt <em>Raised At</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.ExceptionPathImpl#getReturnsTo <em>Returns To</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.ExceptionPathImpl#getHandler <em>Handler</em>}</li>
 *   <li>{@link org.dovetail.model.process.impl.ExceptionPathImpl#getHandledVia <em>Handled Via</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExceptionPathImpl extends ElementImpl implements ExceptionPath {
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
	 * The default value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected static final String TRIGGER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected String trigger = TRIGGER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRaisedAt() <em>Raised At</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaisedAt()
	 * @generated
	 * @ordered
	 */
	protected Step raisedAt;

	/**
	 * The cached value of the '{@link #getReturnsTo() <em>Returns To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnsTo()
	 * @generated
	 * @ordered
	 */
	protected Step returnsTo;

	/**
	 * The cached value of the '{@link #getHandler() <em>Handler</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandler()
	 * @generated
	 * @ordered
	 */
	protected Role handler;

	/**
	 * The cached value of the '{@link #getHandledVia() <em>Handled Via</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandledVia()
	 * @generated
	 * @ordered
	 */
	protected EList<LegacyArtifact> handledVia;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExceptionPathImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProcessPackage.Literals.EXCEPTION_PATH;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProcessPackage.EXCEPTION_PATH__OWNER, oldOwner, owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.EXCEPTION_PATH__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTrigger() {
		return trigger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrigger(String newTrigger) {
		String oldTrigger = trigger;
		trigger = newTrigger;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.EXCEPTION_PATH__TRIGGER, oldTrigger, trigger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Step getRaisedAt() {
		if (raisedAt != null && raisedAt.eIsProxy()) {
			InternalEObject oldRaisedAt = (InternalEObject)raisedAt;
			raisedAt = (Step)eResolveProxy(oldRaisedAt);
			if (raisedAt != oldRaisedAt) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProcessPackage.EXCEPTION_PATH__RAISED_AT, oldRaisedAt, raisedAt));
			}
		}
		return raisedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Step basicGetRaisedAt() {
		return raisedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRaisedAt(Step newRaisedAt) {
		Step oldRaisedAt = raisedAt;
		raisedAt = newRaisedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.EXCEPTION_PATH__RAISED_AT, oldRaisedAt, raisedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Step getReturnsTo() {
		if (returnsTo != null && returnsTo.eIsProxy()) {
			InternalEObject oldReturnsTo = (InternalEObject)returnsTo;
			returnsTo = (Step)eResolveProxy(oldReturnsTo);
			if (returnsTo != oldReturnsTo) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProcessPackage.EXCEPTION_PATH__RETURNS_TO, oldReturnsTo, returnsTo));
			}
		}
		return returnsTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Step basicGetReturnsTo() {
		return returnsTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReturnsTo(Step newReturnsTo) {
		Step oldReturnsTo = returnsTo;
		returnsTo = newReturnsTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.EXCEPTION_PATH__RETURNS_TO, oldReturnsTo, returnsTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getHandler() {
		if (handler != null && handler.eIsProxy()) {
			InternalEObject oldHandler = (InternalEObject)handler;
			handler = (Role)eResolveProxy(oldHandler);
			if (handler != oldHandler) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProcessPackage.EXCEPTION_PATH__HANDLER, oldHandler, handler));
			}
		}
		return handler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role basicGetHandler() {
		return handler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandler(Role newHandler) {
		Role oldHandler = handler;
		handler = newHandler;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProcessPackage.EXCEPTION_PATH__HANDLER, oldHandler, handler));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LegacyArtifact> getHandledVia() {
		if (handledVia == null) {
			handledVia = new EObjectResolvingEList<LegacyArtifact>(LegacyArtifact.class, this, ProcessPackage.EXCEPTION_PATH__HANDLED_VIA);
		}
		return handledVia;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProcessPackage.EXCEPTION_PATH__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case ProcessPackage.EXCEPTION_PATH__TRIGGER:
				return getTrigger();
			case ProcessPackage.EXCEPTION_PATH__RAISED_AT:
				if (resolve) return getRaisedAt();
				return basicGetRaisedAt();
			case ProcessPackage.EXCEPTION_PATH__RETURNS_TO:
				if (resolve) return getReturnsTo();
				return basicGetReturnsTo();
			case ProcessPackage.EXCEPTION_PATH__HANDLER:
				if (resolve) return getHandler();
				return basicGetHandler();
			case ProcessPackage.EXCEPTION_PATH__HANDLED_VIA:
				return getHandledVia();
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
			case ProcessPackage.EXCEPTION_PATH__OWNER:
				setOwner((Party)newValue);
				return;
			case ProcessPackage.EXCEPTION_PATH__TRIGGER:
				setTrigger((String)newValue);
				return;
			case ProcessPackage.EXCEPTION_PATH__RAISED_AT:
				setRaisedAt((Step)newValue);
				return;
			case ProcessPackage.EXCEPTION_PATH__RETURNS_TO:
				setReturnsTo((Step)newValue);
				return;
			case ProcessPackage.EXCEPTION_PATH__HANDLER:
				setHandler((Role)newValue);
				return;
			case ProcessPackage.EXCEPTION_PATH__HANDLED_VIA:
				getHandledVia().clear();
				getHandledVia().addAll((Collection<? extends LegacyArtifact>)newValue);
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
			case ProcessPackage.EXCEPTION_PATH__OWNER:
				setOwner((Party)null);
				return;
			case ProcessPackage.EXCEPTION_PATH__TRIGGER:
				setTrigger(TRIGGER_EDEFAULT);
				return;
			case ProcessPackage.EXCEPTION_PATH__RAISED_AT:
				setRaisedAt((Step)null);
				return;
			case ProcessPackage.EXCEPTION_PATH__RETURNS_TO:
				setReturnsTo((Step)null);
				return;
			case ProcessPackage.EXCEPTION_PATH__HANDLER:
				setHandler((Role)null);
				return;
			case ProcessPackage.EXCEPTION_PATH__HANDLED_VIA:
				getHandledVia().clear();
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
			case ProcessPackage.EXCEPTION_PATH__OWNER:
				return owner != null;
			case ProcessPackage.EXCEPTION_PATH__TRIGGER:
				return TRIGGER_EDEFAULT == null ? trigger != null : !TRIGGER_EDEFAULT.equals(trigger);
			case ProcessPackage.EXCEPTION_PATH__RAISED_AT:
				return raisedAt != null;
			case ProcessPackage.EXCEPTION_PATH__RETURNS_TO:
				return returnsTo != null;
			case ProcessPackage.EXCEPTION_PATH__HANDLER:
				return handler != null;
			case ProcessPackage.EXCEPTION_PATH__HANDLED_VIA:
				return handledVia != null && !handledVia.isEmpty();
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
				case ProcessPackage.EXCEPTION_PATH__OWNER: return DovetailPackage.OWNED__OWNER;
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
				case DovetailPackage.OWNED__OWNER: return ProcessPackage.EXCEPTION_PATH__OWNER;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
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
		result.append(" (trigger: ");
		result.append(trigger);
		result.append(')');
		return result.toString();
	}

} //ExceptionPathImpl
