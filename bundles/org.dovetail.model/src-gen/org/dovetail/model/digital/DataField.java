/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital;

import org.dovetail.model.Cadence;
import org.dovetail.model.Owned;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Field</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A data field a system holds, with its quality properties.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.digital.DataField#getEntity <em>Entity</em>}</li>
 *   <li>{@link org.dovetail.model.digital.DataField#getDataType <em>Data Type</em>}</li>
 *   <li>{@link org.dovetail.model.digital.DataField#isMandatory <em>Mandatory</em>}</li>
 *   <li>{@link org.dovetail.model.digital.DataField#isValidated <em>Validated</em>}</li>
 *   <li>{@link org.dovetail.model.digital.DataField#getFreshness <em>Freshness</em>}</li>
 *   <li>{@link org.dovetail.model.digital.DataField#isSourceOfTruth <em>Source Of Truth</em>}</li>
 *   <li>{@link org.dovetail.model.digital.DataField#getSameDataAs <em>Same Data As</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.digital.DigitalPackage#getDataField()
 * @model
 * @generated
 */
public interface DataField extends DigitalElement, Owned {
	/**
	 * Returns the value of the '<em><b>Entity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The record type the field belongs to (e.g. "Invoice header").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entity</em>' attribute.
	 * @see #setEntity(String)
	 * @see org.dovetail.model.digital.DigitalPackage#getDataField_Entity()
	 * @model
	 * @generated
	 */
	String getEntity();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.DataField#getEntity <em>Entity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entity</em>' attribute.
	 * @see #getEntity()
	 * @generated
	 */
	void setEntity(String value);

	/**
	 * Returns the value of the '<em><b>Data Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.digital.DataType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The field's type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Type</em>' attribute.
	 * @see org.dovetail.model.digital.DataType
	 * @see #setDataType(DataType)
	 * @see org.dovetail.model.digital.DigitalPackage#getDataField_DataType()
	 * @model
	 * @generated
	 */
	DataType getDataType();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.DataField#getDataType <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Type</em>' attribute.
	 * @see org.dovetail.model.digital.DataType
	 * @see #getDataType()
	 * @generated
	 */
	void setDataType(DataType value);

	/**
	 * Returns the value of the '<em><b>Mandatory</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the system refuses to save without a value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mandatory</em>' attribute.
	 * @see #setMandatory(boolean)
	 * @see org.dovetail.model.digital.DigitalPackage#getDataField_Mandatory()
	 * @model default="false"
	 * @generated
	 */
	boolean isMandatory();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.DataField#isMandatory <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mandatory</em>' attribute.
	 * @see #isMandatory()
	 * @generated
	 */
	void setMandatory(boolean value);

	/**
	 * Returns the value of the '<em><b>Validated</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the system validates the value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Validated</em>' attribute.
	 * @see #setValidated(boolean)
	 * @see org.dovetail.model.digital.DigitalPackage#getDataField_Validated()
	 * @model default="false"
	 * @generated
	 */
	boolean isValidated();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.DataField#isValidated <em>Validated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validated</em>' attribute.
	 * @see #isValidated()
	 * @generated
	 */
	void setValidated(boolean value);

	/**
	 * Returns the value of the '<em><b>Freshness</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.Cadence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How fresh the value is kept.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Freshness</em>' attribute.
	 * @see org.dovetail.model.Cadence
	 * @see #setFreshness(Cadence)
	 * @see org.dovetail.model.digital.DigitalPackage#getDataField_Freshness()
	 * @model
	 * @generated
	 */
	Cadence getFreshness();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.DataField#getFreshness <em>Freshness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Freshness</em>' attribute.
	 * @see org.dovetail.model.Cadence
	 * @see #getFreshness()
	 * @generated
	 */
	void setFreshness(Cadence value);

	/**
	 * Returns the value of the '<em><b>Source Of Truth</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when this field is the authoritative copy of its data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Of Truth</em>' attribute.
	 * @see #setSourceOfTruth(boolean)
	 * @see org.dovetail.model.digital.DigitalPackage#getDataField_SourceOfTruth()
	 * @model default="false"
	 * @generated
	 */
	boolean isSourceOfTruth();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.DataField#isSourceOfTruth <em>Source Of Truth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Of Truth</em>' attribute.
	 * @see #isSourceOfTruth()
	 * @generated
	 */
	void setSourceOfTruth(boolean value);

	/**
	 * Returns the value of the '<em><b>Same Data As</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.DataField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fields in other systems that hold the same data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Same Data As</em>' reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getDataField_SameDataAs()
	 * @model
	 * @generated
	 */
	EList<DataField> getSameDataAs();

} // DataField
