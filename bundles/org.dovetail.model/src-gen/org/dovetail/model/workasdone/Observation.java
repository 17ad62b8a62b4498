/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone;

import org.dovetail.model.Element;

import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.model.process.Step;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Observation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An adaptation observed in real work: what people do differently, under what pressure, at which step.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.workasdone.Observation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.Observation#getStep <em>Step</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.Observation#getAdaptation <em>Adaptation</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.Observation#getPressure <em>Pressure</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.Observation#getOccurrences <em>Occurrences</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.Observation#getArtifacts <em>Artifacts</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getObservation()
 * @model
 * @generated
 */
public interface Observation extends Element {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.workasdone.ObservationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What sort of adaptation it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.dovetail.model.workasdone.ObservationKind
	 * @see #setKind(ObservationKind)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getObservation_Kind()
	 * @model
	 * @generated
	 */
	ObservationKind getKind();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.Observation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.dovetail.model.workasdone.ObservationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ObservationKind value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step where the adaptation happens.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step</em>' reference.
	 * @see #setStep(Step)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getObservation_Step()
	 * @model
	 * @generated
	 */
	Step getStep();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.Observation#getStep <em>Step</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' reference.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(Step value);

	/**
	 * Returns the value of the '<em><b>Adaptation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What people actually do.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adaptation</em>' attribute.
	 * @see #setAdaptation(String)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getObservation_Adaptation()
	 * @model
	 * @generated
	 */
	String getAdaptation();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.Observation#getAdaptation <em>Adaptation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adaptation</em>' attribute.
	 * @see #getAdaptation()
	 * @generated
	 */
	void setAdaptation(String value);

	/**
	 * Returns the value of the '<em><b>Pressure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pressure or constraint that makes the adaptation sensible to them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pressure</em>' attribute.
	 * @see #setPressure(String)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getObservation_Pressure()
	 * @model
	 * @generated
	 */
	String getPressure();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.Observation#getPressure <em>Pressure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pressure</em>' attribute.
	 * @see #getPressure()
	 * @generated
	 */
	void setPressure(String value);

	/**
	 * Returns the value of the '<em><b>Occurrences</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often it was seen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Occurrences</em>' attribute.
	 * @see #setOccurrences(int)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getObservation_Occurrences()
	 * @model default="1"
	 * @generated
	 */
	int getOccurrences();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.Observation#getOccurrences <em>Occurrences</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occurrences</em>' attribute.
	 * @see #getOccurrences()
	 * @generated
	 */
	void setOccurrences(int value);

	/**
	 * Returns the value of the '<em><b>Artifacts</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.process.LegacyArtifact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Legacy artifacts the adaptation uses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Artifacts</em>' reference list.
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getObservation_Artifacts()
	 * @model
	 * @generated
	 */
	EList<LegacyArtifact> getArtifacts();

} // Observation
