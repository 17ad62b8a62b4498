/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process;

import org.dovetail.model.Element;
import org.dovetail.model.Owned;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stage of a process (intake, approval, payment): a named group of consecutive steps with an accountable owner.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.Stage#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.process.ProcessPackage#getStage()
 * @model
 * @generated
 */
public interface Stage extends Element, Owned {
	/**
	 * Returns the value of the '<em><b>Steps</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.process.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps of the stage, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getStage_Steps()
	 * @model
	 * @generated
	 */
	EList<Step> getSteps();

} // Stage
