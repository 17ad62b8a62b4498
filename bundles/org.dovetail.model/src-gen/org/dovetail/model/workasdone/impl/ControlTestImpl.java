/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone.impl;

import java.util.Date;

import org.dovetail.model.Person;

import org.dovetail.model.impl.ElementImpl;

import org.dovetail.model.process.Control;

import org.dovetail.model.workasdone.ControlTest;
import org.dovetail.model.workasdone.TestResult;
import org.dovetail.model.workasdone.WorkAsDonePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Control Test</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.workasdone.impl.ControlTestImpl#getControl <em>Control</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.ControlTestImpl#getTestedOn <em>Tested On</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.ControlTestImpl#getTester <em>Tester</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.ControlTestImpl#getResult <em>Result</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ControlTestImpl extends ElementImpl implements ControlTest {
	/**
	 * The cached value of the '{@link #getControl() <em>Control</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControl()
	 * @generated
	 * @ordered
	 */
	protected Control control;

	/**
	 * The default value of the '{@link #getTestedOn() <em>Tested On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date TESTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTestedOn() <em>Tested On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestedOn()
	 * @generated
	 * @ordered
	 */
	protected Date testedOn = TESTED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTester() <em>Tester</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTester()
	 * @generated
	 * @ordered
	 */
	protected Person tester;

	/**
	 * The default value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected static final TestResult RESULT_EDEFAULT = TestResult.EFFECTIVE;

	/**
	 * The cached value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected TestResult result = RESULT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ControlTestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkAsDonePackage.Literals.CONTROL_TEST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Control getControl() {
		if (control != null && control.eIsProxy()) {
			InternalEObject oldControl = (InternalEObject)control;
			control = (Control)eResolveProxy(oldControl);
			if (control != oldControl) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WorkAsDonePackage.CONTROL_TEST__CONTROL, oldControl, control));
			}
		}
		return control;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Control basicGetControl() {
		return control;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControl(Control newControl) {
		Control oldControl = control;
		control = newControl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.CONTROL_TEST__CONTROL, oldControl, control));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getTestedOn() {
		return testedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTestedOn(Date newTestedOn) {
		Date oldTestedOn = testedOn;
		testedOn = newTestedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.CONTROL_TEST__TESTED_ON, oldTestedOn, testedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getTester() {
		if (tester != null && tester.eIsProxy()) {
			InternalEObject oldTester = (InternalEObject)tester;
			tester = (Person)eResolveProxy(oldTester);
			if (tester != oldTester) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WorkAsDonePackage.CONTROL_TEST__TESTER, oldTester, tester));
			}
		}
		return tester;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetTester() {
		return tester;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTester(Person newTester) {
		Person oldTester = tester;
		tester = newTester;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.CONTROL_TEST__TESTER, oldTester, tester));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TestResult getResult() {
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResult(TestResult newResult) {
		TestResult oldResult = result;
		result = newResult == null ? RESULT_EDEFAULT : newResult;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.CONTROL_TEST__RESULT, oldResult, result));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WorkAsDonePackage.CONTROL_TEST__CONTROL:
				if (resolve) return getControl();
				return basicGetControl();
			case WorkAsDonePackage.CONTROL_TEST__TESTED_ON:
				return getTestedOn();
			case WorkAsDonePackage.CONTROL_TEST__TESTER:
				if (resolve) return getTester();
				return basicGetTester();
			case WorkAsDonePackage.CONTROL_TEST__RESULT:
				return getResult();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WorkAsDonePackage.CONTROL_TEST__CONTROL:
				setControl((Control)newValue);
				return;
			case WorkAsDonePackage.CONTROL_TEST__TESTED_ON:
				setTestedOn((Date)newValue);
				return;
			case WorkAsDonePackage.CONTROL_TEST__TESTER:
				setTester((Person)newValue);
				return;
			case WorkAsDonePackage.CONTROL_TEST__RESULT:
				setResult((TestResult)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case WorkAsDonePackage.CONTROL_TEST__CONTROL:
				setControl((Control)null);
				return;
			case WorkAsDonePackage.CONTROL_TEST__TESTED_ON:
				setTestedOn(TESTED_ON_EDEFAULT);
				return;
			case WorkAsDonePackage.CONTROL_TEST__TESTER:
				setTester((Person)null);
				return;
			case WorkAsDonePackage.CONTROL_TEST__RESULT:
				setResult(RESULT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case WorkAsDonePackage.CONTROL_TEST__CONTROL:
				return control != null;
			case WorkAsDonePackage.CONTROL_TEST__TESTED_ON:
				return TESTED_ON_EDEFAULT == null ? testedOn != null : !TESTED_ON_EDEFAULT.equals(testedOn);
			case WorkAsDonePackage.CONTROL_TEST__TESTER:
				return tester != null;
			case WorkAsDonePackage.CONTROL_TEST__RESULT:
				return result != RESULT_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (testedOn: ");
		result.append(testedOn);
		result.append(", result: ");
		result.append(result);
		result.append(')');
		return result.toString();
	}

} //ControlTestImpl
