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
 * A representation of the literals of the enumeration '<em><b>Learning Phase</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The phases of learning-team work.
 * <!-- end-model-doc -->
 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getLearningPhase()
 * @model
 * @generated
 */
public enum LearningPhase implements Enumerator {
	/**
	 * The '<em><b>Learn</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Learn how work is done.
	 * <!-- end-model-doc -->
	 * @see #LEARN_VALUE
	 * @generated
	 * @ordered
	 */
	LEARN(0, "learn", "learn"),

	/**
	 * The '<em><b>Soak</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Let the learning soak in and patterns emerge.
	 * <!-- end-model-doc -->
	 * @see #SOAK_VALUE
	 * @generated
	 * @ordered
	 */
	SOAK(1, "soak", "soak"),

	/**
	 * The '<em><b>Improve And Action</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decide and act on improvements.
	 * <!-- end-model-doc -->
	 * @see #IMPROVE_AND_ACTION_VALUE
	 * @generated
	 * @ordered
	 */
	IMPROVE_AND_ACTION(2, "improveAndAction", "improveAndAction");

	/**
	 * The '<em><b>Learn</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Learn how work is done.
	 * <!-- end-model-doc -->
	 * @see #LEARN
	 * @model name="learn"
	 * @generated
	 * @ordered
	 */
	public static final int LEARN_VALUE = 0;

	/**
	 * The '<em><b>Soak</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Let the learning soak in and patterns emerge.
	 * <!-- end-model-doc -->
	 * @see #SOAK
	 * @model name="soak"
	 * @generated
	 * @ordered
	 */
	public static final int SOAK_VALUE = 1;

	/**
	 * The '<em><b>Improve And Action</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decide and act on improvements.
	 * <!-- end-model-doc -->
	 * @see #IMPROVE_AND_ACTION
	 * @model name="improveAndAction"
	 * @generated
	 * @ordered
	 */
	public static final int IMPROVE_AND_ACTION_VALUE = 2;

	/**
	 * An array of all the '<em><b>Learning Phase</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LearningPhase[] VALUES_ARRAY =
		new LearningPhase[] {
			LEARN,
			SOAK,
			IMPROVE_AND_ACTION,
		};

	/**
	 * A public read-only list of all the '<em><b>Learning Phase</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LearningPhase> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Learning Phase</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LearningPhase get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LearningPhase result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Learning Phase</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LearningPhase getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LearningPhase result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Learning Phase</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LearningPhase get(int value) {
		switch (value) {
			case LEARN_VALUE: return LEARN;
			case SOAK_VALUE: return SOAK;
			case IMPROVE_AND_ACTION_VALUE: return IMPROVE_AND_ACTION;
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
	private LearningPhase(int value, String name, String literal) {
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
	
} //LearningPhase
