/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance.provider;


import java.util.Collection;
import java.util.List;

import org.dovetail.model.governance.GovernanceFactory;
import org.dovetail.model.governance.GovernanceModel;
import org.dovetail.model.governance.GovernancePackage;

import org.dovetail.model.provider.DovetailEditPlugin;
import org.dovetail.model.provider.ElementItemProvider;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.dovetail.model.governance.GovernanceModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class GovernanceModelItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceModelItemProvider(AdapterFactory adapterFactory) {
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

		}
		return itemPropertyDescriptors;
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
			childrenFeatures.add(GovernancePackage.Literals.GOVERNANCE_MODEL__MAPPINGS);
			childrenFeatures.add(GovernancePackage.Literals.GOVERNANCE_MODEL__FINDINGS);
			childrenFeatures.add(GovernancePackage.Literals.GOVERNANCE_MODEL__WAIVERS);
			childrenFeatures.add(GovernancePackage.Literals.GOVERNANCE_MODEL__BOARDS);
			childrenFeatures.add(GovernancePackage.Literals.GOVERNANCE_MODEL__BASELINES);
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
	 * This returns GovernanceModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/GovernanceModel"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((GovernanceModel)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_GovernanceModel_type") :
			getString("_UI_GovernanceModel_type") + " " + label;
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

		switch (notification.getFeatureID(GovernanceModel.class)) {
			case GovernancePackage.GOVERNANCE_MODEL__MAPPINGS:
			case GovernancePackage.GOVERNANCE_MODEL__FINDINGS:
			case GovernancePackage.GOVERNANCE_MODEL__WAIVERS:
			case GovernancePackage.GOVERNANCE_MODEL__BOARDS:
			case GovernancePackage.GOVERNANCE_MODEL__BASELINES:
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
				(GovernancePackage.Literals.GOVERNANCE_MODEL__MAPPINGS,
				 GovernanceFactory.eINSTANCE.createStepStateMapping()));

		newChildDescriptors.add
			(createChildParameter
				(GovernancePackage.Literals.GOVERNANCE_MODEL__MAPPINGS,
				 GovernanceFactory.eINSTANCE.createDecisionPermissionMapping()));

		newChildDescriptors.add
			(createChildParameter
				(GovernancePackage.Literals.GOVERNANCE_MODEL__MAPPINGS,
				 GovernanceFactory.eINSTANCE.createEvidenceFieldMapping()));

		newChildDescriptors.add
			(createChildParameter
				(GovernancePackage.Literals.GOVERNANCE_MODEL__MAPPINGS,
				 GovernanceFactory.eINSTANCE.createExceptionHandlingMapping()));

		newChildDescriptors.add
			(createChildParameter
				(GovernancePackage.Literals.GOVERNANCE_MODEL__MAPPINGS,
				 GovernanceFactory.eINSTANCE.createPolicyControlMapping()));

		newChildDescriptors.add
			(createChildParameter
				(GovernancePackage.Literals.GOVERNANCE_MODEL__MAPPINGS,
				 GovernanceFactory.eINSTANCE.createControlImplementationMapping()));

		newChildDescriptors.add
			(createChildParameter
				(GovernancePackage.Literals.GOVERNANCE_MODEL__MAPPINGS,
				 GovernanceFactory.eINSTANCE.createArtifactReplacementMapping()));

		newChildDescriptors.add
			(createChildParameter
				(GovernancePackage.Literals.GOVERNANCE_MODEL__MAPPINGS,
				 GovernanceFactory.eINSTANCE.createRoleMapping()));

		newChildDescriptors.add
			(createChildParameter
				(GovernancePackage.Literals.GOVERNANCE_MODEL__FINDINGS,
				 GovernanceFactory.eINSTANCE.createFinding()));

		newChildDescriptors.add
			(createChildParameter
				(GovernancePackage.Literals.GOVERNANCE_MODEL__WAIVERS,
				 GovernanceFactory.eINSTANCE.createWaiver()));

		newChildDescriptors.add
			(createChildParameter
				(GovernancePackage.Literals.GOVERNANCE_MODEL__BOARDS,
				 GovernanceFactory.eINSTANCE.createGovernanceBoard()));

		newChildDescriptors.add
			(createChildParameter
				(GovernancePackage.Literals.GOVERNANCE_MODEL__BASELINES,
				 GovernanceFactory.eINSTANCE.createBaseline()));
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
