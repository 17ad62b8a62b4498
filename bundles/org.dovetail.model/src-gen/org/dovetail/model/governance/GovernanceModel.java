/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance;

import org.dovetail.model.Element;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Container of the governance record of a model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.GovernanceModel#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.dovetail.model.governance.GovernanceModel#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.dovetail.model.governance.GovernanceModel#getWaivers <em>Waivers</em>}</li>
 *   <li>{@link org.dovetail.model.governance.GovernanceModel#getBoards <em>Boards</em>}</li>
 *   <li>{@link org.dovetail.model.governance.GovernanceModel#getBaselines <em>Baselines</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.governance.GovernancePackage#getGovernanceModel()
 * @model
 * @generated
 */
public interface GovernanceModel extends Element {
	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.governance.Mapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The governance mappings between the domains.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mappings</em>' containment reference list.
	 * @see org.dovetail.model.governance.GovernancePackage#getGovernanceModel_Mappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Mapping> getMappings();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.governance.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recorded findings of the risk-testing rules.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see org.dovetail.model.governance.GovernancePackage#getGovernanceModel_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFindings();

	/**
	 * Returns the value of the '<em><b>Waivers</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.governance.Waiver}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Waived or accepted risks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Waivers</em>' containment reference list.
	 * @see org.dovetail.model.governance.GovernancePackage#getGovernanceModel_Waivers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Waiver> getWaivers();

	/**
	 * Returns the value of the '<em><b>Boards</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.governance.GovernanceBoard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The boards that review findings and approve baselines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Boards</em>' containment reference list.
	 * @see org.dovetail.model.governance.GovernancePackage#getGovernanceModel_Boards()
	 * @model containment="true"
	 * @generated
	 */
	EList<GovernanceBoard> getBoards();

	/**
	 * Returns the value of the '<em><b>Baselines</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.governance.Baseline}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Baselines submitted to and signed off by a board.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baselines</em>' containment reference list.
	 * @see org.dovetail.model.governance.GovernancePackage#getGovernanceModel_Baselines()
	 * @model containment="true"
	 * @generated
	 */
	EList<Baseline> getBaselines();

} // GovernanceModel
