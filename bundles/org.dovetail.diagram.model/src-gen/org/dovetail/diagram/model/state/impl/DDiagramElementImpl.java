/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.state.impl;

import java.util.Collection;

import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.model.state.Decoration;
import org.dovetail.diagram.model.state.StatePackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>DDiagram Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.state.impl.DDiagramElementImpl#getUid <em>Uid</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.impl.DDiagramElementImpl#getMappingId <em>Mapping Id</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.impl.DDiagramElementImpl#getSemanticId <em>Semantic Id</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.impl.DDiagramElementImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.impl.DDiagramElementImpl#getStyleId <em>Style Id</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.state.impl.DDiagramElementImpl#getDecorations <em>Decorations</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class DDiagramElementImpl extends MinimalEObjectImpl.Container implements DDiagramElement {
	/**
	 * The default value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected static final String UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected String uid = UID_EDEFAULT;

	/**
	 * The default value of the '{@link #getMappingId() <em>Mapping Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappingId()
	 * @generated
	 * @ordered
	 */
	protected static final String MAPPING_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMappingId() <em>Mapping Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappingId()
	 * @generated
	 * @ordered
	 */
	protected String mappingId = MAPPING_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSemanticId() <em>Semantic Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSemanticId()
	 * @generated
	 * @ordered
	 */
	protected static final String SEMANTIC_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSemanticId() <em>Semantic Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSemanticId()
	 * @generated
	 * @ordered
	 */
	protected String semanticId = SEMANTIC_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStyleId() <em>Style Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyleId()
	 * @generated
	 * @ordered
	 */
	protected static final String STYLE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStyleId() <em>Style Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyleId()
	 * @generated
	 * @ordered
	 */
	protected String styleId = STYLE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDecorations() <em>Decorations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecorations()
	 * @generated
	 * @ordered
	 */
	protected EList<Decoration> decorations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DDiagramElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StatePackage.Literals.DDIAGRAM_ELEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUid() {
		return uid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUid(String newUid) {
		String oldUid = uid;
		uid = newUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.DDIAGRAM_ELEMENT__UID, oldUid, uid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMappingId() {
		return mappingId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMappingId(String newMappingId) {
		String oldMappingId = mappingId;
		mappingId = newMappingId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.DDIAGRAM_ELEMENT__MAPPING_ID, oldMappingId, mappingId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSemanticId() {
		return semanticId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSemanticId(String newSemanticId) {
		String oldSemanticId = semanticId;
		semanticId = newSemanticId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.DDIAGRAM_ELEMENT__SEMANTIC_ID, oldSemanticId, semanticId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.DDIAGRAM_ELEMENT__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStyleId() {
		return styleId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStyleId(String newStyleId) {
		String oldStyleId = styleId;
		styleId = newStyleId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StatePackage.DDIAGRAM_ELEMENT__STYLE_ID, oldStyleId, styleId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Decoration> getDecorations() {
		if (decorations == null) {
			decorations = new EObjectContainmentEList<Decoration>(Decoration.class, this, StatePackage.DDIAGRAM_ELEMENT__DECORATIONS);
		}
		return decorations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StatePackage.DDIAGRAM_ELEMENT__DECORATIONS:
				return ((InternalEList<?>)getDecorations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StatePackage.DDIAGRAM_ELEMENT__UID:
				return getUid();
			case StatePackage.DDIAGRAM_ELEMENT__MAPPING_ID:
				return getMappingId();
			case StatePackage.DDIAGRAM_ELEMENT__SEMANTIC_ID:
				return getSemanticId();
			case StatePackage.DDIAGRAM_ELEMENT__LABEL:
				return getLabel();
			case StatePackage.DDIAGRAM_ELEMENT__STYLE_ID:
				return getStyleId();
			case StatePackage.DDIAGRAM_ELEMENT__DECORATIONS:
				return getDecorations();
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
			case StatePackage.DDIAGRAM_ELEMENT__UID:
				setUid((String)newValue);
				return;
			case StatePackage.DDIAGRAM_ELEMENT__MAPPING_ID:
				setMappingId((String)newValue);
				return;
			case StatePackage.DDIAGRAM_ELEMENT__SEMANTIC_ID:
				setSemanticId((String)newValue);
				return;
			case StatePackage.DDIAGRAM_ELEMENT__LABEL:
				setLabel((String)newValue);
				return;
			case StatePackage.DDIAGRAM_ELEMENT__STYLE_ID:
				setStyleId((String)newValue);
				return;
			case StatePackage.DDIAGRAM_ELEMENT__DECORATIONS:
				getDecorations().clear();
				getDecorations().addAll((Collection<? extends Decoration>)newValue);
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
			case StatePackage.DDIAGRAM_ELEMENT__UID:
				setUid(UID_EDEFAULT);
				return;
			case StatePackage.DDIAGRAM_ELEMENT__MAPPING_ID:
				setMappingId(MAPPING_ID_EDEFAULT);
				return;
			case StatePackage.DDIAGRAM_ELEMENT__SEMANTIC_ID:
				setSemanticId(SEMANTIC_ID_EDEFAULT);
				return;
			case StatePackage.DDIAGRAM_ELEMENT__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case StatePackage.DDIAGRAM_ELEMENT__STYLE_ID:
				setStyleId(STYLE_ID_EDEFAULT);
				return;
			case StatePackage.DDIAGRAM_ELEMENT__DECORATIONS:
				getDecorations().clear();
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
			case StatePackage.DDIAGRAM_ELEMENT__UID:
				return UID_EDEFAULT == null ? uid != null : !UID_EDEFAULT.equals(uid);
			case StatePackage.DDIAGRAM_ELEMENT__MAPPING_ID:
				return MAPPING_ID_EDEFAULT == null ? mappingId != null : !MAPPING_ID_EDEFAULT.equals(mappingId);
			case StatePackage.DDIAGRAM_ELEMENT__SEMANTIC_ID:
				return SEMANTIC_ID_EDEFAULT == null ? semanticId != null : !SEMANTIC_ID_EDEFAULT.equals(semanticId);
			case StatePackage.DDIAGRAM_ELEMENT__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case StatePackage.DDIAGRAM_ELEMENT__STYLE_ID:
				return STYLE_ID_EDEFAULT == null ? styleId != null : !STYLE_ID_EDEFAULT.equals(styleId);
			case StatePackage.DDIAGRAM_ELEMENT__DECORATIONS:
				return decorations != null && !decorations.isEmpty();
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
		result.append(" (uid: ");
		result.append(uid);
		result.append(", mappingId: ");
		result.append(mappingId);
		result.append(", semanticId: ");
		result.append(semanticId);
		result.append(", label: ");
		result.append(label);
		result.append(", styleId: ");
		result.append(styleId);
		result.append(')');
		return result.toString();
	}

} //DDiagramElementImpl
