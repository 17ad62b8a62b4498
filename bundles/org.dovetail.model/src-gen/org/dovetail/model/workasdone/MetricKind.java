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
 * A representation of the literals of the enumeration '<em><b>Metric Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a health metric measures.
 * <!-- end-model-doc -->
 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getMetricKind()
 * @model
 * @generated
 */
public enum MetricKind implements Enumerator {
	/**
	 * The '<em><b>Cycle Time</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time from start to end.
	 * <!-- end-model-doc -->
	 * @see #CYCLE_TIME_VALUE
	 * @generated
	 * @ordered
	 */
	CYCLE_TIME(0, "cycleTime", "cycleTime"),

	/**
	 * The '<em><b>Throughput</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cases per period.
	 * <!-- end-model-doc -->
	 * @see #THROUGHPUT_VALUE
	 * @generated
	 * @ordered
	 */
	THROUGHPUT(1, "throughput", "throughput"),

	/**
	 * The '<em><b>First Time Right</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of cases without rework.
	 * <!-- end-model-doc -->
	 * @see #FIRST_TIME_RIGHT_VALUE
	 * @generated
	 * @ordered
	 */
	FIRST_TIME_RIGHT(2, "firstTimeRight", "firstTimeRight"),

	/**
	 * The '<em><b>Exception Rate</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of cases with an exception.
	 * <!-- end-model-doc -->
	 * @see #EXCEPTION_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	EXCEPTION_RATE(3, "exceptionRate", "exceptionRate"),

	/**
	 * The '<em><b>Compliance Rate</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of cases that follow the policy.
	 * <!-- end-model-doc -->
	 * @see #COMPLIANCE_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLIANCE_RATE(4, "complianceRate", "complianceRate"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Another measure.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "other", "other");

	/**
	 * The '<em><b>Cycle Time</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time from start to end.
	 * <!-- end-model-doc -->
	 * @see #CYCLE_TIME
	 * @model name="cycleTime"
	 * @generated
	 * @ordered
	 */
	public static final int CYCLE_TIME_VALUE = 0;

	/**
	 * The '<em><b>Throughput</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cases per period.
	 * <!-- end-model-doc -->
	 * @see #THROUGHPUT
	 * @model name="throughput"
	 * @generated
	 * @ordered
	 */
	public static final int THROUGHPUT_VALUE = 1;

	/**
	 * The '<em><b>First Time Right</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of cases without rework.
	 * <!-- end-model-doc -->
	 * @see #FIRST_TIME_RIGHT
	 * @model name="firstTimeRight"
	 * @generated
	 * @ordered
	 */
	public static final int FIRST_TIME_RIGHT_VALUE = 2;

	/**
	 * The '<em><b>Exception Rate</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of cases with an exception.
	 * <!-- end-model-doc -->
	 * @see #EXCEPTION_RATE
	 * @model name="exceptionRate"
	 * @generated
	 * @ordered
	 */
	public static final int EXCEPTION_RATE_VALUE = 3;

	/**
	 * The '<em><b>Compliance Rate</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of cases that follow the policy.
	 * <!-- end-model-doc -->
	 * @see #COMPLIANCE_RATE
	 * @model name="complianceRate"
	 * @generated
	 * @ordered
	 */
	public static final int COMPLIANCE_RATE_VALUE = 4;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Another measure.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Metric Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MetricKind[] VALUES_ARRAY =
		new MetricKind[] {
			CYCLE_TIME,
			THROUGHPUT,
			FIRST_TIME_RIGHT,
			EXCEPTION_RATE,
			COMPLIANCE_RATE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Metric Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MetricKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Metric Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MetricKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MetricKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Metric Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MetricKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MetricKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Metric Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MetricKind get(int value) {
		switch (value) {
			case CYCLE_TIME_VALUE: return CYCLE_TIME;
			case THROUGHPUT_VALUE: return THROUGHPUT;
			case FIRST_TIME_RIGHT_VALUE: return FIRST_TIME_RIGHT;
			case EXCEPTION_RATE_VALUE: return EXCEPTION_RATE;
			case COMPLIANCE_RATE_VALUE: return COMPLIANCE_RATE;
			case OTHER_VALUE: return OTHER;
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
	private MetricKind(int value, String name, String literal) {
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
	
} //MetricKind
