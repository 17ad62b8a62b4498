/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.implementation;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Milestone Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The workflow proofs.
 * <!-- end-model-doc -->
 * @see org.dovetail.model.implementation.ImplementationPackage#getMilestoneKind()
 * @model
 * @generated
 */
public enum MilestoneKind implements Enumerator {
	/**
	 * The '<em><b>First Real Case</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first real case moved through the new process.
	 * <!-- end-model-doc -->
	 * @see #FIRST_REAL_CASE_VALUE
	 * @generated
	 * @ordered
	 */
	FIRST_REAL_CASE(0, "firstRealCase", "firstRealCase"),

	/**
	 * The '<em><b>Source Of Truth Accepted</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A manager accepted the new source of truth.
	 * <!-- end-model-doc -->
	 * @see #SOURCE_OF_TRUTH_ACCEPTED_VALUE
	 * @generated
	 * @ordered
	 */
	SOURCE_OF_TRUTH_ACCEPTED(1, "sourceOfTruthAccepted", "sourceOfTruthAccepted"),

	/**
	 * The '<em><b>Exception Handled In Process</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An exception was handled without reverting to the old way.
	 * <!-- end-model-doc -->
	 * @see #EXCEPTION_HANDLED_IN_PROCESS_VALUE
	 * @generated
	 * @ordered
	 */
	EXCEPTION_HANDLED_IN_PROCESS(2, "exceptionHandledInProcess", "exceptionHandledInProcess"),

	/**
	 * The '<em><b>Old Step Retired</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An old step was retired or explicitly retained.
	 * <!-- end-model-doc -->
	 * @see #OLD_STEP_RETIRED_VALUE
	 * @generated
	 * @ordered
	 */
	OLD_STEP_RETIRED(3, "oldStepRetired", "oldStepRetired"),

	/**
	 * The '<em><b>Output Influenced Decision</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The new output influenced a real decision.
	 * <!-- end-model-doc -->
	 * @see #OUTPUT_INFLUENCED_DECISION_VALUE
	 * @generated
	 * @ordered
	 */
	OUTPUT_INFLUENCED_DECISION(4, "outputInfluencedDecision", "outputInfluencedDecision"),

	/**
	 * The '<em><b>Owner Named After Launch</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An owner was named after launch.
	 * <!-- end-model-doc -->
	 * @see #OWNER_NAMED_AFTER_LAUNCH_VALUE
	 * @generated
	 * @ordered
	 */
	OWNER_NAMED_AFTER_LAUNCH(5, "ownerNamedAfterLaunch", "ownerNamedAfterLaunch");

	/**
	 * The '<em><b>First Real Case</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first real case moved through the new process.
	 * <!-- end-model-doc -->
	 * @see #FIRST_REAL_CASE
	 * @model name="firstRealCase"
	 * @generated
	 * @ordered
	 */
	public static final int FIRST_REAL_CASE_VALUE = 0;

	/**
	 * The '<em><b>Source Of Truth Accepted</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A manager accepted the new source of truth.
	 * <!-- end-model-doc -->
	 * @see #SOURCE_OF_TRUTH_ACCEPTED
	 * @model name="sourceOfTruthAccepted"
	 * @generated
	 * @ordered
	 */
	public static final int SOURCE_OF_TRUTH_ACCEPTED_VALUE = 1;

	/**
	 * The '<em><b>Exception Handled In Process</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An exception was handled without reverting to the old way.
	 * <!-- end-model-doc -->
	 * @see #EXCEPTION_HANDLED_IN_PROCESS
	 * @model name="exceptionHandledInProcess"
	 * @generated
	 * @ordered
	 */
	public static final int EXCEPTION_HANDLED_IN_PROCESS_VALUE = 2;

	/**
	 * The '<em><b>Old Step Retired</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An old step was retired or explicitly retained.
	 * <!-- end-model-doc -->
	 * @see #OLD_STEP_RETIRED
	 * @model name="oldStepRetired"
	 * @generated
	 * @ordered
	 */
	public static final int OLD_STEP_RETIRED_VALUE = 3;

	/**
	 * The '<em><b>Output Influenced Decision</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The new output influenced a real decision.
	 * <!-- end-model-doc -->
	 * @see #OUTPUT_INFLUENCED_DECISION
	 * @model name="outputInfluencedDecision"
	 * @generated
	 * @ordered
	 */
	public static final int OUTPUT_INFLUENCED_DECISION_VALUE = 4;

	/**
	 * The '<em><b>Owner Named After Launch</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An owner was named after launch.
	 * <!-- end-model-doc -->
	 * @see #OWNER_NAMED_AFTER_LAUNCH
	 * @model name="ownerNamedAfterLaunch"
	 * @generated
	 * @ordered
	 */
	public static final int OWNER_NAMED_AFTER_LAUNCH_VALUE = 5;

	/**
	 * An array of all the '<em><b>Milestone Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MilestoneKind[] VALUES_ARRAY =
		new MilestoneKind[] {
			FIRST_REAL_CASE,
			SOURCE_OF_TRUTH_ACCEPTED,
			EXCEPTION_HANDLED_IN_PROCESS,
			OLD_STEP_RETIRED,
			OUTPUT_INFLUENCED_DECISION,
			OWNER_NAMED_AFTER_LAUNCH,
		};

	/**
	 * A public read-only list of all the '<em><b>Milestone Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MilestoneKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Milestone Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MilestoneKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MilestoneKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Milestone Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MilestoneKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MilestoneKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Milestone Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MilestoneKind get(int value) {
		switch (value) {
			case FIRST_REAL_CASE_VALUE: return FIRST_REAL_CASE;
			case SOURCE_OF_TRUTH_ACCEPTED_VALUE: return SOURCE_OF_TRUTH_ACCEPTED;
			case EXCEPTION_HANDLED_IN_PROCESS_VALUE: return EXCEPTION_HANDLED_IN_PROCESS;
			case OLD_STEP_RETIRED_VALUE: return OLD_STEP_RETIRED;
			case OUTPUT_INFLUENCED_DECISION_VALUE: return OUTPUT_INFLUENCED_DECISION;
			case OWNER_NAMED_AFTER_LAUNCH_VALUE: return OWNER_NAMED_AFTER_LAUNCH;
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
	private MilestoneKind(int value, String name, String literal) {
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
	
} //MilestoneKind
