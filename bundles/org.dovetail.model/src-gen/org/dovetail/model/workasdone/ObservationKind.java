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
 * A representation of the literals of the enumeration '<em><b>Observation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of adaptations.
 * <!-- end-model-doc -->
 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getObservationKind()
 * @model
 * @generated
 */
public enum ObservationKind implements Enumerator {
	/**
	 * The '<em><b>Workaround</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A way around a system or rule.
	 * <!-- end-model-doc -->
	 * @see #WORKAROUND_VALUE
	 * @generated
	 * @ordered
	 */
	WORKAROUND(0, "workaround", "workaround"),

	/**
	 * The '<em><b>Skipped Step</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A documented step is skipped.
	 * <!-- end-model-doc -->
	 * @see #SKIPPED_STEP_VALUE
	 * @generated
	 * @ordered
	 */
	SKIPPED_STEP(1, "skippedStep", "skippedStep"),

	/**
	 * The '<em><b>Reordering</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Steps are done in another order.
	 * <!-- end-model-doc -->
	 * @see #REORDERING_VALUE
	 * @generated
	 * @ordered
	 */
	REORDERING(2, "reordering", "reordering"),

	/**
	 * The '<em><b>Batching</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Work is batched.
	 * <!-- end-model-doc -->
	 * @see #BATCHING_VALUE
	 * @generated
	 * @ordered
	 */
	BATCHING(3, "batching", "batching"),

	/**
	 * The '<em><b>Informal Tool</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A spreadsheet, chat or mailbox does part of the work.
	 * <!-- end-model-doc -->
	 * @see #INFORMAL_TOOL_VALUE
	 * @generated
	 * @ordered
	 */
	INFORMAL_TOOL(4, "informalTool", "informalTool"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Another adaptation.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "other", "other");

	/**
	 * The '<em><b>Workaround</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A way around a system or rule.
	 * <!-- end-model-doc -->
	 * @see #WORKAROUND
	 * @model name="workaround"
	 * @generated
	 * @ordered
	 */
	public static final int WORKAROUND_VALUE = 0;

	/**
	 * The '<em><b>Skipped Step</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A documented step is skipped.
	 * <!-- end-model-doc -->
	 * @see #SKIPPED_STEP
	 * @model name="skippedStep"
	 * @generated
	 * @ordered
	 */
	public static final int SKIPPED_STEP_VALUE = 1;

	/**
	 * The '<em><b>Reordering</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Steps are done in another order.
	 * <!-- end-model-doc -->
	 * @see #REORDERING
	 * @model name="reordering"
	 * @generated
	 * @ordered
	 */
	public static final int REORDERING_VALUE = 2;

	/**
	 * The '<em><b>Batching</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Work is batched.
	 * <!-- end-model-doc -->
	 * @see #BATCHING
	 * @model name="batching"
	 * @generated
	 * @ordered
	 */
	public static final int BATCHING_VALUE = 3;

	/**
	 * The '<em><b>Informal Tool</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A spreadsheet, chat or mailbox does part of the work.
	 * <!-- end-model-doc -->
	 * @see #INFORMAL_TOOL
	 * @model name="informalTool"
	 * @generated
	 * @ordered
	 */
	public static final int INFORMAL_TOOL_VALUE = 4;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Another adaptation.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Observation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ObservationKind[] VALUES_ARRAY =
		new ObservationKind[] {
			WORKAROUND,
			SKIPPED_STEP,
			REORDERING,
			BATCHING,
			INFORMAL_TOOL,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Observation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ObservationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Observation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ObservationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ObservationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Observation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ObservationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ObservationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Observation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ObservationKind get(int value) {
		switch (value) {
			case WORKAROUND_VALUE: return WORKAROUND;
			case SKIPPED_STEP_VALUE: return SKIPPED_STEP;
			case REORDERING_VALUE: return REORDERING;
			case BATCHING_VALUE: return BATCHING;
			case INFORMAL_TOOL_VALUE: return INFORMAL_TOOL;
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
	private ObservationKind(int value, String name, String literal) {
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
	
} //ObservationKind
