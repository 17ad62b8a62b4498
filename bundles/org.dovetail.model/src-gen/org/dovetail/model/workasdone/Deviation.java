/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone;

import org.dovetail.model.Identified;

import org.dovetail.model.process.Step;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deviation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A departure of work as done from the model, found in an event log.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.workasdone.Deviation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.Deviation#getStep <em>Step</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.Deviation#getAffectedCases <em>Affected Cases</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.Deviation#getConsideredCases <em>Considered Cases</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.Deviation#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getDeviation()
 * @model
 * @generated
 */
public interface Deviation extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.workasdone.DeviationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the work departs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.dovetail.model.workasdone.DeviationKind
	 * @see #setKind(DeviationKind)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getDeviation_Kind()
	 * @model
	 * @generated
	 */
	DeviationKind getKind();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.Deviation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.dovetail.model.workasdone.DeviationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DeviationKind value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step concerned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step</em>' reference.
	 * @see #setStep(Step)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getDeviation_Step()
	 * @model
	 * @generated
	 */
	Step getStep();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.Deviation#getStep <em>Step</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' reference.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(Step value);

	/**
	 * Returns the value of the '<em><b>Affected Cases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cases that show the deviation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Affected Cases</em>' attribute.
	 * @see #setAffectedCases(int)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getDeviation_AffectedCases()
	 * @model
	 * @generated
	 */
	int getAffectedCases();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.Deviation#getAffectedCases <em>Affected Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Affected Cases</em>' attribute.
	 * @see #getAffectedCases()
	 * @generated
	 */
	void setAffectedCases(int value);

	/**
	 * Returns the value of the '<em><b>Considered Cases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cases in which the deviation could have happened (the denominator).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Considered Cases</em>' attribute.
	 * @see #setConsideredCases(int)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getDeviation_ConsideredCases()
	 * @model
	 * @generated
	 */
	int getConsideredCases();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.Deviation#getConsideredCases <em>Considered Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Considered Cases</em>' attribute.
	 * @see #getConsideredCases()
	 * @generated
	 */
	void setConsideredCases(int value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the log shows, in words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getDeviation_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.Deviation#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Deviation
