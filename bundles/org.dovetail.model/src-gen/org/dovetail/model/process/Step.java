/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process;

import org.dovetail.model.Element;
import org.dovetail.model.Owned;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One step of a process. Its kind is given by its class: task, approval, decision, review, handoff or check.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.Step#getPerformer <em>Performer</em>}</li>
 *   <li>{@link org.dovetail.model.process.Step#isManual <em>Manual</em>}</li>
 *   <li>{@link org.dovetail.model.process.Step#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.dovetail.model.process.Step#getArtifacts <em>Artifacts</em>}</li>
 *   <li>{@link org.dovetail.model.process.Step#getOutgoing <em>Outgoing</em>}</li>
 *   <li>{@link org.dovetail.model.process.Step#getIncoming <em>Incoming</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.process.ProcessPackage#getStep()
 * @model abstract="true"
 * @generated
 */
public interface Step extends Element, Owned {
	/**
	 * Returns the value of the '<em><b>Performer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role that performs the step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Performer</em>' reference.
	 * @see #setPerformer(Role)
	 * @see org.dovetail.model.process.ProcessPackage#getStep_Performer()
	 * @model
	 * @generated
	 */
	Role getPerformer();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.Step#getPerformer <em>Performer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Performer</em>' reference.
	 * @see #getPerformer()
	 * @generated
	 */
	void setPerformer(Role value);

	/**
	 * Returns the value of the '<em><b>Manual</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the step is deliberately done outside any system; such a step needs no workflow state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Manual</em>' attribute.
	 * @see #setManual(boolean)
	 * @see org.dovetail.model.process.ProcessPackage#getStep_Manual()
	 * @model default="false"
	 * @generated
	 */
	boolean isManual();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.Step#isManual <em>Manual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manual</em>' attribute.
	 * @see #isManual()
	 * @generated
	 */
	void setManual(boolean value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.process.EvidenceRequirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What must be recorded when the step is done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getStep_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceRequirement> getEvidence();

	/**
	 * Returns the value of the '<em><b>Artifacts</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.process.LegacyArtifact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Legacy artifacts the step still uses (a spreadsheet, an e-mail thread).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Artifacts</em>' reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getStep_Artifacts()
	 * @model
	 * @generated
	 */
	EList<LegacyArtifact> getArtifacts();

	/**
	 * Returns the value of the '<em><b>Outgoing</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.process.Flow}.
	 * It is bidirectional and its opposite is '{@link org.dovetail.model.process.Flow#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The flows leaving this step (derived from Flow.source on load; not stored twice).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outgoing</em>' reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getStep_Outgoing()
	 * @see org.dovetail.model.process.Flow#getSource
	 * @model opposite="source" resolveProxies="false" transient="true"
	 * @generated
	 */
	EList<Flow> getOutgoing();

	/**
	 * Returns the value of the '<em><b>Incoming</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.process.Flow}.
	 * It is bidirectional and its opposite is '{@link org.dovetail.model.process.Flow#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The flows entering this step (derived from Flow.target on load; not stored twice).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Incoming</em>' reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getStep_Incoming()
	 * @see org.dovetail.model.process.Flow#getTarget
	 * @model opposite="target" resolveProxies="false" transient="true"
	 * @generated
	 */
	EList<Flow> getIncoming();

} // Step
