/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process;

import org.dovetail.model.Element;
import org.dovetail.model.Owned;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Process</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A documented process: an ordered set of steps with its triggers, decision rights and exception paths.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.Process#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.dovetail.model.process.Process#getFlows <em>Flows</em>}</li>
 *   <li>{@link org.dovetail.model.process.Process#getTriggers <em>Triggers</em>}</li>
 *   <li>{@link org.dovetail.model.process.Process#getDecisionRights <em>Decision Rights</em>}</li>
 *   <li>{@link org.dovetail.model.process.Process#getStages <em>Stages</em>}</li>
 *   <li>{@link org.dovetail.model.process.Process#getExceptionPaths <em>Exception Paths</em>}</li>
 *   <li>{@link org.dovetail.model.process.Process#getPolicies <em>Policies</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.process.ProcessPackage#getProcess()
 * @model
 * @generated
 */
public interface Process extends Element, Owned {
	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.process.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps of the process.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getProcess_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

	/**
	 * Returns the value of the '<em><b>Flows</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.process.Flow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sequence flows that order the steps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flows</em>' containment reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getProcess_Flows()
	 * @model containment="true"
	 * @generated
	 */
	EList<Flow> getFlows();

	/**
	 * Returns the value of the '<em><b>Triggers</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.process.Trigger}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What starts the process.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Triggers</em>' containment reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getProcess_Triggers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Trigger> getTriggers();

	/**
	 * Returns the value of the '<em><b>Decision Rights</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.process.DecisionRight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who may decide what in this process.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision Rights</em>' containment reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getProcess_DecisionRights()
	 * @model containment="true"
	 * @generated
	 */
	EList<DecisionRight> getDecisionRights();

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.process.Stage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stages (phases) that group the steps, each with its own owner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getProcess_Stages()
	 * @model containment="true"
	 * @generated
	 */
	EList<Stage> getStages();

	/**
	 * Returns the value of the '<em><b>Exception Paths</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.process.ExceptionPath}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The documented ways exceptions leave and rejoin the normal flow.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exception Paths</em>' containment reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getProcess_ExceptionPaths()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExceptionPath> getExceptionPaths();

	/**
	 * Returns the value of the '<em><b>Policies</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.process.Policy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The policies that govern this process.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policies</em>' reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getProcess_Policies()
	 * @model
	 * @generated
	 */
	EList<Policy> getPolicies();

} // Process
