/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.description;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Children Presentation</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Arrangement of a container's children.
 * <!-- end-model-doc -->
 * @see org.dovetail.diagram.model.description.DescriptionPackage#getChildrenPresentation()
 * @model
 * @generated
 */
public enum ChildrenPresentation implements Enumerator {
	/**
	 * The '<em><b>Free Form</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Laid out freely inside the container.
	 * <!-- end-model-doc -->
	 * @see #FREE_FORM_VALUE
	 * @generated
	 * @ordered
	 */
	FREE_FORM(0, "freeForm", "freeForm"),

	/**
	 * The '<em><b>Lane</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The containers are swimlanes: full-width horizontal bands stacked top to bottom, whose children keep the flow's left-to-right order.
	 * <!-- end-model-doc -->
	 * @see #LANE_VALUE
	 * @generated
	 * @ordered
	 */
	LANE(1, "lane", "lane"),

	/**
	 * The '<em><b>List</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Children stacked in a single column.
	 * <!-- end-model-doc -->
	 * @see #LIST_VALUE
	 * @generated
	 * @ordered
	 */
	LIST(2, "list", "list");

	/**
	 * The '<em><b>Free Form</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Laid out freely inside the container.
	 * <!-- end-model-doc -->
	 * @see #FREE_FORM
	 * @model name="freeForm"
	 * @generated
	 * @ordered
	 */
	public static final int FREE_FORM_VALUE = 0;

	/**
	 * The '<em><b>Lane</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The containers are swimlanes: full-width horizontal bands stacked top to bottom, whose children keep the flow's left-to-right order.
	 * <!-- end-model-doc -->
	 * @see #LANE
	 * @model name="lane"
	 * @generated
	 * @ordered
	 */
	public static final int LANE_VALUE = 1;

	/**
	 * The '<em><b>List</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Children stacked in a single column.
	 * <!-- end-model-doc -->
	 * @see #LIST
	 * @model name="list"
	 * @generated
	 * @ordered
	 */
	public static final int LIST_VALUE = 2;

	/**
	 * An array of all the '<em><b>Children Presentation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ChildrenPresentation[] VALUES_ARRAY =
		new ChildrenPresentation[] {
			FREE_FORM,
			LANE,
			LIST,
		};

	/**
	 * A public read-only list of all the '<em><b>Children Presentation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ChildrenPresentation> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Children Presentation</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChildrenPresentation get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChildrenPresentation result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Children Presentation</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChildrenPresentation getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChildrenPresentation result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Children Presentation</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChildrenPresentation get(int value) {
		switch (value) {
			case FREE_FORM_VALUE: return FREE_FORM;
			case LANE_VALUE: return LANE;
			case LIST_VALUE: return LIST;
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
	private ChildrenPresentation(int value, String name, String literal) {
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
	
} //ChildrenPresentation
