/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital.impl;

import java.util.Collection;

import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Owned;
import org.dovetail.model.Party;

import org.dovetail.model.digital.Automation;
import org.dovetail.model.digital.DataField;
import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.Report;
import org.dovetail.model.digital.SystemRole;
import org.dovetail.model.digital.Workflow;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Information System</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.digital.impl.InformationSystemImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.InformationSystemImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.InformationSystemImpl#getProduct <em>Product</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.InformationSystemImpl#getWorkflows <em>Workflows</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.InformationSystemImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.InformationSystemImpl#getPermissions <em>Permissions</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.InformationSystemImpl#getDataFields <em>Data Fields</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.InformationSystemImpl#getAutomations <em>Automations</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.InformationSystemImpl#getReports <em>Reports</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InformationSystemImpl extends DigitalElementImpl implements InformationSystem {
	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Party owner;

	/**
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected String vendor = VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getProduct() <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProduct() <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected String product = PRODUCT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWorkflows() <em>Workflows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkflows()
	 * @generated
	 * @ordered
	 */
	protected EList<Workflow> workflows;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<SystemRole> roles;

	/**
	 * The cached value of the '{@link #getPermissions() <em>Permissions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPermissions()
	 * @generated
	 * @ordered
	 */
	protected EList<Permission> permissions;

	/**
	 * The cached value of the '{@link #getDataFields() <em>Data Fields</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataFields()
	 * @generated
	 * @ordered
	 */
	protected EList<DataField> dataFields;

	/**
	 * The cached value of the '{@link #getAutomations() <em>Automations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutomations()
	 * @generated
	 * @ordered
	 */
	protected EList<Automation> automations;

	/**
	 * The cached value of the '{@link #getReports() <em>Reports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReports()
	 * @generated
	 * @ordered
	 */
	protected EList<Report> reports;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InformationSystemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DigitalPackage.Literals.INFORMATION_SYSTEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Party)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DigitalPackage.INFORMATION_SYSTEM__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Party basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Party newOwner) {
		Party oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.INFORMATION_SYSTEM__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendor() {
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(String newVendor) {
		String oldVendor = vendor;
		vendor = newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.INFORMATION_SYSTEM__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProduct() {
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProduct(String newProduct) {
		String oldProduct = product;
		product = newProduct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.INFORMATION_SYSTEM__PRODUCT, oldProduct, product));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Workflow> getWorkflows() {
		if (workflows == null) {
			workflows = new EObjectContainmentEList<Workflow>(Workflow.class, this, DigitalPackage.INFORMATION_SYSTEM__WORKFLOWS);
		}
		return workflows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SystemRole> getRoles() {
		if (roles == null) {
			roles = new EObjectContainmentEList<SystemRole>(SystemRole.class, this, DigitalPackage.INFORMATION_SYSTEM__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Permission> getPermissions() {
		if (permissions == null) {
			permissions = new EObjectContainmentEList<Permission>(Permission.class, this, DigitalPackage.INFORMATION_SYSTEM__PERMISSIONS);
		}
		return permissions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataField> getDataFields() {
		if (dataFields == null) {
			dataFields = new EObjectContainmentEList<DataField>(DataField.class, this, DigitalPackage.INFORMATION_SYSTEM__DATA_FIELDS);
		}
		return dataFields;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Automation> getAutomations() {
		if (automations == null) {
			automations = new EObjectContainmentEList<Automation>(Automation.class, this, DigitalPackage.INFORMATION_SYSTEM__AUTOMATIONS);
		}
		return automations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Report> getReports() {
		if (reports == null) {
			reports = new EObjectContainmentEList<Report>(Report.class, this, DigitalPackage.INFORMATION_SYSTEM__REPORTS);
		}
		return reports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DigitalPackage.INFORMATION_SYSTEM__WORKFLOWS:
				return ((InternalEList<?>)getWorkflows()).basicRemove(otherEnd, msgs);
			case DigitalPackage.INFORMATION_SYSTEM__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
			case DigitalPackage.INFORMATION_SYSTEM__PERMISSIONS:
				return ((InternalEList<?>)getPermissions()).basicRemove(otherEnd, msgs);
			case DigitalPackage.INFORMATION_SYSTEM__DATA_FIELDS:
				return ((InternalEList<?>)getDataFields()).basicRemove(otherEnd, msgs);
			case DigitalPackage.INFORMATION_SYSTEM__AUTOMATIONS:
				return ((InternalEList<?>)getAutomations()).basicRemove(otherEnd, msgs);
			case DigitalPackage.INFORMATION_SYSTEM__REPORTS:
				return ((InternalEList<?>)getReports()).basicRemove(otherEnd, msgs);
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
			case DigitalPackage.INFORMATION_SYSTEM__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case DigitalPackage.INFORMATION_SYSTEM__VENDOR:
				return getVendor();
			case DigitalPackage.INFORMATION_SYSTEM__PRODUCT:
				return getProduct();
			case DigitalPackage.INFORMATION_SYSTEM__WORKFLOWS:
				return getWorkflows();
			case DigitalPackage.INFORMATION_SYSTEM__ROLES:
				return getRoles();
			case DigitalPackage.INFORMATION_SYSTEM__PERMISSIONS:
				return getPermissions();
			case DigitalPackage.INFORMATION_SYSTEM__DATA_FIELDS:
				return getDataFields();
			case DigitalPackage.INFORMATION_SYSTEM__AUTOMATIONS:
				return getAutomations();
			case DigitalPackage.INFORMATION_SYSTEM__REPORTS:
				return getReports();
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
			case DigitalPackage.INFORMATION_SYSTEM__OWNER:
				setOwner((Party)newValue);
				return;
			case DigitalPackage.INFORMATION_SYSTEM__VENDOR:
				setVendor((String)newValue);
				return;
			case DigitalPackage.INFORMATION_SYSTEM__PRODUCT:
				setProduct((String)newValue);
				return;
			case DigitalPackage.INFORMATION_SYSTEM__WORKFLOWS:
				getWorkflows().clear();
				getWorkflows().addAll((Collection<? extends Workflow>)newValue);
				return;
			case DigitalPackage.INFORMATION_SYSTEM__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends SystemRole>)newValue);
				return;
			case DigitalPackage.INFORMATION_SYSTEM__PERMISSIONS:
				getPermissions().clear();
				getPermissions().addAll((Collection<? extends Permission>)newValue);
				return;
			case DigitalPackage.INFORMATION_SYSTEM__DATA_FIELDS:
				getDataFields().clear();
				getDataFields().addAll((Collection<? extends DataField>)newValue);
				return;
			case DigitalPackage.INFORMATION_SYSTEM__AUTOMATIONS:
				getAutomations().clear();
				getAutomations().addAll((Collection<? extends Automation>)newValue);
				return;
			case DigitalPackage.INFORMATION_SYSTEM__REPORTS:
				getReports().clear();
				getReports().addAll((Collection<? extends Report>)newValue);
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
			case DigitalPackage.INFORMATION_SYSTEM__OWNER:
				setOwner((Party)null);
				return;
			case DigitalPackage.INFORMATION_SYSTEM__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case DigitalPackage.INFORMATION_SYSTEM__PRODUCT:
				setProduct(PRODUCT_EDEFAULT);
				return;
			case DigitalPackage.INFORMATION_SYSTEM__WORKFLOWS:
				getWorkflows().clear();
				return;
			case DigitalPackage.INFORMATION_SYSTEM__ROLES:
				getRoles().clear();
				return;
			case DigitalPackage.INFORMATION_SYSTEM__PERMISSIONS:
				getPermissions().clear();
				return;
			case DigitalPackage.INFORMATION_SYSTEM__DATA_FIELDS:
				getDataFields().clear();
				return;
			case DigitalPackage.INFORMATION_SYSTEM__AUTOMATIONS:
				getAutomations().clear();
				return;
			case DigitalPackage.INFORMATION_SYSTEM__REPORTS:
				getReports().clear();
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
			case DigitalPackage.INFORMATION_SYSTEM__OWNER:
				return owner != null;
			case DigitalPackage.INFORMATION_SYSTEM__VENDOR:
				return VENDOR_EDEFAULT == null ? vendor != null : !VENDOR_EDEFAULT.equals(vendor);
			case DigitalPackage.INFORMATION_SYSTEM__PRODUCT:
				return PRODUCT_EDEFAULT == null ? product != null : !PRODUCT_EDEFAULT.equals(product);
			case DigitalPackage.INFORMATION_SYSTEM__WORKFLOWS:
				return workflows != null && !workflows.isEmpty();
			case DigitalPackage.INFORMATION_SYSTEM__ROLES:
				return roles != null && !roles.isEmpty();
			case DigitalPackage.INFORMATION_SYSTEM__PERMISSIONS:
				return permissions != null && !permissions.isEmpty();
			case DigitalPackage.INFORMATION_SYSTEM__DATA_FIELDS:
				return dataFields != null && !dataFields.isEmpty();
			case DigitalPackage.INFORMATION_SYSTEM__AUTOMATIONS:
				return automations != null && !automations.isEmpty();
			case DigitalPackage.INFORMATION_SYSTEM__REPORTS:
				return reports != null && !reports.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == Owned.class) {
			switch (derivedFeatureID) {
				case DigitalPackage.INFORMATION_SYSTEM__OWNER: return DovetailPackage.OWNED__OWNER;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == Owned.class) {
			switch (baseFeatureID) {
				case DovetailPackage.OWNED__OWNER: return DigitalPackage.INFORMATION_SYSTEM__OWNER;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
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
		result.append(" (vendor: ");
		result.append(vendor);
		result.append(", product: ");
		result.append(product);
		result.append(')');
		return result.toString();
	}

} //InformationSystemImpl
