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
 * A representation of the literals of the enumeration '<em><b>Sign Off Decision</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A signer's decision.
 * <!-- end-model-doc -->
 * @see org.dovetail.model.governance.GovernancePackage#getSignOffDecision()
 * @model
 * @generated
 */
public enum SignOffDecision implements Enumerator {
	/**
	 * The '<em><b>Approve</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Approves.
	 * <!-- end-model-doc -->
	 * @see #APPROVE_VALUE
	 * @generated
	 * @ordered
	 */
	APPROVE(0, "approve", "approve"),

	/**
	 * The '<em><b>Reject</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rejects.
	 * <!-- end-model-doc -->
	 * @see #REJECT_VALUE
	 * @generated
	 * @ordered
	 */
	REJECT(1, "reject", "reject"),

	/**
	 * The '<em><b>Abstain</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Abstains.
	 * <!-- end-model-doc -->
	 * @see #ABSTAIN_VALUE
	 * @generated
	 * @ordered
	 */
	ABSTAIN(2, "abstain", "abstain");

	/**
	 * The '<em><b>Approve</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Approves.
	 * <!-- end-model-doc -->
	 * @see #APPROVE
	 * @model name="approve"
	 * @generated
	 * @ordered
	 */
	public static final int APPROVE_VALUE = 0;

	/**
	 * The '<em><b>Reject</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rejects.
	 * <!-- end-model-doc -->
	 * @see #REJECT
	 * @model name="reject"
	 * @generated
	 * @ordered
	 */
	public static final int REJECT_VALUE = 1;

	/**
	 * The '<em><b>Abstain</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Abstains.
	 * <!-- end-model-doc -->
	 * @see #ABSTAIN
	 * @model name="abstain"
	 * @generated
	 * @ordered
	 */
	public static final int ABSTAIN_VALUE = 2;

	/**
	 * An array of all the '<em><b>Sign Off Decision</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SignOffDecision[] VALUES_ARRAY =
		new SignOffDecision[] {
			APPROVE,
			REJECT,
			ABSTAIN,
		};

	/**
	 * A public read-only list of all the '<em><b>Sign Off Decision</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SignOffDecision> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Sign Off Decision</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SignOffDecision get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SignOffDecision result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sign Off Decision</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SignOffDecision getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SignOffDecision result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sign Off Decision</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SignOffDecision get(int value) {
		switch (value) {
			case APPROVE_VALUE: return APPROVE;
			case REJECT_VALUE: return REJECT;
			case ABSTAIN_VALUE: return ABSTAIN;
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
	private SignOffDecision(int value, String name, String literal) {
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
	
} //SignOffDecision
