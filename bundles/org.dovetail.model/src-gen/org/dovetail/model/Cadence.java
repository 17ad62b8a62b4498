/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Cadence</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How often something happens or how fresh data is. A closed set so that rules can compare cadences.
 * <!-- end-model-doc -->
 * @see org.dovetail.model.DovetailPackage#getCadence()
 * @model
 * @generated
 */
public enum Cadence implements Enumerator {
	/**
	 * The '<em><b>Unspecified</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not stated. Rules treat this as missing information.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "unspecified", "unspecified"),

	/**
	 * The '<em><b>Real Time</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Continuously, as events happen.
	 * <!-- end-model-doc -->
	 * @see #REAL_TIME_VALUE
	 * @generated
	 * @ordered
	 */
	REAL_TIME(1, "realTime", "realTime"),

	/**
	 * The '<em><b>Per Transaction</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Once for every transaction or case.
	 * <!-- end-model-doc -->
	 * @see #PER_TRANSACTION_VALUE
	 * @generated
	 * @ordered
	 */
	PER_TRANSACTION(2, "perTransaction", "perTransaction"),

	/**
	 * The '<em><b>Hourly</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every hour.
	 * <!-- end-model-doc -->
	 * @see #HOURLY_VALUE
	 * @generated
	 * @ordered
	 */
	HOURLY(3, "hourly", "hourly"),

	/**
	 * The '<em><b>Daily</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every day.
	 * <!-- end-model-doc -->
	 * @see #DAILY_VALUE
	 * @generated
	 * @ordered
	 */
	DAILY(4, "daily", "daily"),

	/**
	 * The '<em><b>Weekly</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every week.
	 * <!-- end-model-doc -->
	 * @see #WEEKLY_VALUE
	 * @generated
	 * @ordered
	 */
	WEEKLY(5, "weekly", "weekly"),

	/**
	 * The '<em><b>Monthly</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every month.
	 * <!-- end-model-doc -->
	 * @see #MONTHLY_VALUE
	 * @generated
	 * @ordered
	 */
	MONTHLY(6, "monthly", "monthly"),

	/**
	 * The '<em><b>Quarterly</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every quarter.
	 * <!-- end-model-doc -->
	 * @see #QUARTERLY_VALUE
	 * @generated
	 * @ordered
	 */
	QUARTERLY(7, "quarterly", "quarterly"),

	/**
	 * The '<em><b>On Demand</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When someone asks for it.
	 * <!-- end-model-doc -->
	 * @see #ON_DEMAND_VALUE
	 * @generated
	 * @ordered
	 */
	ON_DEMAND(8, "onDemand", "onDemand");

	/**
	 * The '<em><b>Unspecified</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not stated. Rules treat this as missing information.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED
	 * @model name="unspecified"
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>Real Time</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Continuously, as events happen.
	 * <!-- end-model-doc -->
	 * @see #REAL_TIME
	 * @model name="realTime"
	 * @generated
	 * @ordered
	 */
	public static final int REAL_TIME_VALUE = 1;

	/**
	 * The '<em><b>Per Transaction</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Once for every transaction or case.
	 * <!-- end-model-doc -->
	 * @see #PER_TRANSACTION
	 * @model name="perTransaction"
	 * @generated
	 * @ordered
	 */
	public static final int PER_TRANSACTION_VALUE = 2;

	/**
	 * The '<em><b>Hourly</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every hour.
	 * <!-- end-model-doc -->
	 * @see #HOURLY
	 * @model name="hourly"
	 * @generated
	 * @ordered
	 */
	public static final int HOURLY_VALUE = 3;

	/**
	 * The '<em><b>Daily</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every day.
	 * <!-- end-model-doc -->
	 * @see #DAILY
	 * @model name="daily"
	 * @generated
	 * @ordered
	 */
	public static final int DAILY_VALUE = 4;

	/**
	 * The '<em><b>Weekly</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every week.
	 * <!-- end-model-doc -->
	 * @see #WEEKLY
	 * @model name="weekly"
	 * @generated
	 * @ordered
	 */
	public static final int WEEKLY_VALUE = 5;

	/**
	 * The '<em><b>Monthly</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every month.
	 * <!-- end-model-doc -->
	 * @see #MONTHLY
	 * @model name="monthly"
	 * @generated
	 * @ordered
	 */
	public static final int MONTHLY_VALUE = 6;

	/**
	 * The '<em><b>Quarterly</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every quarter.
	 * <!-- end-model-doc -->
	 * @see #QUARTERLY
	 * @model name="quarterly"
	 * @generated
	 * @ordered
	 */
	public static final int QUARTERLY_VALUE = 7;

	/**
	 * The '<em><b>On Demand</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When someone asks for it.
	 * <!-- end-model-doc -->
	 * @see #ON_DEMAND
	 * @model name="onDemand"
	 * @generated
	 * @ordered
	 */
	public static final int ON_DEMAND_VALUE = 8;

	/**
	 * An array of all the '<em><b>Cadence</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Cadence[] VALUES_ARRAY =
		new Cadence[] {
			UNSPECIFIED,
			REAL_TIME,
			PER_TRANSACTION,
			HOURLY,
			DAILY,
			WEEKLY,
			MONTHLY,
			QUARTERLY,
			ON_DEMAND,
		};

	/**
	 * A public read-only list of all the '<em><b>Cadence</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Cadence> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cadence</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Cadence get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Cadence result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cadence</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Cadence getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Cadence result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cadence</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Cadence get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case REAL_TIME_VALUE: return REAL_TIME;
			case PER_TRANSACTION_VALUE: return PER_TRANSACTION;
			case HOURLY_VALUE: return HOURLY;
			case DAILY_VALUE: return DAILY;
			case WEEKLY_VALUE: return WEEKLY;
			case MONTHLY_VALUE: return MONTHLY;
			case QUARTERLY_VALUE: return QUARTERLY;
			case ON_DEMAND_VALUE: return ON_DEMAND;
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
	private Cadence(int value, String name, String literal) {
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
	
} //Cadence
