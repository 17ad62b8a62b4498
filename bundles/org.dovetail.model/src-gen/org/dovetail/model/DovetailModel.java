/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model;

import org.dovetail.model.digital.DigitalDomain;

import org.dovetail.model.governance.GovernanceModel;

import org.dovetail.model.implementation.ImplementationPlan;

import org.dovetail.model.process.ProcessDomain;

import org.dovetail.model.workasdone.WorkAsDone;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a .dovetail file. One model may hold every area or only some; elements may reference elements in other .dovetail files.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.DovetailModel#getVersion <em>Version</em>}</li>
 *   <li>{@link org.dovetail.model.DovetailModel#getPeople <em>People</em>}</li>
 *   <li>{@link org.dovetail.model.DovetailModel#getProcessDomain <em>Process Domain</em>}</li>
 *   <li>{@link org.dovetail.model.DovetailModel#getDigitalDomain <em>Digital Domain</em>}</li>
 *   <li>{@link org.dovetail.model.DovetailModel#getGovernance <em>Governance</em>}</li>
 *   <li>{@link org.dovetail.model.DovetailModel#getWorkAsDone <em>Work As Done</em>}</li>
 *   <li>{@link org.dovetail.model.DovetailModel#getImplementationPlans <em>Implementation Plans</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.DovetailPackage#getDovetailModel()
 * @model
 * @generated
 */
public interface DovetailModel extends Element {
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The model's own version label, e.g. the baseline it was derived from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.dovetail.model.DovetailPackage#getDovetailModel_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.dovetail.model.DovetailModel#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>People</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The people named in this model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>People</em>' containment reference list.
	 * @see org.dovetail.model.DovetailPackage#getDovetailModel_People()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getPeople();

	/**
	 * Returns the value of the '<em><b>Process Domain</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Work as imagined: processes, roles, policies, controls and legacy artifacts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Process Domain</em>' containment reference.
	 * @see #setProcessDomain(ProcessDomain)
	 * @see org.dovetail.model.DovetailPackage#getDovetailModel_ProcessDomain()
	 * @model containment="true"
	 * @generated
	 */
	ProcessDomain getProcessDomain();

	/**
	 * Sets the value of the '{@link org.dovetail.model.DovetailModel#getProcessDomain <em>Process Domain</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process Domain</em>' containment reference.
	 * @see #getProcessDomain()
	 * @generated
	 */
	void setProcessDomain(ProcessDomain value);

	/**
	 * Returns the value of the '<em><b>Digital Domain</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Work as enforced: the systems and what they allow.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Digital Domain</em>' containment reference.
	 * @see #setDigitalDomain(DigitalDomain)
	 * @see org.dovetail.model.DovetailPackage#getDovetailModel_DigitalDomain()
	 * @model containment="true"
	 * @generated
	 */
	DigitalDomain getDigitalDomain();

	/**
	 * Sets the value of the '{@link org.dovetail.model.DovetailModel#getDigitalDomain <em>Digital Domain</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Digital Domain</em>' containment reference.
	 * @see #getDigitalDomain()
	 * @generated
	 */
	void setDigitalDomain(DigitalDomain value);

	/**
	 * Returns the value of the '<em><b>Governance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mappings between the domains, findings, waivers, boards and baselines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Governance</em>' containment reference.
	 * @see #setGovernance(GovernanceModel)
	 * @see org.dovetail.model.DovetailPackage#getDovetailModel_Governance()
	 * @model containment="true"
	 * @generated
	 */
	GovernanceModel getGovernance();

	/**
	 * Sets the value of the '{@link org.dovetail.model.DovetailModel#getGovernance <em>Governance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Governance</em>' containment reference.
	 * @see #getGovernance()
	 * @generated
	 */
	void setGovernance(GovernanceModel value);

	/**
	 * Returns the value of the '<em><b>Work As Done</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evidence of how work is really done: observations, event logs, metrics, improvement actions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Work As Done</em>' containment reference.
	 * @see #setWorkAsDone(WorkAsDone)
	 * @see org.dovetail.model.DovetailPackage#getDovetailModel_WorkAsDone()
	 * @model containment="true"
	 * @generated
	 */
	WorkAsDone getWorkAsDone();

	/**
	 * Sets the value of the '{@link org.dovetail.model.DovetailModel#getWorkAsDone <em>Work As Done</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work As Done</em>' containment reference.
	 * @see #getWorkAsDone()
	 * @generated
	 */
	void setWorkAsDone(WorkAsDone value);

	/**
	 * Returns the value of the '<em><b>Implementation Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.implementation.ImplementationPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Plans for the workflow change a product brings, with proof milestones.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Implementation Plans</em>' containment reference list.
	 * @see org.dovetail.model.DovetailPackage#getDovetailModel_ImplementationPlans()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImplementationPlan> getImplementationPlans();

} // DovetailModel
