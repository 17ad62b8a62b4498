/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step where a role examines earlier work and may send it back.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.Review#getReviewed <em>Reviewed</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.process.ProcessPackage#getReview()
 * @model
 * @generated
 */
public interface Review extends Step {
	/**
	 * Returns the value of the '<em><b>Reviewed</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step whose result is reviewed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviewed</em>' reference.
	 * @see #setReviewed(Step)
	 * @see org.dovetail.model.process.ProcessPackage#getReview_Reviewed()
	 * @model
	 * @generated
	 */
	Step getReviewed();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.Review#getReviewed <em>Reviewed</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewed</em>' reference.
	 * @see #getReviewed()
	 * @generated
	 */
	void setReviewed(Step value);

} // Review
