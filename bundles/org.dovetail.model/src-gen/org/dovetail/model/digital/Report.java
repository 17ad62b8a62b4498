/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital;

import org.dovetail.model.Cadence;
import org.dovetail.model.Owned;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A report a system produces.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.digital.Report#getUses <em>Uses</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Report#getFrequency <em>Frequency</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.digital.DigitalPackage#getReport()
 * @model
 * @generated
 */
public interface Report extends DigitalElement, Owned {
	/**
	 * Returns the value of the '<em><b>Uses</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.DataField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fields the report reads.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uses</em>' reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getReport_Uses()
	 * @model
	 * @generated
	 */
	EList<DataField> getUses();

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.Cadence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often the report is produced.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see org.dovetail.model.Cadence
	 * @see #setFrequency(Cadence)
	 * @see org.dovetail.model.digital.DigitalPackage#getReport_Frequency()
	 * @model
	 * @generated
	 */
	Cadence getFrequency();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.Report#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see org.dovetail.model.Cadence
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(Cadence value);

} // Report
