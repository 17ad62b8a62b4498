/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital;

import org.dovetail.model.Element;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Domain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Container of the systems of an organisation unit and their integrations.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.digital.DigitalDomain#getSystems <em>Systems</em>}</li>
 *   <li>{@link org.dovetail.model.digital.DigitalDomain#getIntegrations <em>Integrations</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.digital.DigitalPackage#getDigitalDomain()
 * @model
 * @generated
 */
public interface DigitalDomain extends Element {
	/**
	 * Returns the value of the '<em><b>Systems</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.InformationSystem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The systems.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Systems</em>' containment reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getDigitalDomain_Systems()
	 * @model containment="true"
	 * @generated
	 */
	EList<InformationSystem> getSystems();

	/**
	 * Returns the value of the '<em><b>Integrations</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.Integration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The integrations between systems.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Integrations</em>' containment reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getDigitalDomain_Integrations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Integration> getIntegrations();

} // DigitalDomain
