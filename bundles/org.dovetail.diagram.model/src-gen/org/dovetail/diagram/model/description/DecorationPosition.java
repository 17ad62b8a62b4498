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
 * A representation of the literals of the enumeration '<em><b>Decoration Position</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Corners.
 * <!-- end-model-doc -->
 * @see org.dovetail.diagram.model.description.DescriptionPackage#getDecorationPosition()
 * @model
 * @generated
 */
public enum DecorationPosition implements Enumerator {
	/**
	 * The '<em><b>North East</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top right.
	 * <!-- end-model-doc -->
	 * @see #NORTH_EAST_VALUE
	 * @generated
	 * @ordered
	 */
	NORTH_EAST(0, "northEast", "northEast"),

	/**
	 * The '<em><b>North West</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top left.
	 * <!-- end-model-doc -->
	 * @see #NORTH_WEST_VALUE
	 * @generated
	 * @ordered
	 */
	NORTH_WEST(1, "northWest", "northWest"),

	/**
	 * The '<em><b>South East</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bottom right.
	 * <!-- end-model-doc -->
	 * @see #SOUTH_EAST_VALUE
	 * @generated
	 * @ordered
	 */
	SOUTH_EAST(2, "southEast", "southEast"),

	/**
	 * The '<em><b>South West</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bottom left.
	 * <!-- end-model-doc -->
	 * @see #SOUTH_WEST_VALUE
	 * @generated
	 * @ordered
	 */
	SOUTH_WEST(3, "southWest", "southWest");

	/**
	 * The '<em><b>North East</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top right.
	 * <!-- end-model-doc -->
	 * @see #NORTH_EAST
	 * @model name="northEast"
	 * @generated
	 * @ordered
	 */
	public static final int NORTH_EAST_VALUE = 0;

	/**
	 * The '<em><b>North West</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top left.
	 * <!-- end-model-doc -->
	 * @see #NORTH_WEST
	 * @model name="northWest"
	 * @generated
	 * @ordered
	 */
	public static final int NORTH_WEST_VALUE = 1;

	/**
	 * The '<em><b>South East</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bottom right.
	 * <!-- end-model-doc -->
	 * @see #SOUTH_EAST
	 * @model name="southEast"
	 * @generated
	 * @ordered
	 */
	public static final int SOUTH_EAST_VALUE = 2;

	/**
	 * The '<em><b>South West</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bottom left.
	 * <!-- end-model-doc -->
	 * @see #SOUTH_WEST
	 * @model name="southWest"
	 * @generated
	 * @ordered
	 */
	public static final int SOUTH_WEST_VALUE = 3;

	/**
	 * An array of all the '<em><b>Decoration Position</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DecorationPosition[] VALUES_ARRAY =
		new DecorationPosition[] {
			NORTH_EAST,
			NORTH_WEST,
			SOUTH_EAST,
			SOUTH_WEST,
		};

	/**
	 * A public read-only list of all the '<em><b>Decoration Position</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DecorationPosition> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Decoration Position</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DecorationPosition get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DecorationPosition result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Decoration Position</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DecorationPosition getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DecorationPosition result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Decoration Position</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DecorationPosition get(int value) {
		switch (value) {
			case NORTH_EAST_VALUE: return NORTH_EAST;
			case NORTH_WEST_VALUE: return NORTH_WEST;
			case SOUTH_EAST_VALUE: return SOUTH_EAST;
			case SOUTH_WEST_VALUE: return SOUTH_WEST;
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
	private DecorationPosition(int value, String name, String literal) {
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
	
} //DecorationPosition
