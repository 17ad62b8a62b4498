/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance;

import java.util.Date;

import org.dovetail.model.Identified;
import org.dovetail.model.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Waiver</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A board's decision to waive a finding or accept its risk, with who, why and until when. It applies to a rule on an element, so it survives re-validation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.Waiver#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Waiver#getElement <em>Element</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Waiver#getResponse <em>Response</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Waiver#getGrantedBy <em>Granted By</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Waiver#getReason <em>Reason</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Waiver#getGrantedOn <em>Granted On</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Waiver#getExpiresOn <em>Expires On</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.governance.GovernancePackage#getWaiver()
 * @model
 * @generated
 */
public interface Waiver extends Identified {
	/**
	 * Returns the value of the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rule whose findings are waived.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule Id</em>' attribute.
	 * @see #setRuleId(String)
	 * @see org.dovetail.model.governance.GovernancePackage#getWaiver_RuleId()
	 * @model
	 * @generated
	 */
	String getRuleId();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Waiver#getRuleId <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Id</em>' attribute.
	 * @see #getRuleId()
	 * @generated
	 */
	void setRuleId(String value);

	/**
	 * Returns the value of the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element the waiver applies to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element</em>' reference.
	 * @see #setElement(Identified)
	 * @see org.dovetail.model.governance.GovernancePackage#getWaiver_Element()
	 * @model required="true"
	 * @generated
	 */
	Identified getElement();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Waiver#getElement <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' reference.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(Identified value);

	/**
	 * Returns the value of the '<em><b>Response</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.governance.RiskResponse}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the risk is waived or accepted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Response</em>' attribute.
	 * @see org.dovetail.model.governance.RiskResponse
	 * @see #setResponse(RiskResponse)
	 * @see org.dovetail.model.governance.GovernancePackage#getWaiver_Response()
	 * @model
	 * @generated
	 */
	RiskResponse getResponse();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Waiver#getResponse <em>Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Response</em>' attribute.
	 * @see org.dovetail.model.governance.RiskResponse
	 * @see #getResponse()
	 * @generated
	 */
	void setResponse(RiskResponse value);

	/**
	 * Returns the value of the '<em><b>Granted By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who granted the waiver.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Granted By</em>' reference.
	 * @see #setGrantedBy(Person)
	 * @see org.dovetail.model.governance.GovernancePackage#getWaiver_GrantedBy()
	 * @model required="true"
	 * @generated
	 */
	Person getGrantedBy();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Waiver#getGrantedBy <em>Granted By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Granted By</em>' reference.
	 * @see #getGrantedBy()
	 * @generated
	 */
	void setGrantedBy(Person value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the finding is waived.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.dovetail.model.governance.GovernancePackage#getWaiver_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Waiver#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Granted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the waiver was granted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Granted On</em>' attribute.
	 * @see #setGrantedOn(Date)
	 * @see org.dovetail.model.governance.GovernancePackage#getWaiver_GrantedOn()
	 * @model
	 * @generated
	 */
	Date getGrantedOn();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Waiver#getGrantedOn <em>Granted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Granted On</em>' attribute.
	 * @see #getGrantedOn()
	 * @generated
	 */
	void setGrantedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the waiver expires; after that the finding is open again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expires On</em>' attribute.
	 * @see #setExpiresOn(Date)
	 * @see org.dovetail.model.governance.GovernancePackage#getWaiver_ExpiresOn()
	 * @model
	 * @generated
	 */
	Date getExpiresOn();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Waiver#getExpiresOn <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expires On</em>' attribute.
	 * @see #getExpiresOn()
	 * @generated
	 */
	void setExpiresOn(Date value);

} // Waiver
