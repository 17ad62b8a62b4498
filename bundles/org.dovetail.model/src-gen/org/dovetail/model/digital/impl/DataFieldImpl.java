/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.digital.impl;

import java.util.Collection;

import org.dovetail.model.Cadence;
import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Owned;
import org.dovetail.model.Party;

import org.dovetail.model.digital.DataField;
import org.dovetail.model.digital.DataType;
import org.dovetail.model.digital.DigitalPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Field</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.digital.impl.DataFieldImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.DataFieldImpl#getEntity <em>Entity</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.DataFieldImpl#getDataType <em>Data Type</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.DataFieldImpl#isMandatory <em>Mandatory</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.DataFieldImpl#isValidated <em>Validated</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.DataFieldImpl#getFreshness <em>Freshness</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.DataFieldImpl#isSourceOfTruth <em>Source Of Truth</em>}</li>
 *   <li>{@link org.dovetail.model.digital.impl.DataFieldImpl#getSameDataAs <em>Same Data As</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataFieldImpl extends DigitalElementImpl implements DataField {
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
	 * The default value of the '{@link #getEntity() <em>Entity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntity()
	 * @generated
	 * @ordered
	 */
	protected static final String ENTITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEntity() <em>Entity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntity()
	 * @generated
	 * @ordered
	 */
	protected String entity = ENTITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataType() <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataType()
	 * @generated
	 * @ordered
	 */
	protected static final DataType DATA_TYPE_EDEFAULT = DataType.TEXT;

	/**
	 * The cached value of the '{@link #getDataType() <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataType()
	 * @generated
	 * @ordered
	 */
	protected DataType dataType = DATA_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #isMandatory() <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMandatory()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MANDATORY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMandatory() <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMandatory()
	 * @generated
	 * @ordered
	 */
	protected boolean mandatory = MANDATORY_EDEFAULT;

	/**
	 * The default value of the '{@link #isValidated() <em>Validated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isValidated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VALIDATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isValidated() <em>Validated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isValidated()
	 * @generated
	 * @ordered
	 */
	protected boolean validated = VALIDATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getFreshness() <em>Freshness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFreshness()
	 * @generated
	 * @ordered
	 */
	protected static final Cadence FRESHNESS_EDEFAULT = Cadence.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getFreshness() <em>Freshness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFreshness()
	 * @generated
	 * @ordered
	 */
	protected Cadence freshness = FRESHNESS_EDEFAULT;

	/**
	 * The default value of the '{@link #isSourceOfTruth() <em>Source Of Truth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSourceOfTruth()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SOURCE_OF_TRUTH_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSourceOfTruth() <em>Source Of Truth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSourceOfTruth()
	 * @generated
	 * @ordered
	 */
	protected boolean sourceOfTruth = SOURCE_OF_TRUTH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSameDataAs() <em>Same Data As</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSameDataAs()
	 * @generated
	 * @ordered
	 */
	protected EList<DataField> sameDataAs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataFieldImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DigitalPackage.Literals.DATA_FIELD;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DigitalPackage.DATA_FIELD__OWNER, oldOwner, owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.DATA_FIELD__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEntity() {
		return entity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntity(String newEntity) {
		String oldEntity = entity;
		entity = newEntity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.DATA_FIELD__ENTITY, oldEntity, entity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataType getDataType() {
		return dataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataType(DataType newDataType) {
		DataType oldDataType = dataType;
		dataType = newDataType == null ? DATA_TYPE_EDEFAULT : newDataType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.DATA_FIELD__DATA_TYPE, oldDataType, dataType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMandatory() {
		return mandatory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMandatory(boolean newMandatory) {
		boolean oldMandatory = mandatory;
		mandatory = newMandatory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.DATA_FIELD__MANDATORY, oldMandatory, mandatory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isValidated() {
		return validated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidated(boolean newValidated) {
		boolean oldValidated = validated;
		validated = newValidated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.DATA_FIELD__VALIDATED, oldValidated, validated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cadence getFreshness() {
		return freshness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFreshness(Cadence newFreshness) {
		Cadence oldFreshness = freshness;
		freshness = newFreshness == null ? FRESHNESS_EDEFAULT : newFreshness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.DATA_FIELD__FRESHNESS, oldFreshness, freshness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSourceOfTruth() {
		return sourceOfTruth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceOfTruth(boolean newSourceOfTruth) {
		boolean oldSourceOfTruth = sourceOfTruth;
		sourceOfTruth = newSourceOfTruth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DigitalPackage.DATA_FIELD__SOURCE_OF_TRUTH, oldSourceOfTruth, sourceOfTruth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataField> getSameDataAs() {
		if (sameDataAs == null) {
			sameDataAs = new EObjectResolvingEList<DataField>(DataField.class, this, DigitalPackage.DATA_FIELD__SAME_DATA_AS);
		}
		return sameDataAs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DigitalPackage.DATA_FIELD__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case DigitalPackage.DATA_FIELD__ENTITY:
				return getEntity();
			case DigitalPackage.DATA_FIELD__DATA_TYPE:
				return getDataType();
			case DigitalPackage.DATA_FIELD__MANDATORY:
				return isMandatory();
			case DigitalPackage.DATA_FIELD__VALIDATED:
				return isValidated();
			case DigitalPackage.DATA_FIELD__FRESHNESS:
				return getFreshness();
			case DigitalPackage.DATA_FIELD__SOURCE_OF_TRUTH:
				return isSourceOfTruth();
			case DigitalPackage.DATA_FIELD__SAME_DATA_AS:
				return getSameDataAs();
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
			case DigitalPackage.DATA_FIELD__OWNER:
				setOwner((Party)newValue);
				return;
			case DigitalPackage.DATA_FIELD__ENTITY:
				setEntity((String)newValue);
				return;
			case DigitalPackage.DATA_FIELD__DATA_TYPE:
				setDataType((DataType)newValue);
				return;
			case DigitalPackage.DATA_FIELD__MANDATORY:
				setMandatory((Boolean)newValue);
				return;
			case DigitalPackage.DATA_FIELD__VALIDATED:
				setValidated((Boolean)newValue);
				return;
			case DigitalPackage.DATA_FIELD__FRESHNESS:
				setFreshness((Cadence)newValue);
				return;
			case DigitalPackage.DATA_FIELD__SOURCE_OF_TRUTH:
				setSourceOfTruth((Boolean)newValue);
				return;
			case DigitalPackage.DATA_FIELD__SAME_DATA_AS:
				getSameDataAs().clear();
				getSameDataAs().addAll((Collection<? extends DataField>)newValue);
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
			case DigitalPackage.DATA_FIELD__OWNER:
				setOwner((Party)null);
				return;
			case DigitalPackage.DATA_FIELD__ENTITY:
				setEntity(ENTITY_EDEFAULT);
				return;
			case DigitalPackage.DATA_FIELD__DATA_TYPE:
				setDataType(DATA_TYPE_EDEFAULT);
				return;
			case DigitalPackage.DATA_FIELD__MANDATORY:
				setMandatory(MANDATORY_EDEFAULT);
				return;
			case DigitalPackage.DATA_FIELD__VALIDATED:
				setValidated(VALIDATED_EDEFAULT);
				return;
			case DigitalPackage.DATA_FIELD__FRESHNESS:
				setFreshness(FRESHNESS_EDEFAULT);
				return;
			case DigitalPackage.DATA_FIELD__SOURCE_OF_TRUTH:
				setSourceOfTruth(SOURCE_OF_TRUTH_EDEFAULT);
				return;
			case DigitalPackage.DATA_FIELD__SAME_DATA_AS:
				getSameDataAs().clear();
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
			case DigitalPackage.DATA_FIELD__OWNER:
				return owner != null;
			case DigitalPackage.DATA_FIELD__ENTITY:
				return ENTITY_EDEFAULT == null ? entity != null : !ENTITY_EDEFAULT.equals(entity);
			case DigitalPackage.DATA_FIELD__DATA_TYPE:
				return dataType != DATA_TYPE_EDEFAULT;
			case DigitalPackage.DATA_FIELD__MANDATORY:
				return mandatory != MANDATORY_EDEFAULT;
			case DigitalPackage.DATA_FIELD__VALIDATED:
				return validated != VALIDATED_EDEFAULT;
			case DigitalPackage.DATA_FIELD__FRESHNESS:
				return freshness != FRESHNESS_EDEFAULT;
			case DigitalPackage.DATA_FIELD__SOURCE_OF_TRUTH:
				return sourceOfTruth != SOURCE_OF_TRUTH_EDEFAULT;
			case DigitalPackage.DATA_FIELD__SAME_DATA_AS:
				return sameDataAs != null && !sameDataAs.isEmpty();
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
				case DigitalPackage.DATA_FIELD__OWNER: return DovetailPackage.OWNED__OWNER;
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
				case DovetailPackage.OWNED__OWNER: return DigitalPackage.DATA_FIELD__OWNER;
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
		result.append(" (entity: ");
		result.append(entity);
		result.append(", dataType: ");
		result.append(dataType);
		result.append(", mandatory: ");
		result.append(mandatory);
		result.append(", validated: ");
		result.append(validated);
		result.append(", freshness: ");
		result.append(freshness);
		result.append(", sourceOfTruth: ");
		result.append(sourceOfTruth);
		result.append(')');
		return result.toString();
	}

} //DataFieldImpl
