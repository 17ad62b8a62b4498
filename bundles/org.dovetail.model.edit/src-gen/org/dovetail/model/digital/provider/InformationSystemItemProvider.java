/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital.provider;


import java.util.Collection;
import java.util.List;

import org.dovetail.model.DovetailPackage;

import org.dovetail.model.digital.DigitalFactory;
import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.digital.InformationSystem;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.dovetail.model.digital.InformationSystem} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class InformationSystemItemProvider extends DigitalElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InformationSystemItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addOwnerPropertyDescriptor(object);
			addVendorPropertyDescriptor(object);
			addProductPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Owned_owner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Owned_owner_feature", "_UI_Owned_type"),
				 DovetailPackage.Literals.OWNED__OWNER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Vendor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVendorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_InformationSystem_vendor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_InformationSystem_vendor_feature", "_UI_InformationSystem_type"),
				 DigitalPackage.Literals.INFORMATION_SYSTEM__VENDOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Product feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProductPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_InformationSystem_product_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_InformationSystem_product_feature", "_UI_InformationSystem_type"),
				 DigitalPackage.Literals.INFORMATION_SYSTEM__PRODUCT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(DigitalPackage.Literals.INFORMATION_SYSTEM__WORKFLOWS);
			childrenFeatures.add(DigitalPackage.Literals.INFORMATION_SYSTEM__ROLES);
			childrenFeatures.add(DigitalPackage.Literals.INFORMATION_SYSTEM__PERMISSIONS);
			childrenFeatures.add(DigitalPackage.Literals.INFORMATION_SYSTEM__DATA_FIELDS);
			childrenFeatures.add(DigitalPackage.Literals.INFORMATION_SYSTEM__AUTOMATIONS);
			childrenFeatures.add(DigitalPackage.Literals.INFORMATION_SYSTEM__REPORTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns InformationSystem.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/InformationSystem"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((InformationSystem)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_InformationSystem_type") :
			getString("_UI_InformationSystem_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(InformationSystem.class)) {
			case DigitalPackage.INFORMATION_SYSTEM__VENDOR:
			case DigitalPackage.INFORMATION_SYSTEM__PRODUCT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case DigitalPackage.INFORMATION_SYSTEM__WORKFLOWS:
			case DigitalPackage.INFORMATION_SYSTEM__ROLES:
			case DigitalPackage.INFORMATION_SYSTEM__PERMISSIONS:
			case DigitalPackage.INFORMATION_SYSTEM__DATA_FIELDS:
			case DigitalPackage.INFORMATION_SYSTEM__AUTOMATIONS:
			case DigitalPackage.INFORMATION_SYSTEM__REPORTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(DigitalPackage.Literals.INFORMATION_SYSTEM__WORKFLOWS,
				 DigitalFactory.eINSTANCE.createWorkflow()));

		newChildDescriptors.add
			(createChildParameter
				(DigitalPackage.Literals.INFORMATION_SYSTEM__ROLES,
				 DigitalFactory.eINSTANCE.createSystemRole()));

		newChildDescriptors.add
			(createChildParameter
				(DigitalPackage.Literals.INFORMATION_SYSTEM__PERMISSIONS,
				 DigitalFactory.eINSTANCE.createPermission()));

		newChildDescriptors.add
			(createChildParameter
				(DigitalPackage.Literals.INFORMATION_SYSTEM__DATA_FIELDS,
				 DigitalFactory.eINSTANCE.createDataField()));

		newChildDescriptors.add
			(createChildParameter
				(DigitalPackage.Literals.INFORMATION_SYSTEM__AUTOMATIONS,
				 DigitalFactory.eINSTANCE.createAutomation()));

		newChildDescriptors.add
			(createChildParameter
				(DigitalPackage.Literals.INFORMATION_SYSTEM__REPORTS,
				 DigitalFactory.eINSTANCE.createReport()));
	}

}
