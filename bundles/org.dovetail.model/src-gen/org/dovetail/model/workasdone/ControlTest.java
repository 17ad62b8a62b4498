/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone;

import java.util.Date;

import org.dovetail.model.Element;
import org.dovetail.model.Person;

import org.dovetail.model.process.Control;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Control Test</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A test of whether a control works.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.workasdone.ControlTest#getControl <em>Control</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.ControlTest#getTestedOn <em>Tested On</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.ControlTest#getTester <em>Tester</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.ControlTest#getResult <em>Result</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getControlTest()
 * @model
 * @generated
 */
public interface ControlTest extends Element {
	/**
	 * Returns the value of the '<em><b>Control</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The control tested.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Control</em>' reference.
	 * @see #setControl(Control)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getControlTest_Control()
	 * @model required="true"
	 * @generated
	 */
	Control getControl();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.ControlTest#getControl <em>Control</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control</em>' reference.
	 * @see #getControl()
	 * @generated
	 */
	void setControl(Control value);

	/**
	 * Returns the value of the '<em><b>Tested On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tested On</em>' attribute.
	 * @see #setTestedOn(Date)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getControlTest_TestedOn()
	 * @model
	 * @generated
	 */
	Date getTestedOn();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.ControlTest#getTestedOn <em>Tested On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tested On</em>' attribute.
	 * @see #getTestedOn()
	 * @generated
	 */
	void setTestedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Tester</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who tested.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tester</em>' reference.
	 * @see #setTester(Person)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getControlTest_Tester()
	 * @model
	 * @generated
	 */
	Person getTester();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.ControlTest#getTester <em>Tester</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tester</em>' reference.
	 * @see #getTester()
	 * @generated
	 */
	void setTester(Person value);

	/**
	 * Returns the value of the '<em><b>Result</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.workasdone.TestResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The result.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Result</em>' attribute.
	 * @see org.dovetail.model.workasdone.TestResult
	 * @see #setResult(TestResult)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getControlTest_Result()
	 * @model
	 * @generated
	 */
	TestResult getResult();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.ControlTest#getResult <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' attribute.
	 * @see org.dovetail.model.workasdone.TestResult
	 * @see #getResult()
	 * @generated
	 */
	void setResult(TestResult value);

} // ControlTest
