/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital;

import org.dovetail.model.Owned;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Information System</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A system that enforces work: an ERP, a workflow tool, a CRM.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.digital.InformationSystem#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.dovetail.model.digital.InformationSystem#getProduct <em>Product</em>}</li>
 *   <li>{@link org.dovetail.model.digital.InformationSystem#getWorkflows <em>Workflows</em>}</li>
 *   <li>{@link org.dovetail.model.digital.InformationSystem#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.dovetail.model.digital.InformationSystem#getPermissions <em>Permissions</em>}</li>
 *   <li>{@link org.dovetail.model.digital.InformationSystem#getDataFields <em>Data Fields</em>}</li>
 *   <li>{@link org.dovetail.model.digital.InformationSystem#getAutomations <em>Automations</em>}</li>
 *   <li>{@link org.dovetail.model.digital.InformationSystem#getReports <em>Reports</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.digital.DigitalPackage#getInformationSystem()
 * @model
 * @generated
 */
public interface InformationSystem extends DigitalElement, Owned {
	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The product vendor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see org.dovetail.model.digital.DigitalPackage#getInformationSystem_Vendor()
	 * @model
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.InformationSystem#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

	/**
	 * Returns the value of the '<em><b>Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The product and version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product</em>' attribute.
	 * @see #setProduct(String)
	 * @see org.dovetail.model.digital.DigitalPackage#getInformationSystem_Product()
	 * @model
	 * @generated
	 */
	String getProduct();

	/**
	 * Sets the value of the '{@link org.dovetail.model.digital.InformationSystem#getProduct <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product</em>' attribute.
	 * @see #getProduct()
	 * @generated
	 */
	void setProduct(String value);

	/**
	 * Returns the value of the '<em><b>Workflows</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.Workflow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The configured workflows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Workflows</em>' containment reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getInformationSystem_Workflows()
	 * @model containment="true"
	 * @generated
	 */
	EList<Workflow> getWorkflows();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.SystemRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system's own roles or user groups.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getInformationSystem_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<SystemRole> getRoles();

	/**
	 * Returns the value of the '<em><b>Permissions</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.Permission}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The permissions configured in the system.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Permissions</em>' containment reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getInformationSystem_Permissions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Permission> getPermissions();

	/**
	 * Returns the value of the '<em><b>Data Fields</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.DataField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data fields the system holds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Fields</em>' containment reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getInformationSystem_DataFields()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataField> getDataFields();

	/**
	 * Returns the value of the '<em><b>Automations</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.Automation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rules, jobs and AI recommendations running in the system.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Automations</em>' containment reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getInformationSystem_Automations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Automation> getAutomations();

	/**
	 * Returns the value of the '<em><b>Reports</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.digital.Report}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reports the system produces.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reports</em>' containment reference list.
	 * @see org.dovetail.model.digital.DigitalPackage#getInformationSystem_Reports()
	 * @model containment="true"
	 * @generated
	 */
	EList<Report> getReports();

} // InformationSystem
