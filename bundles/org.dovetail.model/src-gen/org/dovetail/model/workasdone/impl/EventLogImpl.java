/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.workasdone.impl;

import java.util.Collection;
import java.util.Date;

import org.dovetail.model.digital.InformationSystem;

import org.dovetail.model.impl.ElementImpl;

import org.dovetail.model.workasdone.ActivityMapping;
import org.dovetail.model.workasdone.Deviation;
import org.dovetail.model.workasdone.EventLog;
import org.dovetail.model.workasdone.LogFormat;
import org.dovetail.model.workasdone.WorkAsDonePackage;

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
 * An implementation of the model object '<em><b>Event Log</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.workasdone.impl.EventLogImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.EventLogImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.EventLogImpl#getSystem <em>System</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.EventLogImpl#getProcess <em>Process</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.EventLogImpl#getImportedOn <em>Imported On</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.EventLogImpl#getCaseCount <em>Case Count</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.EventLogImpl#getEventCount <em>Event Count</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.EventLogImpl#getActivityMappings <em>Activity Mappings</em>}</li>
 *   <li>{@link org.dovetail.model.workasdone.impl.EventLogImpl#getDeviations <em>Deviations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EventLogImpl extends ElementImpl implements EventLog {
	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final LogFormat FORMAT_EDEFAULT = LogFormat.XES;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected LogFormat format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSystem() <em>System</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystem()
	 * @generated
	 * @ordered
	 */
	protected InformationSystem system;

	/**
	 * The cached value of the '{@link #getProcess() <em>Process</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcess()
	 * @generated
	 * @ordered
	 */
	protected org.dovetail.model.process.Process process;

	/**
	 * The default value of the '{@link #getImportedOn() <em>Imported On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date IMPORTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImportedOn() <em>Imported On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedOn()
	 * @generated
	 * @ordered
	 */
	protected Date importedOn = IMPORTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaseCount() <em>Case Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseCount()
	 * @generated
	 * @ordered
	 */
	protected static final int CASE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCaseCount() <em>Case Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseCount()
	 * @generated
	 * @ordered
	 */
	protected int caseCount = CASE_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEventCount() <em>Event Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventCount()
	 * @generated
	 * @ordered
	 */
	protected static final int EVENT_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEventCount() <em>Event Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventCount()
	 * @generated
	 * @ordered
	 */
	protected int eventCount = EVENT_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getActivityMappings() <em>Activity Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivityMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<ActivityMapping> activityMappings;

	/**
	 * The cached value of the '{@link #getDeviations() <em>Deviations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviations()
	 * @generated
	 * @ordered
	 */
	protected EList<Deviation> deviations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EventLogImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkAsDonePackage.Literals.EVENT_LOG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(LogFormat newFormat) {
		LogFormat oldFormat = format;
		format = newFormat == null ? FORMAT_EDEFAULT : newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.EVENT_LOG__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.EVENT_LOG__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InformationSystem getSystem() {
		if (system != null && system.eIsProxy()) {
			InternalEObject oldSystem = (InternalEObject)system;
			system = (InformationSystem)eResolveProxy(oldSystem);
			if (system != oldSystem) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WorkAsDonePackage.EVENT_LOG__SYSTEM, oldSystem, system));
			}
		}
		return system;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InformationSystem basicGetSystem() {
		return system;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystem(InformationSystem newSystem) {
		InformationSystem oldSystem = system;
		system = newSystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.EVENT_LOG__SYSTEM, oldSystem, system));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public org.dovetail.model.process.Process getProcess() {
		if (process != null && process.eIsProxy()) {
			InternalEObject oldProcess = (InternalEObject)process;
			process = (org.dovetail.model.process.Process)eResolveProxy(oldProcess);
			if (process != oldProcess) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WorkAsDonePackage.EVENT_LOG__PROCESS, oldProcess, process));
			}
		}
		return process;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public org.dovetail.model.process.Process basicGetProcess() {
		return process;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcess(org.dovetail.model.process.Process newProcess) {
		org.dovetail.model.process.Process oldProcess = process;
		process = newProcess;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.EVENT_LOG__PROCESS, oldProcess, process));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getImportedOn() {
		return importedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportedOn(Date newImportedOn) {
		Date oldImportedOn = importedOn;
		importedOn = newImportedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.EVENT_LOG__IMPORTED_ON, oldImportedOn, importedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCaseCount() {
		return caseCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseCount(int newCaseCount) {
		int oldCaseCount = caseCount;
		caseCount = newCaseCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.EVENT_LOG__CASE_COUNT, oldCaseCount, caseCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEventCount() {
		return eventCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventCount(int newEventCount) {
		int oldEventCount = eventCount;
		eventCount = newEventCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkAsDonePackage.EVENT_LOG__EVENT_COUNT, oldEventCount, eventCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ActivityMapping> getActivityMappings() {
		if (activityMappings == null) {
			activityMappings = new EObjectContainmentEList<ActivityMapping>(ActivityMapping.class, this, WorkAsDonePackage.EVENT_LOG__ACTIVITY_MAPPINGS);
		}
		return activityMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Deviation> getDeviations() {
		if (deviations == null) {
			deviations = new EObjectContainmentEList<Deviation>(Deviation.class, this, WorkAsDonePackage.EVENT_LOG__DEVIATIONS);
		}
		return deviations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WorkAsDonePackage.EVENT_LOG__ACTIVITY_MAPPINGS:
				return ((InternalEList<?>)getActivityMappings()).basicRemove(otherEnd, msgs);
			case WorkAsDonePackage.EVENT_LOG__DEVIATIONS:
				return ((InternalEList<?>)getDeviations()).basicRemove(otherEnd, msgs);
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
			case WorkAsDonePackage.EVENT_LOG__FORMAT:
				return getFormat();
			case WorkAsDonePackage.EVENT_LOG__SOURCE:
				return getSource();
			case WorkAsDonePackage.EVENT_LOG__SYSTEM:
				if (resolve) return getSystem();
				return basicGetSystem();
			case WorkAsDonePackage.EVENT_LOG__PROCESS:
				if (resolve) return getProcess();
				return basicGetProcess();
			case WorkAsDonePackage.EVENT_LOG__IMPORTED_ON:
				return getImportedOn();
			case WorkAsDonePackage.EVENT_LOG__CASE_COUNT:
				return getCaseCount();
			case WorkAsDonePackage.EVENT_LOG__EVENT_COUNT:
				return getEventCount();
			case WorkAsDonePackage.EVENT_LOG__ACTIVITY_MAPPINGS:
				return getActivityMappings();
			case WorkAsDonePackage.EVENT_LOG__DEVIATIONS:
				return getDeviations();
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
			case WorkAsDonePackage.EVENT_LOG__FORMAT:
				setFormat((LogFormat)newValue);
				return;
			case WorkAsDonePackage.EVENT_LOG__SOURCE:
				setSource((String)newValue);
				return;
			case WorkAsDonePackage.EVENT_LOG__SYSTEM:
				setSystem((InformationSystem)newValue);
				return;
			case WorkAsDonePackage.EVENT_LOG__PROCESS:
				setProcess((org.dovetail.model.process.Process)newValue);
				return;
			case WorkAsDonePackage.EVENT_LOG__IMPORTED_ON:
				setImportedOn((Date)newValue);
				return;
			case WorkAsDonePackage.EVENT_LOG__CASE_COUNT:
				setCaseCount((Integer)newValue);
				return;
			case WorkAsDonePackage.EVENT_LOG__EVENT_COUNT:
				setEventCount((Integer)newValue);
				return;
			case WorkAsDonePackage.EVENT_LOG__ACTIVITY_MAPPINGS:
				getActivityMappings().clear();
				getActivityMappings().addAll((Collection<? extends ActivityMapping>)newValue);
				return;
			case WorkAsDonePackage.EVENT_LOG__DEVIATIONS:
				getDeviations().clear();
				getDeviations().addAll((Collection<? extends Deviation>)newValue);
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
			case WorkAsDonePackage.EVENT_LOG__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case WorkAsDonePackage.EVENT_LOG__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case WorkAsDonePackage.EVENT_LOG__SYSTEM:
				setSystem((InformationSystem)null);
				return;
			case WorkAsDonePackage.EVENT_LOG__PROCESS:
				setProcess((org.dovetail.model.process.Process)null);
				return;
			case WorkAsDonePackage.EVENT_LOG__IMPORTED_ON:
				setImportedOn(IMPORTED_ON_EDEFAULT);
				return;
			case WorkAsDonePackage.EVENT_LOG__CASE_COUNT:
				setCaseCount(CASE_COUNT_EDEFAULT);
				return;
			case WorkAsDonePackage.EVENT_LOG__EVENT_COUNT:
				setEventCount(EVENT_COUNT_EDEFAULT);
				return;
			case WorkAsDonePackage.EVENT_LOG__ACTIVITY_MAPPINGS:
				getActivityMappings().clear();
				return;
			case WorkAsDonePackage.EVENT_LOG__DEVIATIONS:
				getDeviations().clear();
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
			case WorkAsDonePackage.EVENT_LOG__FORMAT:
				return format != FORMAT_EDEFAULT;
			case WorkAsDonePackage.EVENT_LOG__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case WorkAsDonePackage.EVENT_LOG__SYSTEM:
				return system != null;
			case WorkAsDonePackage.EVENT_LOG__PROCESS:
				return process != null;
			case WorkAsDonePackage.EVENT_LOG__IMPORTED_ON:
				return IMPORTED_ON_EDEFAULT == null ? importedOn != null : !IMPORTED_ON_EDEFAULT.equals(importedOn);
			case WorkAsDonePackage.EVENT_LOG__CASE_COUNT:
				return caseCount != CASE_COUNT_EDEFAULT;
			case WorkAsDonePackage.EVENT_LOG__EVENT_COUNT:
				return eventCount != EVENT_COUNT_EDEFAULT;
			case WorkAsDonePackage.EVENT_LOG__ACTIVITY_MAPPINGS:
				return activityMappings != null && !activityMappings.isEmpty();
			case WorkAsDonePackage.EVENT_LOG__DEVIATIONS:
				return deviations != null && !deviations.isEmpty();
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
		result.append(" (format: ");
		result.append(format);
		result.append(", source: ");
		result.append(source);
		result.append(", importedOn: ");
		result.append(importedOn);
		result.append(", caseCount: ");
		result.append(caseCount);
		result.append(", eventCount: ");
		result.append(eventCount);
		result.append(')');
		return result.toString();
	}

} //EventLogImpl
