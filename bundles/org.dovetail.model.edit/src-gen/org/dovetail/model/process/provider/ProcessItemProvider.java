/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process.provider;


import java.util.Collection;
import java.util.List;

import org.dovetail.model.DovetailPackage;

import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.ProcessPackage;

import org.dovetail.model.provider.DovetailEditPlugin;
import org.dovetail.model.provider.ElementItemProvider;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.dovetail.model.process.Process} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProcessItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProcessItemProvider(AdapterFactory adapterFactory) {
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
			addPoliciesPropertyDescriptor(object);
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
	 * This adds a property descriptor for the Policies feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPoliciesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Process_policies_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Process_policies_feature", "_UI_Process_type"),
				 ProcessPackage.Literals.PROCESS__POLICIES,
				 true,
				 false,
				 true,
				 null,
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
			childrenFeatures.add(ProcessPackage.Literals.PROCESS__STEPS);
			childrenFeatures.add(ProcessPackage.Literals.PROCESS__FLOWS);
			childrenFeatures.add(ProcessPackage.Literals.PROCESS__TRIGGERS);
			childrenFeatures.add(ProcessPackage.Literals.PROCESS__DECISION_RIGHTS);
			childrenFeatures.add(ProcessPackage.Literals.PROCESS__STAGES);
			childrenFeatures.add(ProcessPackage.Literals.PROCESS__EXCEPTION_PATHS);
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
	 * This returns Process.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Process"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((org.dovetail.model.process.Process)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Process_type") :
			getString("_UI_Process_type") + " " + label;
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

		switch (notification.getFeatureID(org.dovetail.model.process.Process.class)) {
			case ProcessPackage.PROCESS__STEPS:
			case ProcessPackage.PROCESS__FLOWS:
			case ProcessPackage.PROCESS__TRIGGERS:
			case ProcessPackage.PROCESS__DECISION_RIGHTS:
			case ProcessPackage.PROCESS__STAGES:
			case ProcessPackage.PROCESS__EXCEPTION_PATHS:
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
				(ProcessPackage.Literals.PROCESS__STEPS,
				 ProcessFactory.eINSTANCE.createTask()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.PROCESS__STEPS,
				 ProcessFactory.eINSTANCE.createApproval()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.PROCESS__STEPS,
				 ProcessFactory.eINSTANCE.createDecision()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.PROCESS__STEPS,
				 ProcessFactory.eINSTANCE.createReview()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.PROCESS__STEPS,
				 ProcessFactory.eINSTANCE.createHandoff()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.PROCESS__STEPS,
				 ProcessFactory.eINSTANCE.createCheck()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.PROCESS__FLOWS,
				 ProcessFactory.eINSTANCE.createFlow()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.PROCESS__TRIGGERS,
				 ProcessFactory.eINSTANCE.createTrigger()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.PROCESS__DECISION_RIGHTS,
				 ProcessFactory.eINSTANCE.createDecisionRight()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.PROCESS__STAGES,
				 ProcessFactory.eINSTANCE.createStage()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.PROCESS__EXCEPTION_PATHS,
				 ProcessFactory.eINSTANCE.createExceptionPath()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return DovetailEditPlugin.INSTANCE;
	}

}
