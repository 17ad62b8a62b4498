/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.implementation;

import java.util.Date;

import org.dovetail.model.Element;
import org.dovetail.model.Owned;

import org.dovetail.model.digital.InformationSystem;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The plan for bringing a product into the workflow.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.implementation.ImplementationPlan#getSystem <em>System</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.ImplementationPlan#getLaunchOn <em>Launch On</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.ImplementationPlan#getChanges <em>Changes</em>}</li>
 *   <li>{@link org.dovetail.model.implementation.ImplementationPlan#getMilestones <em>Milestones</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.implementation.ImplementationPackage#getImplementationPlan()
 * @model
 * @generated
 */
public interface ImplementationPlan extends Element, Owned {
	/**
	 * Returns the value of the '<em><b>System</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system being introduced or changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System</em>' reference.
	 * @see #setSystem(InformationSystem)
	 * @see org.dovetail.model.implementation.ImplementationPackage#getImplementationPlan_System()
	 * @model
	 * @generated
	 */
	InformationSystem getSystem();

	/**
	 * Sets the value of the '{@link org.dovetail.model.implementation.ImplementationPlan#getSystem <em>System</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System</em>' reference.
	 * @see #getSystem()
	 * @generated
	 */
	void setSystem(InformationSystem value);

	/**
	 * Returns the value of the '<em><b>Launch On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The launch date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Launch On</em>' attribute.
	 * @see #setLaunchOn(Date)
	 * @see org.dovetail.model.implementation.ImplementationPackage#getImplementationPlan_LaunchOn()
	 * @model
	 * @generated
	 */
	Date getLaunchOn();

	/**
	 * Sets the value of the '{@link org.dovetail.model.implementation.ImplementationPlan#getLaunchOn <em>Launch On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Launch On</em>' attribute.
	 * @see #getLaunchOn()
	 * @generated
	 */
	void setLaunchOn(Date value);

	/**
	 * Returns the value of the '<em><b>Changes</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.implementation.StepChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happens to each affected step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Changes</em>' containment reference list.
	 * @see org.dovetail.model.implementation.ImplementationPackage#getImplementationPlan_Changes()
	 * @model containment="true"
	 * @generated
	 */
	EList<StepChange> getChanges();

	/**
	 * Returns the value of the '<em><b>Milestones</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.implementation.Milestone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The proof milestones.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Milestones</em>' containment reference list.
	 * @see org.dovetail.model.implementation.ImplementationPackage#getImplementationPlan_Milestones()
	 * @model containment="true"
	 * @generated
	 */
	EList<Milestone> getMilestones();

} // ImplementationPlan
