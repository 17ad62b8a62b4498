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
 * A representation of the literals of the enumeration '<em><b>Deviation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How work as done departs from the model.
 * <!-- end-model-doc -->
 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getDeviationKind()
 * @model
 * @generated
 */
public enum DeviationKind implements Enumerator {
	/**
	 * The '<em><b>Skipped</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A step is skipped.
	 * <!-- end-model-doc -->
	 * @see #SKIPPED_VALUE
	 * @generated
	 * @ordered
	 */
	SKIPPED(0, "skipped", "skipped"),

	/**
	 * The '<em><b>Repeated</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A step is repeated.
	 * <!-- end-model-doc -->
	 * @see #REPEATED_VALUE
	 * @generated
	 * @ordered
	 */
	REPEATED(1, "repeated", "repeated"),

	/**
	 * The '<em><b>Reordered</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Steps happen in another order.
	 * <!-- end-model-doc -->
	 * @see #REORDERED_VALUE
	 * @generated
	 * @ordered
	 */
	REORDERED(2, "reordered", "reordered"),

	/**
	 * The '<em><b>Approval Bypassed</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A required approval did not happen.
	 * <!-- end-model-doc -->
	 * @see #APPROVAL_BYPASSED_VALUE
	 * @generated
	 * @ordered
	 */
	APPROVAL_BYPASSED(3, "approvalBypassed", "approvalBypassed"),

	/**
	 * The '<em><b>Unmodelled</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An activity the model does not know.
	 * <!-- end-model-doc -->
	 * @see #UNMODELLED_VALUE
	 * @generated
	 * @ordered
	 */
	UNMODELLED(4, "unmodelled", "unmodelled");

	/**
	 * The '<em><b>Skipped</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A step is skipped.
	 * <!-- end-model-doc -->
	 * @see #SKIPPED
	 * @model name="skipped"
	 * @generated
	 * @ordered
	 */
	public static final int SKIPPED_VALUE = 0;

	/**
	 * The '<em><b>Repeated</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A step is repeated.
	 * <!-- end-model-doc -->
	 * @see #REPEATED
	 * @model name="repeated"
	 * @generated
	 * @ordered
	 */
	public static final int REPEATED_VALUE = 1;

	/**
	 * The '<em><b>Reordered</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Steps happen in another order.
	 * <!-- end-model-doc -->
	 * @see #REORDERED
	 * @model name="reordered"
	 * @generated
	 * @ordered
	 */
	public static final int REORDERED_VALUE = 2;

	/**
	 * The '<em><b>Approval Bypassed</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A required approval did not happen.
	 * <!-- end-model-doc -->
	 * @see #APPROVAL_BYPASSED
	 * @model name="approvalBypassed"
	 * @generated
	 * @ordered
	 */
	public static final int APPROVAL_BYPASSED_VALUE = 3;

	/**
	 * The '<em><b>Unmodelled</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An activity the model does not know.
	 * <!-- end-model-doc -->
	 * @see #UNMODELLED
	 * @model name="unmodelled"
	 * @generated
	 * @ordered
	 */
	public static final int UNMODELLED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Deviation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DeviationKind[] VALUES_ARRAY =
		new DeviationKind[] {
			SKIPPED,
			REPEATED,
			REORDERED,
			APPROVAL_BYPASSED,
			UNMODELLED,
		};

	/**
	 * A public read-only list of all the '<em><b>Deviation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DeviationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Deviation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeviationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeviationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Deviation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeviationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeviationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Deviation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeviationKind get(int value) {
		switch (value) {
			case SKIPPED_VALUE: return SKIPPED;
			case REPEATED_VALUE: return REPEATED;
			case REORDERED_VALUE: return REORDERED;
			case APPROVAL_BYPASSED_VALUE: return APPROVAL_BYPASSED;
			case UNMODELLED_VALUE: return UNMODELLED;
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
	private DeviationKind(int value, String name, String literal) {
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
	
} //DeviationKind
