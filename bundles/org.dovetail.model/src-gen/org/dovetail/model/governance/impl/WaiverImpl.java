/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance.impl;

import java.util.Date;

import org.dovetail.model.Identified;
import org.dovetail.model.Person;

import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.RiskResponse;
import org.dovetail.model.governance.Waiver;

import org.dovetail.model.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Waiver</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.impl.WaiverImpl#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.WaiverImpl#getElement <em>Element</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.WaiverImpl#getResponse <em>Response</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.WaiverImpl#getGrantedBy <em>Granted By</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.WaiverImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.WaiverImpl#getGrantedOn <em>Granted On</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.WaiverImpl#getExpiresOn <em>Expires On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WaiverImpl extends IdentifiedImpl implements Waiver {
	/**
	 * The default value of the '{@link #getRuleId() <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleId()
	 * @generated
	 * @ordered
	 */
	protected static final String RULE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRuleId() <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleId()
	 * @generated
	 * @ordered
	 */
	protected String ruleId = RULE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getElement() <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElement()
	 * @generated
	 * @ordered
	 */
	protected Identified element;

	/**
	 * The default value of the '{@link #getResponse() <em>Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponse()
	 * @generated
	 * @ordered
	 */
	protected static final RiskResponse RESPONSE_EDEFAULT = RiskResponse.WAIVED;

	/**
	 * The cached value of the '{@link #getResponse() <em>Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponse()
	 * @generated
	 * @ordered
	 */
	protected RiskResponse response = RESPONSE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGrantedBy() <em>Granted By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrantedBy()
	 * @generated
	 * @ordered
	 */
	protected Person grantedBy;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getGrantedOn() <em>Granted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrantedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date GRANTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGrantedOn() <em>Granted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrantedOn()
	 * @generated
	 * @ordered
	 */
	protected Date grantedOn = GRANTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpiresOn() <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiresOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date EXPIRES_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpiresOn() <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiresOn()
	 * @generated
	 * @ordered
	 */
	protected Date expiresOn = EXPIRES_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WaiverImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.WAIVER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRuleId() {
		return ruleId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuleId(String newRuleId) {
		String oldRuleId = ruleId;
		ruleId = newRuleId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.WAIVER__RULE_ID, oldRuleId, ruleId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Identified getElement() {
		if (element != null && element.eIsProxy()) {
			InternalEObject oldElement = (InternalEObject)element;
			element = (Identified)eResolveProxy(oldElement);
			if (element != oldElement) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.WAIVER__ELEMENT, oldElement, element));
			}
		}
		return element;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Identified basicGetElement() {
		return element;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElement(Identified newElement) {
		Identified oldElement = element;
		element = newElement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.WAIVER__ELEMENT, oldElement, element));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskResponse getResponse() {
		return response;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponse(RiskResponse newResponse) {
		RiskResponse oldResponse = response;
		response = newResponse == null ? RESPONSE_EDEFAULT : newResponse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.WAIVER__RESPONSE, oldResponse, response));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getGrantedBy() {
		if (grantedBy != null && grantedBy.eIsProxy()) {
			InternalEObject oldGrantedBy = (InternalEObject)grantedBy;
			grantedBy = (Person)eResolveProxy(oldGrantedBy);
			if (grantedBy != oldGrantedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.WAIVER__GRANTED_BY, oldGrantedBy, grantedBy));
			}
		}
		return grantedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetGrantedBy() {
		return grantedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrantedBy(Person newGrantedBy) {
		Person oldGrantedBy = grantedBy;
		grantedBy = newGrantedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.WAIVER__GRANTED_BY, oldGrantedBy, grantedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.WAIVER__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getGrantedOn() {
		return grantedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrantedOn(Date newGrantedOn) {
		Date oldGrantedOn = grantedOn;
		grantedOn = newGrantedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.WAIVER__GRANTED_ON, oldGrantedOn, grantedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getExpiresOn() {
		return expiresOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpiresOn(Date newExpiresOn) {
		Date oldExpiresOn = expiresOn;
		expiresOn = newExpiresOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.WAIVER__EXPIRES_ON, oldExpiresOn, expiresOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.WAIVER__RULE_ID:
				return getRuleId();
			case GovernancePackage.WAIVER__ELEMENT:
				if (resolve) return getElement();
				return basicGetElement();
			case GovernancePackage.WAIVER__RESPONSE:
				return getResponse();
			case GovernancePackage.WAIVER__GRANTED_BY:
				if (resolve) return getGrantedBy();
				return basicGetGrantedBy();
			case GovernancePackage.WAIVER__REASON:
				return getReason();
			case GovernancePackage.WAIVER__GRANTED_ON:
				return getGrantedOn();
			case GovernancePackage.WAIVER__EXPIRES_ON:
				return getExpiresOn();
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
			case GovernancePackage.WAIVER__RULE_ID:
				setRuleId((String)newValue);
				return;
			case GovernancePackage.WAIVER__ELEMENT:
				setElement((Identified)newValue);
				return;
			case GovernancePackage.WAIVER__RESPONSE:
				setResponse((RiskResponse)newValue);
				return;
			case GovernancePackage.WAIVER__GRANTED_BY:
				setGrantedBy((Person)newValue);
				return;
			case GovernancePackage.WAIVER__REASON:
				setReason((String)newValue);
				return;
			case GovernancePackage.WAIVER__GRANTED_ON:
				setGrantedOn((Date)newValue);
				return;
			case GovernancePackage.WAIVER__EXPIRES_ON:
				setExpiresOn((Date)newValue);
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
			case GovernancePackage.WAIVER__RULE_ID:
				setRuleId(RULE_ID_EDEFAULT);
				return;
			case GovernancePackage.WAIVER__ELEMENT:
				setElement((Identified)null);
				return;
			case GovernancePackage.WAIVER__RESPONSE:
				setResponse(RESPONSE_EDEFAULT);
				return;
			case GovernancePackage.WAIVER__GRANTED_BY:
				setGrantedBy((Person)null);
				return;
			case GovernancePackage.WAIVER__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case GovernancePackage.WAIVER__GRANTED_ON:
				setGrantedOn(GRANTED_ON_EDEFAULT);
				return;
			case GovernancePackage.WAIVER__EXPIRES_ON:
				setExpiresOn(EXPIRES_ON_EDEFAULT);
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
			case GovernancePackage.WAIVER__RULE_ID:
				return RULE_ID_EDEFAULT == null ? ruleId != null : !RULE_ID_EDEFAULT.equals(ruleId);
			case GovernancePackage.WAIVER__ELEMENT:
				return element != null;
			case GovernancePackage.WAIVER__RESPONSE:
				return response != RESPONSE_EDEFAULT;
			case GovernancePackage.WAIVER__GRANTED_BY:
				return grantedBy != null;
			case GovernancePackage.WAIVER__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case GovernancePackage.WAIVER__GRANTED_ON:
				return GRANTED_ON_EDEFAULT == null ? grantedOn != null : !GRANTED_ON_EDEFAULT.equals(grantedOn);
			case GovernancePackage.WAIVER__EXPIRES_ON:
				return EXPIRES_ON_EDEFAULT == null ? expiresOn != null : !EXPIRES_ON_EDEFAULT.equals(expiresOn);
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
		result.append(" (ruleId: ");
		result.append(ruleId);
		result.append(", response: ");
		result.append(response);
		result.append(", reason: ");
		result.append(reason);
		result.append(", grantedOn: ");
		result.append(grantedOn);
		result.append(", expiresOn: ");
		result.append(expiresOn);
		result.append(')');
		return result.toString();
	}

} //WaiverImpl
