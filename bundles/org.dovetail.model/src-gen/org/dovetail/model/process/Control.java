/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process;

import org.dovetail.model.Cadence;
import org.dovetail.model.Element;
import org.dovetail.model.Owned;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Control</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A control that enforces a policy: preventive or detective, manual or automated, key or not.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.Control#getType <em>Type</em>}</li>
 *   <li>{@link org.dovetail.model.process.Control#getExecution <em>Execution</em>}</li>
 *   <li>{@link org.dovetail.model.process.Control#isKey <em>Key</em>}</li>
 *   <li>{@link org.dovetail.model.process.Control#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.dovetail.model.process.Control#getPerformedAt <em>Performed At</em>}</li>
 *   <li>{@link org.dovetail.model.process.Control#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.process.ProcessPackage#getControl()
 * @model
 * @generated
 */
public interface Control extends Element, Owned {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.process.ControlType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the control prevents, detects or corrects.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.dovetail.model.process.ControlType
	 * @see #setType(ControlType)
	 * @see org.dovetail.model.process.ProcessPackage#getControl_Type()
	 * @model
	 * @generated
	 */
	ControlType getType();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.Control#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.dovetail.model.process.ControlType
	 * @see #getType()
	 * @generated
	 */
	void setType(ControlType value);

	/**
	 * Returns the value of the '<em><b>Execution</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.process.ControlExecution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a person or a system performs the control.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Execution</em>' attribute.
	 * @see org.dovetail.model.process.ControlExecution
	 * @see #setExecution(ControlExecution)
	 * @see org.dovetail.model.process.ProcessPackage#getControl_Execution()
	 * @model
	 * @generated
	 */
	ControlExecution getExecution();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.Control#getExecution <em>Execution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Execution</em>' attribute.
	 * @see org.dovetail.model.process.ControlExecution
	 * @see #getExecution()
	 * @generated
	 */
	void setExecution(ControlExecution value);

	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for a key control that auditors rely on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(boolean)
	 * @see org.dovetail.model.process.ProcessPackage#getControl_Key()
	 * @model default="false"
	 * @generated
	 */
	boolean isKey();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.Control#isKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #isKey()
	 * @generated
	 */
	void setKey(boolean value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.Cadence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often the control operates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see org.dovetail.model.Cadence
	 * @see #setFrequency(Cadence)
	 * @see org.dovetail.model.process.ProcessPackage#getControl_Frequency()
	 * @model
	 * @generated
	 */
	Cadence getFrequency();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.Control#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see org.dovetail.model.Cadence
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(Cadence value);

	/**
	 * Returns the value of the '<em><b>Performed At</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.process.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps at which the control operates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Performed At</em>' reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getControl_PerformedAt()
	 * @model
	 * @generated
	 */
	EList<Step> getPerformedAt();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.process.EvidenceRequirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The evidence the control produces.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getControl_Evidence()
	 * @model
	 * @generated
	 */
	EList<EvidenceRequirement> getEvidence();

} // Control
