/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.provider;


import java.util.Collection;
import java.util.List;

import org.dovetail.model.DovetailFactory;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.DovetailPackage;

import org.dovetail.model.digital.DigitalFactory;

import org.dovetail.model.governance.GovernanceFactory;

import org.dovetail.model.implementation.ImplementationFactory;

import org.dovetail.model.process.ProcessFactory;

import org.dovetail.model.workasdone.WorkAsDoneFactory;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.dovetail.model.DovetailModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class DovetailModelItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DovetailModelItemProvider(AdapterFactory adapterFactory) {
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

			addVersionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DovetailModel_version_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DovetailModel_version_feature", "_UI_DovetailModel_type"),
				 DovetailPackage.Literals.DOVETAIL_MODEL__VERSION,
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
			childrenFeatures.add(DovetailPackage.Literals.DOVETAIL_MODEL__PEOPLE);
			childrenFeatures.add(DovetailPackage.Literals.DOVETAIL_MODEL__PROCESS_DOMAIN);
			childrenFeatures.add(DovetailPackage.Literals.DOVETAIL_MODEL__DIGITAL_DOMAIN);
			childrenFeatures.add(DovetailPackage.Literals.DOVETAIL_MODEL__GOVERNANCE);
			childrenFeatures.add(DovetailPackage.Literals.DOVETAIL_MODEL__WORK_AS_DONE);
			childrenFeatures.add(DovetailPackage.Literals.DOVETAIL_MODEL__IMPLEMENTATION_PLANS);
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
	 * This returns DovetailModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/DovetailModel"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((DovetailModel)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_DovetailModel_type") :
			getString("_UI_DovetailModel_type") + " " + label;
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

		switch (notification.getFeatureID(DovetailModel.class)) {
			case DovetailPackage.DOVETAIL_MODEL__VERSION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case DovetailPackage.DOVETAIL_MODEL__PEOPLE:
			case DovetailPackage.DOVETAIL_MODEL__PROCESS_DOMAIN:
			case DovetailPackage.DOVETAIL_MODEL__DIGITAL_DOMAIN:
			case DovetailPackage.DOVETAIL_MODEL__GOVERNANCE:
			case DovetailPackage.DOVETAIL_MODEL__WORK_AS_DONE:
			case DovetailPackage.DOVETAIL_MODEL__IMPLEMENTATION_PLANS:
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
				(DovetailPackage.Literals.DOVETAIL_MODEL__PEOPLE,
				 DovetailFactory.eINSTANCE.createPerson()));

		newChildDescriptors.add
			(createChildParameter
				(DovetailPackage.Literals.DOVETAIL_MODEL__PROCESS_DOMAIN,
				 ProcessFactory.eINSTANCE.createProcessDomain()));

		newChildDescriptors.add
			(createChildParameter
				(DovetailPackage.Literals.DOVETAIL_MODEL__DIGITAL_DOMAIN,
				 DigitalFactory.eINSTANCE.createDigitalDomain()));

		newChildDescriptors.add
			(createChildParameter
				(DovetailPackage.Literals.DOVETAIL_MODEL__GOVERNANCE,
				 GovernanceFactory.eINSTANCE.createGovernanceModel()));

		newChildDescriptors.add
			(createChildParameter
				(DovetailPackage.Literals.DOVETAIL_MODEL__WORK_AS_DONE,
				 WorkAsDoneFactory.eINSTANCE.createWorkAsDone()));

		newChildDescriptors.add
			(createChildParameter
				(DovetailPackage.Literals.DOVETAIL_MODEL__IMPLEMENTATION_PLANS,
				 ImplementationFactory.eINSTANCE.createImplementationPlan()));
	}

}
