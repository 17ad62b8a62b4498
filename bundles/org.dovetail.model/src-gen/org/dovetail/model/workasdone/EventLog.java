/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone;

import java.util.Date;

import org.dovetail.model.Element;

import org.dovetail.model.digital.InformationSystem;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Event Log</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An event log from a system (XES or CSV), checked against the modelled process; holds the summary, not the raw events.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.workasdone.EventLog#getFormat <em>Format</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.EventLog#getSource <em>Source</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.EventLog#getSystem <em>System</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.EventLog#getProcess <em>Process</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.EventLog#getImportedOn <em>Imported On</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.EventLog#getCaseCount <em>Case Count</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.EventLog#getEventCount <em>Event Count</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.EventLog#getActivityMappings <em>Activity Mappings</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.EventLog#getDeviations <em>Deviations</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getEventLog()
 * @model
 * @generated
 */
public interface EventLog extends Element {
	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link org.dovetail.model.workasdone.LogFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file format.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.dovetail.model.workasdone.LogFormat
	 * @see #setFormat(LogFormat)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getEventLog_Format()
	 * @model
	 * @generated
	 */
	LogFormat getFormat();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.EventLog#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.dovetail.model.workasdone.LogFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(LogFormat value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the log came from (file or extract name).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getEventLog_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.EventLog#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>System</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system that wrote the log.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System</em>' reference.
	 * @see #setSystem(InformationSystem)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getEventLog_System()
	 * @model
	 * @generated
	 */
	InformationSystem getSystem();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.EventLog#getSystem <em>System</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System</em>' reference.
	 * @see #getSystem()
	 * @generated
	 */
	void setSystem(InformationSystem value);

	/**
	 * Returns the value of the '<em><b>Process</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The process the log is checked against.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Process</em>' reference.
	 * @see #setProcess(org.dovetail.model.process.Process)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getEventLog_Process()
	 * @model
	 * @generated
	 */
	org.dovetail.model.process.Process getProcess();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.EventLog#getProcess <em>Process</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process</em>' reference.
	 * @see #getProcess()
	 * @generated
	 */
	void setProcess(org.dovetail.model.process.Process value);

	/**
	 * Returns the value of the '<em><b>Imported On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was imported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Imported On</em>' attribute.
	 * @see #setImportedOn(Date)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getEventLog_ImportedOn()
	 * @model
	 * @generated
	 */
	Date getImportedOn();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.EventLog#getImportedOn <em>Imported On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported On</em>' attribute.
	 * @see #getImportedOn()
	 * @generated
	 */
	void setImportedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Case Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of cases in the log.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Case Count</em>' attribute.
	 * @see #setCaseCount(int)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getEventLog_CaseCount()
	 * @model
	 * @generated
	 */
	int getCaseCount();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.EventLog#getCaseCount <em>Case Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Count</em>' attribute.
	 * @see #getCaseCount()
	 * @generated
	 */
	void setCaseCount(int value);

	/**
	 * Returns the value of the '<em><b>Event Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of events in the log.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Event Count</em>' attribute.
	 * @see #setEventCount(int)
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getEventLog_EventCount()
	 * @model
	 * @generated
	 */
	int getEventCount();

	/**
	 * Sets the value of the '{@link org.dovetail.model.workasdone.EventLog#getEventCount <em>Event Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Count</em>' attribute.
	 * @see #getEventCount()
	 * @generated
	 */
	void setEventCount(int value);

	/**
	 * Returns the value of the '<em><b>Activity Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.workasdone.ActivityMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which log activity is which step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activity Mappings</em>' containment reference list.
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getEventLog_ActivityMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ActivityMapping> getActivityMappings();

	/**
	 * Returns the value of the '<em><b>Deviations</b></em>' containment reference list.
	 * The list contents are of type {@link org.dovetail.model.workasdone.Deviation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the log departs from the model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deviations</em>' containment reference list.
	 * @see org.dovetail.model.workasdone.WorkAsDonePackage#getEventLog_Deviations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Deviation> getDeviations();

} // EventLog
