/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.state.impl;

import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.StatePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Abstract DNode</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.state.impl.AbstractDNodeImpl#getX <em>X</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.impl.AbstractDNodeImpl#getY <em>Y</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.impl.AbstractDNodeImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.impl.AbstractDNodeImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.impl.AbstractDNodeImpl#isLaidOut <em>Laid Out</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class AbstractDNodeImpl extends DDiagramElementImpl implements AbstractDNode {
	/**
	 * The default value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected static final int X_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected int x = X_EDEFAULT;

	/**
	 * The default value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected static final int Y_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected int y = Y_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final int HEIGHT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected int height = HEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #isLaidOut() <em>Laid Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLaidOut()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LAID_OUT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLaidOut() <em>Laid Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLaidOut()
	 * @generated
	 * @ordered
	 */
	protected boolean laidOut = LAID_OUT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AbstractDNodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StatePackage.Literals.ABSTRACT_DNODE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getX() {
		return x;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX(int newX) {
		int oldX = x;
		x = newX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.ABSTRACT_DNODE__X, oldX, x));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getY() {
		return y;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setY(int newY) {
		int oldY = y;
		y = newY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.ABSTRACT_DNODE__Y, oldY, y));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.ABSTRACT_DNODE__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeight() {
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(int newHeight) {
		int oldHeight = height;
		height = newHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.ABSTRACT_DNODE__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLaidOut() {
		return laidOut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLaidOut(boolean newLaidOut) {
		boolean oldLaidOut = laidOut;
		laidOut = newLaidOut;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.ABSTRACT_DNODE__LAID_OUT, oldLaidOut, laidOut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StatePackage.ABSTRACT_DNODE__X:
				return getX();
			case StatePackage.ABSTRACT_DNODE__Y:
				return getY();
			case StatePackage.ABSTRACT_DNODE__WIDTH:
				return getWidth();
			case StatePackage.ABSTRACT_DNODE__HEIGHT:
				return getHeight();
			case StatePackage.ABSTRACT_DNODE__LAID_OUT:
				return isLaidOut();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case StatePackage.ABSTRACT_DNODE__X:
				setX((Integer)newValue);
				return;
			case StatePackage.ABSTRACT_DNODE__Y:
				setY((Integer)newValue);
				return;
			case StatePackage.ABSTRACT_DNODE__WIDTH:
				setWidth((Integer)newValue);
				return;
			case StatePackage.ABSTRACT_DNODE__HEIGHT:
				setHeight((Integer)newValue);
				return;
			case StatePackage.ABSTRACT_DNODE__LAID_OUT:
				setLaidOut((Boolean)newValue);
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
			case StatePackage.ABSTRACT_DNODE__X:
				setX(X_EDEFAULT);
				return;
			case StatePackage.ABSTRACT_DNODE__Y:
				setY(Y_EDEFAULT);
				return;
			case StatePackage.ABSTRACT_DNODE__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case StatePackage.ABSTRACT_DNODE__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
			case StatePackage.ABSTRACT_DNODE__LAID_OUT:
				setLaidOut(LAID_OUT_EDEFAULT);
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
			case StatePackage.ABSTRACT_DNODE__X:
				return x != X_EDEFAULT;
			case StatePackage.ABSTRACT_DNODE__Y:
				return y != Y_EDEFAULT;
			case StatePackage.ABSTRACT_DNODE__WIDTH:
				return width != WIDTH_EDEFAULT;
			case StatePackage.ABSTRACT_DNODE__HEIGHT:
				return height != HEIGHT_EDEFAULT;
			case StatePackage.ABSTRACT_DNODE__LAID_OUT:
				return laidOut != LAID_OUT_EDEFAULT;
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
		result.append(" (x: ");
		result.append(x);
		result.append(", y: ");
		result.append(y);
		result.append(", width: ");
		result.append(width);
		result.append(", height: ");
		result.append(height);
		result.append(", laidOut: ");
		result.append(laidOut);
		result.append(')');
		return result.toString();
	}

} //AbstractDNodeImpl
