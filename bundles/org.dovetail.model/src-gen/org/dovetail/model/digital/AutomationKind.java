/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Automation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of automation.
 * <!-- end-model-doc -->
 * @see org.dovetail.model.digital.DigitalPackage#getAutomationKind()
 * @model
 * @generated
 */
public enum AutomationKind implements Enumerator {
	/**
	 * The '<em><b>Business Rule</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A configured rule.
	 * <!-- end-model-doc -->
	 * @see #BUSINESS_RULE_VALUE
	 * @generated
	 * @ordered
	 */
	BUSINESS_RULE(0, "businessRule", "businessRule"),

	/**
	 * The '<em><b>Ai Recommendation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A recommendation by a machine-learning or AI model.
	 * <!-- end-model-doc -->
	 * @see #AI_RECOMMENDATION_VALUE
	 * @generated
	 * @ordered
	 */
	AI_RECOMMENDATION(1, "aiRecommendation", "aiRecommendation"),

	/**
	 * The '<em><b>Scheduled Job</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A job that runs on a schedule.
	 * <!-- end-model-doc -->
	 * @see #SCHEDULED_JOB_VALUE
	 * @generated
	 * @ordered
	 */
	SCHEDULED_JOB(2, "scheduledJob", "scheduledJob"),

	/**
	 * The '<em><b>Bot</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A robotic-process-automation bot.
	 * <!-- end-model-doc -->
	 * @see #BOT_VALUE
	 * @generated
	 * @ordered
	 */
	BOT(3, "bot", "bot");

	/**
	 * The '<em><b>Business Rule</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A configured rule.
	 * <!-- end-model-doc -->
	 * @see #BUSINESS_RULE
	 * @model name="businessRule"
	 * @generated
	 * @ordered
	 */
	public static final int BUSINESS_RULE_VALUE = 0;

	/**
	 * The '<em><b>Ai Recommendation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A recommendation by a machine-learning or AI model.
	 * <!-- end-model-doc -->
	 * @see #AI_RECOMMENDATION
	 * @model name="aiRecommendation"
	 * @generated
	 * @ordered
	 */
	public static final int AI_RECOMMENDATION_VALUE = 1;

	/**
	 * The '<em><b>Scheduled Job</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A job that runs on a schedule.
	 * <!-- end-model-doc -->
	 * @see #SCHEDULED_JOB
	 * @model name="scheduledJob"
	 * @generated
	 * @ordered
	 */
	public static final int SCHEDULED_JOB_VALUE = 2;

	/**
	 * The '<em><b>Bot</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A robotic-process-automation bot.
	 * <!-- end-model-doc -->
	 * @see #BOT
	 * @model name="bot"
	 * @generated
	 * @ordered
	 */
	public static final int BOT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Automation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AutomationKind[] VALUES_ARRAY =
		new AutomationKind[] {
			BUSINESS_RULE,
			AI_RECOMMENDATION,
			SCHEDULED_JOB,
			BOT,
		};

	/**
	 * A public read-only list of all the '<em><b>Automation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AutomationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Automation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AutomationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AutomationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Automation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AutomationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AutomationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Automation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AutomationKind get(int value) {
		switch (value) {
			case BUSINESS_RULE_VALUE: return BUSINESS_RULE;
			case AI_RECOMMENDATION_VALUE: return AI_RECOMMENDATION;
			case SCHEDULED_JOB_VALUE: return SCHEDULED_JOB;
			case BOT_VALUE: return BOT;
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
	private AutomationKind(int value, String name, String literal) {
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
	
} //AutomationKind
