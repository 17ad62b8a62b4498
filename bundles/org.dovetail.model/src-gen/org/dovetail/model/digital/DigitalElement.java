/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital;

import org.dovetail.model.Element;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything a system enforces or holds; the target type of mappings from the Process Domain.
 * <!-- end-model-doc -->
 *
 *
 * @see org.dovetail.model.digital.DigitalPackage#getDigitalElement()
 * @model abstract="true"
 * @generated
 */
public interface DigitalElement extends Element {
} // DigitalElement
