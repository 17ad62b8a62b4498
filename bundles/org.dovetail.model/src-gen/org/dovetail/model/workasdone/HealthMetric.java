/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone;

import org.dovetail.model.Element;
import org.dovetail.model.Owned;

import org.dovetail.model.digital.DigitalElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Health Metric</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A process-health metric (cycle time, first-time-right, exception rate) and where its data comes from.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.workasdone.HealthMetric#getKind <em>Kind</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.HealthMetric#getProcess <em>Process</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.HealthMetric#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.HealthMetric#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.HealthMetric#getTarget <em>Target</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.HealthMetric#getCurrent <em>Current</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getHealthMetric()
 * @model
 * @generated
 */
public interface HealthMetric extends Element, Owned {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.workasdone.MetricKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the metric measures.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.dovetail.model.workasdone.MetricKind
	 * @see #setKind(MetricKind)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getHealthMetric_Kind()
	 * @model
	 * @generated
	 */
	MetricKind getKind();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.HealthMetric#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.dovetail.model.workasdone.MetricKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MetricKind value);

	/**
	 * Returns the value of the '<em><b>Process</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The process it measures.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Process</em>' reference.
	 * @see #setProcess(org.dovetail.model.process.Process)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getHealthMetric_Process()
	 * @model required="true"
	 * @generated
	 */
	org.dovetail.model.process.Process getProcess();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.HealthMetric#getProcess <em>Process</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process</em>' reference.
	 * @see #getProcess()
	 * @generated
	 */
	void setProcess(org.dovetail.model.process.Process value);

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the data comes from (a report or a field).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Source</em>' reference.
	 * @see #setDataSource(DigitalElement)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getHealthMetric_DataSource()
	 * @model
	 * @generated
	 */
	DigitalElement getDataSource();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.HealthMetric#getDataSource <em>Data Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' reference.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(DigitalElement value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit of measure.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getHealthMetric_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.HealthMetric#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(Double)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getHealthMetric_Target()
	 * @model
	 * @generated
	 */
	Double getTarget();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.HealthMetric#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Double value);

	/**
	 * Returns the value of the '<em><b>Current</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The latest measured value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Current</em>' attribute.
	 * @see #setCurrent(Double)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getHealthMetric_Current()
	 * @model
	 * @generated
	 */
	Double getCurrent();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.HealthMetric#getCurrent <em>Current</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current</em>' attribute.
	 * @see #getCurrent()
	 * @generated
	 */
	void setCurrent(Double value);

} // HealthMetric
