/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process;

import org.dovetail.model.Element;
import org.dovetail.model.Owned;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Exception Path</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A documented exception: what triggers it, where it leaves the normal flow, how it is handled and where work rejoins.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.ExceptionPath#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.dovetail.model.process.ExceptionPath#getRaisedAt <em>Raised At</em>}</li>
 *   <li>{@link org.dovetail.model.process.ExceptionPath#getReturnsTo <em>Returns To</em>}</li>
 *   <li>{@link org.dovetail.model.process.ExceptionPath#getHandler <em>Handler</em>}</li>
 *   <li>{@link org.dovetail.model.process.ExceptionPath#getHandledVia <em>Handled Via</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.process.ProcessPackage#getExceptionPath()
 * @model
 * @generated
 */
public interface ExceptionPath extends Element, Owned {
	/**
	 * Returns the value of the '<em><b>Trigger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The condition that raises the exception (e.g. "price variance over 2 %").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trigger</em>' attribute.
	 * @see #setTrigger(String)
	 * @see org.dovetail.model.process.ProcessPackage#getExceptionPath_Trigger()
	 * @model
	 * @generated
	 */
	String getTrigger();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.ExceptionPath#getTrigger <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger</em>' attribute.
	 * @see #getTrigger()
	 * @generated
	 */
	void setTrigger(String value);

	/**
	 * Returns the value of the '<em><b>Raised At</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step where the exception is detected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Raised At</em>' reference.
	 * @see #setRaisedAt(Step)
	 * @see org.dovetail.model.process.ProcessPackage#getExceptionPath_RaisedAt()
	 * @model
	 * @generated
	 */
	Step getRaisedAt();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.ExceptionPath#getRaisedAt <em>Raised At</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raised At</em>' reference.
	 * @see #getRaisedAt()
	 * @generated
	 */
	void setRaisedAt(Step value);

	/**
	 * Returns the value of the '<em><b>Returns To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step where work rejoins the normal flow.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Returns To</em>' reference.
	 * @see #setReturnsTo(Step)
	 * @see org.dovetail.model.process.ProcessPackage#getExceptionPath_ReturnsTo()
	 * @model
	 * @generated
	 */
	Step getReturnsTo();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.ExceptionPath#getReturnsTo <em>Returns To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Returns To</em>' reference.
	 * @see #getReturnsTo()
	 * @generated
	 */
	void setReturnsTo(Step value);

	/**
	 * Returns the value of the '<em><b>Handler</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role that handles the exception.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handler</em>' reference.
	 * @see #setHandler(Role)
	 * @see org.dovetail.model.process.ProcessPackage#getExceptionPath_Handler()
	 * @model
	 * @generated
	 */
	Role getHandler();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.ExceptionPath#getHandler <em>Handler</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handler</em>' reference.
	 * @see #getHandler()
	 * @generated
	 */
	void setHandler(Role value);

	/**
	 * Returns the value of the '<em><b>Handled Via</b></em>' reference list.
	 * The list contents are of type {@link org.dovetail.model.process.LegacyArtifact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Legacy artifacts the handling depends on (an e-mail thread, a spreadsheet).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handled Via</em>' reference list.
	 * @see org.dovetail.model.process.ProcessPackage#getExceptionPath_HandledVia()
	 * @model
	 * @generated
	 */
	EList<LegacyArtifact> getHandledVia();

} // ExceptionPath
