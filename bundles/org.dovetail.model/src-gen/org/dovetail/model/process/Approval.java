/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Approval</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step where one or more people approve before work may continue.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.Approval#getRequiredApprovals <em>Required Approvals</em>}</li>
 *   <li>{@link org.dovetail.model.process.Approval#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.dovetail.model.process.Approval#getSegregatedFrom <em>Segregated From</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.process.ProcessPackage#getApproval()
 * @model
 * @generated
 */
public interface Approval extends Step {
	/**
	 * Returns the value of the '<em><b>Required Approvals</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many distinct approvers must approve (two for four-eyes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Required Approvals</em>' attribute.
	 * @see #setRequiredApprovals(int)
	 * @see org.dovetail.model.process.ProcessPackage#getApproval_RequiredApprovals()
	 * @model default="1"
	 * @generated
	 */
	int getRequiredApprovals();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.Approval#getRequiredApprovals <em>Required Approvals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required Approvals</em>' attribute.
	 * @see #getRequiredApprovals()
	 * @generated
	 */
	void setRequiredApprovals(int value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When this approval applies, in the words of the policy (e.g. "invoice amount over 10,000").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.dovetail.model.process.ProcessPackage#getApproval_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.Approval#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Segregated From</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.process.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Steps whose performer may not also approve here (segregation of duties).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segregated From</em>' reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getApproval_SegregatedFrom()
	 * @model
	 * @generated
	 */
	EList<Step> getSegregatedFrom();

} // Approval
