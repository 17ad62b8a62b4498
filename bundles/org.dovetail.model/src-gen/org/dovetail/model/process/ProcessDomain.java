/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process;

import org.dovetail.model.Element;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Domain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Container of the documented process landscape of an organisation unit.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.ProcessDomain#getProcesses <em>Processes</em>}</li>
 *   <li>{@link org.dovetail.model.process.ProcessDomain#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.dovetail.model.process.ProcessDomain#getPolicies <em>Policies</em>}</li>
 *   <li>{@link org.dovetail.model.process.ProcessDomain#getControls <em>Controls</em>}</li>
 *   <li>{@link org.dovetail.model.process.ProcessDomain#getLegacyArtifacts <em>Legacy Artifacts</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.process.ProcessPackage#getProcessDomain()
 * @model
 * @generated
 */
public interface ProcessDomain extends Element {
	/**
	 * Returns the value of the '<em><b>Processes</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.process.Process}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The documented processes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Processes</em>' containment reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getProcessDomain_Processes()
	 * @model containment="true"
	 * @generated
	 */
	EList<org.dovetail.model.process.Process> getProcesses();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.process.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The roles that perform steps and hold decision rights.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getProcessDomain_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Policies</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.process.Policy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The policies the processes must comply with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policies</em>' containment reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getProcessDomain_Policies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Policy> getPolicies();

	/**
	 * Returns the value of the '<em><b>Controls</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.process.Control}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The controls that enforce policies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Controls</em>' containment reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getProcessDomain_Controls()
	 * @model containment="true"
	 * @generated
	 */
	EList<Control> getControls();

	/**
	 * Returns the value of the '<em><b>Legacy Artifacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.process.LegacyArtifact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spreadsheets, mailboxes, meetings and reports that carry part of the work outside the systems.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legacy Artifacts</em>' containment reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getProcessDomain_LegacyArtifacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<LegacyArtifact> getLegacyArtifacts();

} // ProcessDomain
