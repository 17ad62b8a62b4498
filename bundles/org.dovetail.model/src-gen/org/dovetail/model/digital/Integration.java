/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital;

import org.dovetail.model.Cadence;
import org.dovetail.model.Owned;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Integration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A data flow between two systems.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.digital.Integration#getSource <em>Source</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Integration#getTarget <em>Target</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Integration#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Integration#getCarries <em>Carries</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.digital.DigitalPackage#getIntegration()
 * @model
 * @generated
 */
public interface Integration extends DigitalElement, Owned {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system data comes from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(InformationSystem)
	 * @see org.dovetail.model.digital.DigitalPackage#getIntegration_Source()
	 * @model required="true"
	 * @generated
	 */
	InformationSystem getSource();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.Integration#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(InformationSystem value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system data goes to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(InformationSystem)
	 * @see org.dovetail.model.digital.DigitalPackage#getIntegration_Target()
	 * @model required="true"
	 * @generated
	 */
	InformationSystem getTarget();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.Integration#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(InformationSystem value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.Cadence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often the integration runs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see org.dovetail.model.Cadence
	 * @see #setFrequency(Cadence)
	 * @see org.dovetail.model.digital.DigitalPackage#getIntegration_Frequency()
	 * @model
	 * @generated
	 */
	Cadence getFrequency();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.Integration#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see org.dovetail.model.Cadence
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(Cadence value);

	/**
	 * Returns the value of the '<em><b>Carries</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.DataField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fields the integration moves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Carries</em>' reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getIntegration_Carries()
	 * @model
	 * @generated
	 */
	EList<DataField> getCarries();

} // Integration
