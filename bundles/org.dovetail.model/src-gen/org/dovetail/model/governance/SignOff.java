/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance;

import java.util.Date;

import org.dovetail.model.Identified;
import org.dovetail.model.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sign Off</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One board member's decision on a baseline.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.SignOff#getSigner <em>Signer</em>}</li>
 *   <li>{@link org.dovetail.model.governance.SignOff#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.dovetail.model.governance.SignOff#getSignedOn <em>Signed On</em>}</li>
 *   <li>{@link org.dovetail.model.governance.SignOff#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.governance.GovernancePackage#getSignOff()
 * @model
 * @generated
 */
public interface SignOff extends Identified {
	/**
	 * Returns the value of the '<em><b>Signer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who signed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signer</em>' reference.
	 * @see #setSigner(Person)
	 * @see org.dovetail.model.governance.GovernancePackage#getSignOff_Signer()
	 * @model required="true"
	 * @generated
	 */
	Person getSigner();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.SignOff#getSigner <em>Signer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer</em>' reference.
	 * @see #getSigner()
	 * @generated
	 */
	void setSigner(Person value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.governance.SignOffDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The signer's decision.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see org.dovetail.model.governance.SignOffDecision
	 * @see #setDecision(SignOffDecision)
	 * @see org.dovetail.model.governance.GovernancePackage#getSignOff_Decision()
	 * @model
	 * @generated
	 */
	SignOffDecision getDecision();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.SignOff#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see org.dovetail.model.governance.SignOffDecision
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(SignOffDecision value);

	/**
	 * Returns the value of the '<em><b>Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signed On</em>' attribute.
	 * @see #setSignedOn(Date)
	 * @see org.dovetail.model.governance.GovernancePackage#getSignOff_SignedOn()
	 * @model
	 * @generated
	 */
	Date getSignedOn();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.SignOff#getSignedOn <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed On</em>' attribute.
	 * @see #getSignedOn()
	 * @generated
	 */
	void setSignedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The signer's comment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.dovetail.model.governance.GovernancePackage#getSignOff_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.SignOff#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // SignOff
