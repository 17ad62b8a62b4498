/**
 * Generated from model/diagram.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.diagram.model.description.impl;

import java.util.Collection;

import org.dovetail.diagram.model.description.AbstractNodeMapping;
import org.dovetail.diagram.model.description.ContainerMapping;
import org.dovetail.diagram.model.description.DescriptionPackage;
import org.dovetail.diagram.model.description.ReparentTool;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reparent Tool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.diagram.model.description.impl.ReparentToolImpl#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.impl.ReparentToolImpl#getContainerMappings <em>Container Mappings</em>}</li>
 *   <li>{@link org.dovetail.diagram.model.description.impl.ReparentToolImpl#getContainmentFeature <em>Containment Feature</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReparentToolImpl extends ToolImpl implements ReparentTool {
	/**
	 * The cached value of the '{@link #getMappings() <em>Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<AbstractNodeMapping> mappings;

	/**
	 * The cached value of the '{@link #getContainerMappings() <em>Container Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<ContainerMapping> containerMappings;

	/**
	 * The default value of the '{@link #getContainmentFeature() <em>Containment Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainmentFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTAINMENT_FEATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContainmentFeature() <em>Containment Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainmentFeature()
	 * @generated
	 * @ordered
	 */
	protected String containmentFeature = CONTAINMENT_FEATURE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReparentToolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.REPARENT_TOOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AbstractNodeMapping> getMappings() {
		if (mappings == null) {
			mappings = new EObjectResolvingEList<AbstractNodeMapping>(AbstractNodeMapping.class, this, DescriptionPackage.REPARENT_TOOL__MAPPINGS);
		}
		return mappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContainerMapping> getContainerMappings() {
		if (containerMappings == null) {
			containerMappings = new EObjectResolvingEList<ContainerMapping>(ContainerMapping.class, this, DescriptionPackage.REPARENT_TOOL__CONTAINER_MAPPINGS);
		}
		return containerMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContainmentFeature() {
		return containmentFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContainmentFeature(String newContainmentFeature) {
		String oldContainmentFeature = containmentFeature;
		containmentFeature = newContainmentFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.REPARENT_TOOL__CONTAINMENT_FEATURE, oldContainmentFeature, containmentFeature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.REPARENT_TOOL__MAPPINGS:
				return getMappings();
			case DescriptionPackage.REPARENT_TOOL__CONTAINER_MAPPINGS:
				return getContainerMappings();
			case DescriptionPackage.REPARENT_TOOL__CONTAINMENT_FEATURE:
				return getContainmentFeature();
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
			case DescriptionPackage.REPARENT_TOOL__MAPPINGS:
				getMappings().clear();
				getMappings().addAll((Collection<? extends AbstractNodeMapping>)newValue);
				return;
			case DescriptionPackage.REPARENT_TOOL__CONTAINER_MAPPINGS:
				getContainerMappings().clear();
				getContainerMappings().addAll((Collection<? extends ContainerMapping>)newValue);
				return;
			case DescriptionPackage.REPARENT_TOOL__CONTAINMENT_FEATURE:
				setContainmentFeature((String)newValue);
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
			case DescriptionPackage.REPARENT_TOOL__MAPPINGS:
				getMappings().clear();
				return;
			case DescriptionPackage.REPARENT_TOOL__CONTAINER_MAPPINGS:
				getContainerMappings().clear();
				return;
			case DescriptionPackage.REPARENT_TOOL__CONTAINMENT_FEATURE:
				setContainmentFeature(CONTAINMENT_FEATURE_EDEFAULT);
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
			case DescriptionPackage.REPARENT_TOOL__MAPPINGS:
				return mappings != null && !mappings.isEmpty();
			case DescriptionPackage.REPARENT_TOOL__CONTAINER_MAPPINGS:
				return containerMappings != null && !containerMappings.isEmpty();
			case DescriptionPackage.REPARENT_TOOL__CONTAINMENT_FEATURE:
				return CONTAINMENT_FEATURE_EDEFAULT == null ? containmentFeature != null : !CONTAINMENT_FEATURE_EDEFAULT.equals(containmentFeature);
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
		result.append(" (containmentFeature: ");
		result.append(containmentFeature);
		result.append(')');
		return result.toString();
	}

} //ReparentToolImpl
