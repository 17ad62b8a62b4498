/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.description.impl;

import java.util.Collection;

import org.dovetail.diagram.model.description.DecorationDescription;
import org.dovetail.diagram.model.description.DecorationKind;
import org.dovetail.diagram.model.description.DecorationPosition;
import org.dovetail.diagram.model.description.DescriptionPackage;
import org.dovetail.diagram.model.description.DiagramElementMapping;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Decoration Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.description.impl.DecorationDescriptionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.impl.DecorationDescriptionImpl#getTextExpression <em>Text Expression</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.impl.DecorationDescriptionImpl#getPosition <em>Position</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.impl.DecorationDescriptionImpl#getColor <em>Color</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.impl.DecorationDescriptionImpl#getMappings <em>Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DecorationDescriptionImpl extends DescriptionElementImpl implements DecorationDescription {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DecorationKind KIND_EDEFAULT = DecorationKind.FINDINGS;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DecorationKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextExpression() <em>Text Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextExpression() <em>Text Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextExpression()
	 * @generated
	 * @ordered
	 */
	protected String textExpression = TEXT_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected static final DecorationPosition POSITION_EDEFAULT = DecorationPosition.NORTH_EAST;

	/**
	 * The cached value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected DecorationPosition position = POSITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getColor() <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColor()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColor() <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColor()
	 * @generated
	 * @ordered
	 */
	protected String color = COLOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMappings() <em>Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<DiagramElementMapping> mappings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DecorationDescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.DECORATION_DESCRIPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecorationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DecorationKind newKind) {
		DecorationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DECORATION_DESCRIPTION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextExpression() {
		return textExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextExpression(String newTextExpression) {
		String oldTextExpression = textExpression;
		textExpression = newTextExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DECORATION_DESCRIPTION__TEXT_EXPRESSION, oldTextExpression, textExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecorationPosition getPosition() {
		return position;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPosition(DecorationPosition newPosition) {
		DecorationPosition oldPosition = position;
		position = newPosition == null ? POSITION_EDEFAULT : newPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DECORATION_DESCRIPTION__POSITION, oldPosition, position));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColor() {
		return color;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColor(String newColor) {
		String oldColor = color;
		color = newColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DECORATION_DESCRIPTION__COLOR, oldColor, color));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiagramElementMapping> getMappings() {
		if (mappings == null) {
			mappings = new EObjectResolvingEList<DiagramElementMapping>(DiagramElementMapping.class, this, DescriptionPackage.DECORATION_DESCRIPTION__MAPPINGS);
		}
		return mappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.DECORATION_DESCRIPTION__KIND:
				return getKind();
			case DescriptionPackage.DECORATION_DESCRIPTION__TEXT_EXPRESSION:
				return getTextExpression();
			case DescriptionPackage.DECORATION_DESCRIPTION__POSITION:
				return getPosition();
			case DescriptionPackage.DECORATION_DESCRIPTION__COLOR:
				return getColor();
			case DescriptionPackage.DECORATION_DESCRIPTION__MAPPINGS:
				return getMappings();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DescriptionPackage.DECORATION_DESCRIPTION__KIND:
				setKind((DecorationKind)newValue);
				return;
			case DescriptionPackage.DECORATION_DESCRIPTION__TEXT_EXPRESSION:
				setTextExpression((String)newValue);
				return;
			case DescriptionPackage.DECORATION_DESCRIPTION__POSITION:
				setPosition((DecorationPosition)newValue);
				return;
			case DescriptionPackage.DECORATION_DESCRIPTION__COLOR:
				setColor((String)newValue);
				return;
			case DescriptionPackage.DECORATION_DESCRIPTION__MAPPINGS:
				getMappings().clear();
				getMappings().addAll((Collection<? extends DiagramElementMapping>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DescriptionPackage.DECORATION_DESCRIPTION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case DescriptionPackage.DECORATION_DESCRIPTION__TEXT_EXPRESSION:
				setTextExpression(TEXT_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.DECORATION_DESCRIPTION__POSITION:
				setPosition(POSITION_EDEFAULT);
				return;
			case DescriptionPackage.DECORATION_DESCRIPTION__COLOR:
				setColor(COLOR_EDEFAULT);
				return;
			case DescriptionPackage.DECORATION_DESCRIPTION__MAPPINGS:
				getMappings().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DescriptionPackage.DECORATION_DESCRIPTION__KIND:
				return kind != KIND_EDEFAULT;
			case DescriptionPackage.DECORATION_DESCRIPTION__TEXT_EXPRESSION:
				return TEXT_EXPRESSION_EDEFAULT == null ? textExpression != null : !TEXT_EXPRESSION_EDEFAULT.equals(textExpression);
			case DescriptionPackage.DECORATION_DESCRIPTION__POSITION:
				return position != POSITION_EDEFAULT;
			case DescriptionPackage.DECORATION_DESCRIPTION__COLOR:
				return COLOR_EDEFAULT == null ? color != null : !COLOR_EDEFAULT.equals(color);
			case DescriptionPackage.DECORATION_DESCRIPTION__MAPPINGS:
				return mappings != null && !mappings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", textExpression: ");
		result.append(textExpression);
		result.append(", position: ");
		result.append(position);
		result.append(", color: ");
		result.append(color);
		result.append(')');
		return result.toString();
	}

} //DecorationDescriptionImpl
