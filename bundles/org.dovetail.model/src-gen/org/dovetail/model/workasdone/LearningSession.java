/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone;

import java.util.Date;

import org.dovetail.model.Element;
import org.dovetail.model.Party;
import org.dovetail.model.Person;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Learning Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A learning-team session in one of the Learn, Soak or Improve-and-Action phases.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.workasdone.LearningSession#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.LearningSession#getHeldOn <em>Held On</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.LearningSession#getFacilitator <em>Facilitator</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.LearningSession#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.LearningSession#getObservations <em>Observations</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getLearningSession()
 * @model
 * @generated
 */
public interface LearningSession extends Element {
	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.workasdone.LearningPhase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The phase the session belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see org.dovetail.model.workasdone.LearningPhase
	 * @see #setPhase(LearningPhase)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getLearningSession_Phase()
	 * @model
	 * @generated
	 */
	LearningPhase getPhase();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.LearningSession#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see org.dovetail.model.workasdone.LearningPhase
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(LearningPhase value);

	/**
	 * Returns the value of the '<em><b>Held On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the session took place.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Held On</em>' attribute.
	 * @see #setHeldOn(Date)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getLearningSession_HeldOn()
	 * @model
	 * @generated
	 */
	Date getHeldOn();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.LearningSession#getHeldOn <em>Held On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Held On</em>' attribute.
	 * @see #getHeldOn()
	 * @generated
	 */
	void setHeldOn(Date value);

	/**
	 * Returns the value of the '<em><b>Facilitator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who facilitated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Facilitator</em>' reference.
	 * @see #setFacilitator(Person)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getLearningSession_Facilitator()
	 * @model
	 * @generated
	 */
	Person getFacilitator();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.LearningSession#getFacilitator <em>Facilitator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Facilitator</em>' reference.
	 * @see #getFacilitator()
	 * @generated
	 */
	void setFacilitator(Person value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.Party}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who took part.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Participants</em>' reference list.
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getLearningSession_Participants()
	 * @model
	 * @generated
	 */
	EList<Party> getParticipants();

	/**
	 * Returns the value of the '<em><b>Observations</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.workasdone.Observation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the session recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Observations</em>' containment reference list.
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getLearningSession_Observations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Observation> getObservations();

} // LearningSession
