/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Test Result</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The result of a control test.
 * <!-- end-model-doc -->
 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getTestResult()
 * @model
 * @generated
 */
public enum TestResult implements Enumerator {
	/**
	 * The '<em><b>Effective</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The control works.
	 * <!-- end-model-doc -->
	 * @see #EFFECTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	EFFECTIVE(0, "effective", "effective"),

	/**
	 * The '<em><b>Deficient</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The control does not work as designed.
	 * <!-- end-model-doc -->
	 * @see #DEFICIENT_VALUE
	 * @generated
	 * @ordered
	 */
	DEFICIENT(1, "deficient", "deficient"),

	/**
	 * The '<em><b>Not Tested</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned but not done.
	 * <!-- end-model-doc -->
	 * @see #NOT_TESTED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_TESTED(2, "notTested", "notTested");

	/**
	 * The '<em><b>Effective</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The control works.
	 * <!-- end-model-doc -->
	 * @see #EFFECTIVE
	 * @model name="effective"
	 * @generated
	 * @ordered
	 */
	public static final int EFFECTIVE_VALUE = 0;

	/**
	 * The '<em><b>Deficient</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The control does not work as designed.
	 * <!-- end-model-doc -->
	 * @see #DEFICIENT
	 * @model name="deficient"
	 * @generated
	 * @ordered
	 */
	public static final int DEFICIENT_VALUE = 1;

	/**
	 * The '<em><b>Not Tested</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned but not done.
	 * <!-- end-model-doc -->
	 * @see #NOT_TESTED
	 * @model name="notTested"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_TESTED_VALUE = 2;

	/**
	 * An array of all the '<em><b>Test Result</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TestResult[] VALUES_ARRAY =
		new TestResult[] {
			EFFECTIVE,
			DEFICIENT,
			NOT_TESTED,
		};

	/**
	 * A public read-only list of all the '<em><b>Test Result</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TestResult> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Test Result</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TestResult get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TestResult result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Test Result</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TestResult getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TestResult result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Test Result</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TestResult get(int value) {
		switch (value) {
			case EFFECTIVE_VALUE: return EFFECTIVE;
			case DEFICIENT_VALUE: return DEFICIENT;
			case NOT_TESTED_VALUE: return NOT_TESTED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private TestResult(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //TestResult
