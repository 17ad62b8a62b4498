/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.implementation;

import java.util.Date;

import org.dovetail.model.Element;
import org.dovetail.model.Owned;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Milestone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A workflow-proof milestone: evidence that the new way of working is real, not that training happened.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.implementation.Milestone#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.Milestone#getDueOn <em>Due On</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.Milestone#getStatus <em>Status</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.Milestone#getProof <em>Proof</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.implementation.ImplementationPackage#getMilestone()
 * @model
 * @generated
 */
public interface Milestone extends Element, Owned {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.implementation.MilestoneKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which proof the milestone stands for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.dovetail.model.implementation.MilestoneKind
	 * @see #setKind(MilestoneKind)
	 * @see org.dovetail.model.implementation.ImplementationPackage#getMilestone_Kind()
	 * @model
	 * @generated
	 */
	MilestoneKind getKind();

	/**
	 * Sets the value of the '{@link org.dovetail.model.implementation.Milestone#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.dovetail.model.implementation.MilestoneKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MilestoneKind value);

	/**
	 * Returns the value of the '<em><b>Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it is due.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due On</em>' attribute.
	 * @see #setDueOn(Date)
	 * @see org.dovetail.model.implementation.ImplementationPackage#getMilestone_DueOn()
	 * @model
	 * @generated
	 */
	Date getDueOn();

	/**
	 * Sets the value of the '{@link org.dovetail.model.implementation.Milestone#getDueOn <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due On</em>' attribute.
	 * @see #getDueOn()
	 * @generated
	 */
	void setDueOn(Date value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.implementation.MilestoneStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where it stands.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.dovetail.model.implementation.MilestoneStatus
	 * @see #setStatus(MilestoneStatus)
	 * @see org.dovetail.model.implementation.ImplementationPackage#getMilestone_Status()
	 * @model
	 * @generated
	 */
	MilestoneStatus getStatus();

	/**
	 * Sets the value of the '{@link org.dovetail.model.implementation.Milestone#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.dovetail.model.implementation.MilestoneStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(MilestoneStatus value);

	/**
	 * Returns the value of the '<em><b>Proof</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The proof that the milestone was reached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proof</em>' containment reference.
	 * @see #setProof(WorkflowProof)
	 * @see org.dovetail.model.implementation.ImplementationPackage#getMilestone_Proof()
	 * @model containment="true"
	 * @generated
	 */
	WorkflowProof getProof();

	/**
	 * Sets the value of the '{@link org.dovetail.model.implementation.Milestone#getProof <em>Proof</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proof</em>' containment reference.
	 * @see #getProof()
	 * @generated
	 */
	void setProof(WorkflowProof value);

} // Milestone
