/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Rule Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The ways execution breaks at the boundary between the domains.
 * <!-- end-model-doc -->
 * @see org.dovetail.model.governance.GovernancePackage#getRuleCategory()
 * @model
 * @generated
 */
public enum RuleCategory implements Enumerator {
	/**
	 * The '<em><b>Workflow Mismatch</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system's workflow differs from the documented steps.
	 * <!-- end-model-doc -->
	 * @see #WORKFLOW_MISMATCH_VALUE
	 * @generated
	 * @ordered
	 */
	WORKFLOW_MISMATCH(0, "workflowMismatch", "workflowMismatch"),

	/**
	 * The '<em><b>Decision Evidence Mismatch</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decision rights or evidence are not enforced as documented.
	 * <!-- end-model-doc -->
	 * @see #DECISION_EVIDENCE_MISMATCH_VALUE
	 * @generated
	 * @ordered
	 */
	DECISION_EVIDENCE_MISMATCH(1, "decisionEvidenceMismatch", "decisionEvidenceMismatch"),

	/**
	 * The '<em><b>Data Exception Mismatch</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data quality or exception handling falls outside governance.
	 * <!-- end-model-doc -->
	 * @see #DATA_EXCEPTION_MISMATCH_VALUE
	 * @generated
	 * @ordered
	 */
	DATA_EXCEPTION_MISMATCH(2, "dataExceptionMismatch", "dataExceptionMismatch"),

	/**
	 * The '<em><b>Governance Shortfall</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ownership, rationale or control coverage is missing.
	 * <!-- end-model-doc -->
	 * @see #GOVERNANCE_SHORTFALL_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNANCE_SHORTFALL(3, "governanceShortfall", "governanceShortfall"),

	/**
	 * The '<em><b>Feedback Gap</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nobody can see whether the process works.
	 * <!-- end-model-doc -->
	 * @see #FEEDBACK_GAP_VALUE
	 * @generated
	 * @ordered
	 */
	FEEDBACK_GAP(4, "feedbackGap", "feedbackGap"),

	/**
	 * The '<em><b>Workflow Redesign</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A change leaves parallel workflows, unreviewed automation or unproven milestones.
	 * <!-- end-model-doc -->
	 * @see #WORKFLOW_REDESIGN_VALUE
	 * @generated
	 * @ordered
	 */
	WORKFLOW_REDESIGN(5, "workflowRedesign", "workflowRedesign"),

	/**
	 * The '<em><b>Work As Done</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Work as done diverges from the model.
	 * <!-- end-model-doc -->
	 * @see #WORK_AS_DONE_VALUE
	 * @generated
	 * @ordered
	 */
	WORK_AS_DONE(6, "workAsDone", "workAsDone");

	/**
	 * The '<em><b>Workflow Mismatch</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system's workflow differs from the documented steps.
	 * <!-- end-model-doc -->
	 * @see #WORKFLOW_MISMATCH
	 * @model name="workflowMismatch"
	 * @generated
	 * @ordered
	 */
	public static final int WORKFLOW_MISMATCH_VALUE = 0;

	/**
	 * The '<em><b>Decision Evidence Mismatch</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decision rights or evidence are not enforced as documented.
	 * <!-- end-model-doc -->
	 * @see #DECISION_EVIDENCE_MISMATCH
	 * @model name="decisionEvidenceMismatch"
	 * @generated
	 * @ordered
	 */
	public static final int DECISION_EVIDENCE_MISMATCH_VALUE = 1;

	/**
	 * The '<em><b>Data Exception Mismatch</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data quality or exception handling falls outside governance.
	 * <!-- end-model-doc -->
	 * @see #DATA_EXCEPTION_MISMATCH
	 * @model name="dataExceptionMismatch"
	 * @generated
	 * @ordered
	 */
	public static final int DATA_EXCEPTION_MISMATCH_VALUE = 2;

	/**
	 * The '<em><b>Governance Shortfall</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ownership, rationale or control coverage is missing.
	 * <!-- end-model-doc -->
	 * @see #GOVERNANCE_SHORTFALL
	 * @model name="governanceShortfall"
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNANCE_SHORTFALL_VALUE = 3;

	/**
	 * The '<em><b>Feedback Gap</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nobody can see whether the process works.
	 * <!-- end-model-doc -->
	 * @see #FEEDBACK_GAP
	 * @model name="feedbackGap"
	 * @generated
	 * @ordered
	 */
	public static final int FEEDBACK_GAP_VALUE = 4;

	/**
	 * The '<em><b>Workflow Redesign</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A change leaves parallel workflows, unreviewed automation or unproven milestones.
	 * <!-- end-model-doc -->
	 * @see #WORKFLOW_REDESIGN
	 * @model name="workflowRedesign"
	 * @generated
	 * @ordered
	 */
	public static final int WORKFLOW_REDESIGN_VALUE = 5;

	/**
	 * The '<em><b>Work As Done</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Work as done diverges from the model.
	 * <!-- end-model-doc -->
	 * @see #WORK_AS_DONE
	 * @model name="workAsDone"
	 * @generated
	 * @ordered
	 */
	public static final int WORK_AS_DONE_VALUE = 6;

	/**
	 * An array of all the '<em><b>Rule Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RuleCategory[] VALUES_ARRAY =
		new RuleCategory[] {
			WORKFLOW_MISMATCH,
			DECISION_EVIDENCE_MISMATCH,
			DATA_EXCEPTION_MISMATCH,
			GOVERNANCE_SHORTFALL,
			FEEDBACK_GAP,
			WORKFLOW_REDESIGN,
			WORK_AS_DONE,
		};

	/**
	 * A public read-only list of all the '<em><b>Rule Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RuleCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Rule Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RuleCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RuleCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Rule Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RuleCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RuleCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Rule Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RuleCategory get(int value) {
		switch (value) {
			case WORKFLOW_MISMATCH_VALUE: return WORKFLOW_MISMATCH;
			case DECISION_EVIDENCE_MISMATCH_VALUE: return DECISION_EVIDENCE_MISMATCH;
			case DATA_EXCEPTION_MISMATCH_VALUE: return DATA_EXCEPTION_MISMATCH;
			case GOVERNANCE_SHORTFALL_VALUE: return GOVERNANCE_SHORTFALL;
			case FEEDBACK_GAP_VALUE: return FEEDBACK_GAP;
			case WORKFLOW_REDESIGN_VALUE: return WORKFLOW_REDESIGN;
			case WORK_AS_DONE_VALUE: return WORK_AS_DONE;
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
	private RuleCategory(int value, String name, String literal) {
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
	
} //RuleCategory
