/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance;

import org.dovetail.model.Element;
import org.dovetail.model.Owned;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A typed governance mapping between the Process Domain and the Digital Domain, with an owner, a status and a rationale.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.Mapping#getStatus <em>Status</em>}</li>
 *   <li>{@link org.dovetail.model.governance.Mapping#getRationale <em>Rationale</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.governance.GovernancePackage#getMapping()
 * @model abstract="true"
 * @generated
 */
public interface Mapping extends Element, Owned {
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.governance.MappingStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the mapping stands.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.dovetail.model.governance.MappingStatus
	 * @see #setStatus(MappingStatus)
	 * @see org.dovetail.model.governance.GovernancePackage#getMapping_Status()
	 * @model
	 * @generated
	 */
	MappingStatus getStatus();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Mapping#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.dovetail.model.governance.MappingStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(MappingStatus value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the mapping holds (or why it is partial).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.dovetail.model.governance.GovernancePackage#getMapping_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.dovetail.model.governance.Mapping#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

} // Mapping
