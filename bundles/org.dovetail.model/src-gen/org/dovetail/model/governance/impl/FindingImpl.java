/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance.impl;

import java.util.Collection;
import java.util.Date;

import org.dovetail.model.Identified;

import org.dovetail.model.governance.Finding;
import org.dovetail.model.governance.FindingStatus;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;

import org.dovetail.model.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.impl.FindingImpl#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.FindingImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.FindingImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.FindingImpl#getElement <em>Element</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.FindingImpl#getRelated <em>Related</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.FindingImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.FindingImpl#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.FindingImpl#getRemediation <em>Remediation</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.FindingImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.FindingImpl#getDetectedOn <em>Detected On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FindingImpl extends IdentifiedImpl implements Finding {
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
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final Severity SEVERITY_EDEFAULT = Severity.INFO;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected Severity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final RuleCategory CATEGORY_EDEFAULT = RuleCategory.WORKFLOW_MISMATCH;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected RuleCategory category = CATEGORY_EDEFAULT;

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
	 * The cached value of the '{@link #getRelated() <em>Related</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelated()
	 * @generated
	 * @ordered
	 */
	protected EList<Identified> related;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPLANATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected String explanation = EXPLANATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemediation() <em>Remediation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemediation()
	 * @generated
	 * @ordered
	 */
	protected static final String REMEDIATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemediation() <em>Remediation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemediation()
	 * @generated
	 * @ordered
	 */
	protected String remediation = REMEDIATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final FindingStatus STATUS_EDEFAULT = FindingStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected FindingStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDetectedOn() <em>Detected On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetectedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date DETECTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDetectedOn() <em>Detected On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetectedOn()
	 * @generated
	 * @ordered
	 */
	protected Date detectedOn = DETECTED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FindingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.FINDING;
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
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.FINDING__RULE_ID, oldRuleId, ruleId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Severity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(Severity newSeverity) {
		Severity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.FINDING__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(RuleCategory newCategory) {
		RuleCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.FINDING__CATEGORY, oldCategory, category));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.FINDING__ELEMENT, oldElement, element));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.FINDING__ELEMENT, oldElement, element));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Identified> getRelated() {
		if (related == null) {
			related = new EObjectResolvingEList<Identified>(Identified.class, this, GovernancePackage.FINDING__RELATED);
		}
		return related;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.FINDING__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExplanation() {
		return explanation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExplanation(String newExplanation) {
		String oldExplanation = explanation;
		explanation = newExplanation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.FINDING__EXPLANATION, oldExplanation, explanation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemediation() {
		return remediation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemediation(String newRemediation) {
		String oldRemediation = remediation;
		remediation = newRemediation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.FINDING__REMEDIATION, oldRemediation, remediation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FindingStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(FindingStatus newStatus) {
		FindingStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.FINDING__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDetectedOn() {
		return detectedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetectedOn(Date newDetectedOn) {
		Date oldDetectedOn = detectedOn;
		detectedOn = newDetectedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.FINDING__DETECTED_ON, oldDetectedOn, detectedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.FINDING__RULE_ID:
				return getRuleId();
			case GovernancePackage.FINDING__SEVERITY:
				return getSeverity();
			case GovernancePackage.FINDING__CATEGORY:
				return getCategory();
			case GovernancePackage.FINDING__ELEMENT:
				if (resolve) return getElement();
				return basicGetElement();
			case GovernancePackage.FINDING__RELATED:
				return getRelated();
			case GovernancePackage.FINDING__MESSAGE:
				return getMessage();
			case GovernancePackage.FINDING__EXPLANATION:
				return getExplanation();
			case GovernancePackage.FINDING__REMEDIATION:
				return getRemediation();
			case GovernancePackage.FINDING__STATUS:
				return getStatus();
			case GovernancePackage.FINDING__DETECTED_ON:
				return getDetectedOn();
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
			case GovernancePackage.FINDING__RULE_ID:
				setRuleId((String)newValue);
				return;
			case GovernancePackage.FINDING__SEVERITY:
				setSeverity((Severity)newValue);
				return;
			case GovernancePackage.FINDING__CATEGORY:
				setCategory((RuleCategory)newValue);
				return;
			case GovernancePackage.FINDING__ELEMENT:
				setElement((Identified)newValue);
				return;
			case GovernancePackage.FINDING__RELATED:
				getRelated().clear();
				getRelated().addAll((Collection<? extends Identified>)newValue);
				return;
			case GovernancePackage.FINDING__MESSAGE:
				setMessage((String)newValue);
				return;
			case GovernancePackage.FINDING__EXPLANATION:
				setExplanation((String)newValue);
				return;
			case GovernancePackage.FINDING__REMEDIATION:
				setRemediation((String)newValue);
				return;
			case GovernancePackage.FINDING__STATUS:
				setStatus((FindingStatus)newValue);
				return;
			case GovernancePackage.FINDING__DETECTED_ON:
				setDetectedOn((Date)newValue);
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
			case GovernancePackage.FINDING__RULE_ID:
				setRuleId(RULE_ID_EDEFAULT);
				return;
			case GovernancePackage.FINDING__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case GovernancePackage.FINDING__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case GovernancePackage.FINDING__ELEMENT:
				setElement((Identified)null);
				return;
			case GovernancePackage.FINDING__RELATED:
				getRelated().clear();
				return;
			case GovernancePackage.FINDING__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case GovernancePackage.FINDING__EXPLANATION:
				setExplanation(EXPLANATION_EDEFAULT);
				return;
			case GovernancePackage.FINDING__REMEDIATION:
				setRemediation(REMEDIATION_EDEFAULT);
				return;
			case GovernancePackage.FINDING__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case GovernancePackage.FINDING__DETECTED_ON:
				setDetectedOn(DETECTED_ON_EDEFAULT);
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
			case GovernancePackage.FINDING__RULE_ID:
				return RULE_ID_EDEFAULT == null ? ruleId != null : !RULE_ID_EDEFAULT.equals(ruleId);
			case GovernancePackage.FINDING__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case GovernancePackage.FINDING__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case GovernancePackage.FINDING__ELEMENT:
				return element != null;
			case GovernancePackage.FINDING__RELATED:
				return related != null && !related.isEmpty();
			case GovernancePackage.FINDING__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case GovernancePackage.FINDING__EXPLANATION:
				return EXPLANATION_EDEFAULT == null ? explanation != null : !EXPLANATION_EDEFAULT.equals(explanation);
			case GovernancePackage.FINDING__REMEDIATION:
				return REMEDIATION_EDEFAULT == null ? remediation != null : !REMEDIATION_EDEFAULT.equals(remediation);
			case GovernancePackage.FINDING__STATUS:
				return status != STATUS_EDEFAULT;
			case GovernancePackage.FINDING__DETECTED_ON:
				return DETECTED_ON_EDEFAULT == null ? detectedOn != null : !DETECTED_ON_EDEFAULT.equals(detectedOn);
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
		result.append(", severity: ");
		result.append(severity);
		result.append(", category: ");
		result.append(category);
		result.append(", message: ");
		result.append(message);
		result.append(", explanation: ");
		result.append(explanation);
		result.append(", remediation: ");
		result.append(remediation);
		result.append(", status: ");
		result.append(status);
		result.append(", detectedOn: ");
		result.append(detectedOn);
		result.append(')');
		return result.toString();
	}

} //FindingImpl
