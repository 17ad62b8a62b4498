/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance;

import java.util.Date;

import org.dovetail.model.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A result of a risk-testing rule or mapping validator: what is wrong, where, why it matters and what to do.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.Finding#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Finding#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Finding#getCategory <em>Category</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Finding#getElement <em>Element</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Finding#getRelated <em>Related</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Finding#getMessage <em>Message</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Finding#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Finding#getRemediation <em>Remediation</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Finding#getStatus <em>Status</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Finding#getDetectedOn <em>Detected On</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.governance.GovernancePackage#getFinding()
 * @model
 * @generated
 */
public interface Finding extends Identified {
	/**
	 * Returns the value of the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the rule that produced the finding.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule Id</em>' attribute.
	 * @see #setRuleId(String)
	 * @see org.dovetail.model.governance.GovernancePackage#getFinding_RuleId()
	 * @model
	 * @generated
	 */
	String getRuleId();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Finding#getRuleId <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Id</em>' attribute.
	 * @see #getRuleId()
	 * @generated
	 */
	void setRuleId(String value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.governance.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How serious the finding is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.dovetail.model.governance.Severity
	 * @see #setSeverity(Severity)
	 * @see org.dovetail.model.governance.GovernancePackage#getFinding_Severity()
	 * @model
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Finding#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.dovetail.model.governance.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.governance.RuleCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The way execution breaks that the finding belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.dovetail.model.governance.RuleCategory
	 * @see #setCategory(RuleCategory)
	 * @see org.dovetail.model.governance.GovernancePackage#getFinding_Category()
	 * @model
	 * @generated
	 */
	RuleCategory getCategory();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Finding#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.dovetail.model.governance.RuleCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(RuleCategory value);

	/**
	 * Returns the value of the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element the finding is about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element</em>' reference.
	 * @see #setElement(Identified)
	 * @see org.dovetail.model.governance.GovernancePackage#getFinding_Element()
	 * @model
	 * @generated
	 */
	Identified getElement();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Finding#getElement <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' reference.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(Identified value);

	/**
	 * Returns the value of the '<em><b>Related</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.Identified}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other elements that take part in the finding.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Related</em>' reference list.
	 * @see org.dovetail.model.governance.GovernancePackage#getFinding_Related()
	 * @model
	 * @generated
	 */
	EList<Identified> getRelated();

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One-line statement of the finding.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.dovetail.model.governance.GovernancePackage#getFinding_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Finding#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why it matters, in the language of design, not blame.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Explanation</em>' attribute.
	 * @see #setExplanation(String)
	 * @see org.dovetail.model.governance.GovernancePackage#getFinding_Explanation()
	 * @model
	 * @generated
	 */
	String getExplanation();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Finding#getExplanation <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Explanation</em>' attribute.
	 * @see #getExplanation()
	 * @generated
	 */
	void setExplanation(String value);

	/**
	 * Returns the value of the '<em><b>Remediation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What would close the gap.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remediation</em>' attribute.
	 * @see #setRemediation(String)
	 * @see org.dovetail.model.governance.GovernancePackage#getFinding_Remediation()
	 * @model
	 * @generated
	 */
	String getRemediation();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Finding#getRemediation <em>Remediation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remediation</em>' attribute.
	 * @see #getRemediation()
	 * @generated
	 */
	void setRemediation(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.governance.FindingStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the finding stands.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.dovetail.model.governance.FindingStatus
	 * @see #setStatus(FindingStatus)
	 * @see org.dovetail.model.governance.GovernancePackage#getFinding_Status()
	 * @model
	 * @generated
	 */
	FindingStatus getStatus();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Finding#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.dovetail.model.governance.FindingStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(FindingStatus value);

	/**
	 * Returns the value of the '<em><b>Detected On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the finding was first detected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Detected On</em>' attribute.
	 * @see #setDetectedOn(Date)
	 * @see org.dovetail.model.governance.GovernancePackage#getFinding_DetectedOn()
	 * @model
	 * @generated
	 */
	Date getDetectedOn();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Finding#getDetectedOn <em>Detected On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detected On</em>' attribute.
	 * @see #getDetectedOn()
	 * @generated
	 */
	void setDetectedOn(Date value);

} // Finding
