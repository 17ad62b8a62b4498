/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Transition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A transition the system allows between two states, with its guard and the permission it needs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.digital.Transition#getSource <em>Source</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Transition#getTarget <em>Target</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Transition#getGuard <em>Guard</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Transition#getRequiredPermission <em>Required Permission</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Transition#isApprovalRequired <em>Approval Required</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Transition#isAutomatic <em>Automatic</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.digital.DigitalPackage#getTransition()
 * @model
 * @generated
 */
public interface Transition extends DigitalElement {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.dovetail.model.digital.WorkflowState#getOutgoing <em>Outgoing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The state the transition leaves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(WorkflowState)
	 * @see org.dovetail.model.digital.DigitalPackage#getTransition_Source()
	 * @see org.dovetail.model.digital.WorkflowState#getOutgoing
	 * @model opposite="outgoing" resolveProxies="false" required="true"
	 * @generated
	 */
	WorkflowState getSource();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.Transition#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(WorkflowState value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.dovetail.model.digital.WorkflowState#getIncoming <em>Incoming</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The state the transition enters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(WorkflowState)
	 * @see org.dovetail.model.digital.DigitalPackage#getTransition_Target()
	 * @see org.dovetail.model.digital.WorkflowState#getIncoming
	 * @model opposite="incoming" resolveProxies="false" required="true"
	 * @generated
	 */
	WorkflowState getTarget();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.Transition#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(WorkflowState value);

	/**
	 * Returns the value of the '<em><b>Guard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The guard condition as configured (e.g. "PO match within tolerance").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guard</em>' attribute.
	 * @see #setGuard(String)
	 * @see org.dovetail.model.digital.DigitalPackage#getTransition_Guard()
	 * @model
	 * @generated
	 */
	String getGuard();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.Transition#getGuard <em>Guard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guard</em>' attribute.
	 * @see #getGuard()
	 * @generated
	 */
	void setGuard(String value);

	/**
	 * Returns the value of the '<em><b>Required Permission</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The permission needed to take the transition; none means anyone with access may.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Required Permission</em>' reference.
	 * @see #setRequiredPermission(Permission)
	 * @see org.dovetail.model.digital.DigitalPackage#getTransition_RequiredPermission()
	 * @model
	 * @generated
	 */
	Permission getRequiredPermission();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.Transition#getRequiredPermission <em>Required Permission</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required Permission</em>' reference.
	 * @see #getRequiredPermission()
	 * @generated
	 */
	void setRequiredPermission(Permission value);

	/**
	 * Returns the value of the '<em><b>Approval Required</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the system requires a recorded approval to take the transition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approval Required</em>' attribute.
	 * @see #setApprovalRequired(boolean)
	 * @see org.dovetail.model.digital.DigitalPackage#getTransition_ApprovalRequired()
	 * @model default="false"
	 * @generated
	 */
	boolean isApprovalRequired();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.Transition#isApprovalRequired <em>Approval Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approval Required</em>' attribute.
	 * @see #isApprovalRequired()
	 * @generated
	 */
	void setApprovalRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Automatic</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the system takes the transition by itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Automatic</em>' attribute.
	 * @see #setAutomatic(boolean)
	 * @see org.dovetail.model.digital.DigitalPackage#getTransition_Automatic()
	 * @model default="false"
	 * @generated
	 */
	boolean isAutomatic();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.Transition#isAutomatic <em>Automatic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Automatic</em>' attribute.
	 * @see #isAutomatic()
	 * @generated
	 */
	void setAutomatic(boolean value);

} // Transition
