/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital;

import org.dovetail.model.Owned;
import org.dovetail.model.Party;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Automation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A rule, scheduled job, bot or AI recommendation that acts in a system.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.digital.Automation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Automation#getReads <em>Reads</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Automation#getWrites <em>Writes</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Automation#getFires <em>Fires</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Automation#getReviewPoint <em>Review Point</em>}</li>
 *   <li>{@link org.dovetail.model.digital.Automation#getOverrideOwner <em>Override Owner</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.digital.DigitalPackage#getAutomation()
 * @model
 * @generated
 */
public interface Automation extends DigitalElement, Owned {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.digital.AutomationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What sort of automation it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.dovetail.model.digital.AutomationKind
	 * @see #setKind(AutomationKind)
	 * @see org.dovetail.model.digital.DigitalPackage#getAutomation_Kind()
	 * @model
	 * @generated
	 */
	AutomationKind getKind();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.Automation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.dovetail.model.digital.AutomationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AutomationKind value);

	/**
	 * Returns the value of the '<em><b>Reads</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.DataField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fields the automation reads to decide or act.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reads</em>' reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getAutomation_Reads()
	 * @model
	 * @generated
	 */
	EList<DataField> getReads();

	/**
	 * Returns the value of the '<em><b>Writes</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.DataField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fields the automation sets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Writes</em>' reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getAutomation_Writes()
	 * @model
	 * @generated
	 */
	EList<DataField> getWrites();

	/**
	 * Returns the value of the '<em><b>Fires</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.Transition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transitions the automation takes or recommends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fires</em>' reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getAutomation_Fires()
	 * @model
	 * @generated
	 */
	EList<Transition> getFires();

	/**
	 * Returns the value of the '<em><b>Review Point</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The state where a person reviews the automation's output before it takes effect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review Point</em>' reference.
	 * @see #setReviewPoint(WorkflowState)
	 * @see org.dovetail.model.digital.DigitalPackage#getAutomation_ReviewPoint()
	 * @model
	 * @generated
	 */
	WorkflowState getReviewPoint();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.Automation#getReviewPoint <em>Review Point</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Point</em>' reference.
	 * @see #getReviewPoint()
	 * @generated
	 */
	void setReviewPoint(WorkflowState value);

	/**
	 * Returns the value of the '<em><b>Override Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who may override the automation's output.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Override Owner</em>' reference.
	 * @see #setOverrideOwner(Party)
	 * @see org.dovetail.model.digital.DigitalPackage#getAutomation_OverrideOwner()
	 * @model
	 * @generated
	 */
	Party getOverrideOwner();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.Automation#getOverrideOwner <em>Override Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Override Owner</em>' reference.
	 * @see #getOverrideOwner()
	 * @generated
	 */
	void setOverrideOwner(Party value);

} // Automation
