/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance.impl;

import java.util.Collection;

import org.dovetail.model.governance.Baseline;
import org.dovetail.model.governance.Finding;
import org.dovetail.model.governance.GovernanceBoard;
import org.dovetail.model.governance.GovernanceModel;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.Mapping;
import org.dovetail.model.governance.Waiver;

import org.dovetail.model.impl.ElementImpl;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.governance.impl.GovernanceModelImpl#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.GovernanceModelImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.GovernanceModelImpl#getWaivers <em>Waivers</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.GovernanceModelImpl#getBoards <em>Boards</em>}</li>
 *   <li>{@link org.dovetail.model.governance.impl.GovernanceModelImpl#getBaselines <em>Baselines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GovernanceModelImpl extends ElementImpl implements GovernanceModel {
	/**
	 * The cached value of the '{@link #getMappings() <em>Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<Mapping> mappings;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> findings;

	/**
	 * The cached value of the '{@link #getWaivers() <em>Waivers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaivers()
	 * @generated
	 * @ordered
	 */
	protected EList<Waiver> waivers;

	/**
	 * The cached value of the '{@link #getBoards() <em>Boards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoards()
	 * @generated
	 * @ordered
	 */
	protected EList<GovernanceBoard> boards;

	/**
	 * The cached value of the '{@link #getBaselines() <em>Baselines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselines()
	 * @generated
	 * @ordered
	 */
	protected EList<Baseline> baselines;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GovernanceModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.GOVERNANCE_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mapping> getMappings() {
		if (mappings == null) {
			mappings = new EObjectContainmentEList<Mapping>(Mapping.class, this, GovernancePackage.GOVERNANCE_MODEL__MAPPINGS);
		}
		return mappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectContainmentEList<Finding>(Finding.class, this, GovernancePackage.GOVERNANCE_MODEL__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Waiver> getWaivers() {
		if (waivers == null) {
			waivers = new EObjectContainmentEList<Waiver>(Waiver.class, this, GovernancePackage.GOVERNANCE_MODEL__WAIVERS);
		}
		return waivers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GovernanceBoard> getBoards() {
		if (boards == null) {
			boards = new EObjectContainmentEList<GovernanceBoard>(GovernanceBoard.class, this, GovernancePackage.GOVERNANCE_MODEL__BOARDS);
		}
		return boards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Baseline> getBaselines() {
		if (baselines == null) {
			baselines = new EObjectContainmentEList<Baseline>(Baseline.class, this, GovernancePackage.GOVERNANCE_MODEL__BASELINES);
		}
		return baselines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovernancePackage.GOVERNANCE_MODEL__MAPPINGS:
				return ((InternalEList<?>)getMappings()).basicRemove(otherEnd, msgs);
			case GovernancePackage.GOVERNANCE_MODEL__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
			case GovernancePackage.GOVERNANCE_MODEL__WAIVERS:
				return ((InternalEList<?>)getWaivers()).basicRemove(otherEnd, msgs);
			case GovernancePackage.GOVERNANCE_MODEL__BOARDS:
				return ((InternalEList<?>)getBoards()).basicRemove(otherEnd, msgs);
			case GovernancePackage.GOVERNANCE_MODEL__BASELINES:
				return ((InternalEList<?>)getBaselines()).basicRemove(otherEnd, msgs);
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
			case GovernancePackage.GOVERNANCE_MODEL__MAPPINGS:
				return getMappings();
			case GovernancePackage.GOVERNANCE_MODEL__FINDINGS:
				return getFindings();
			case GovernancePackage.GOVERNANCE_MODEL__WAIVERS:
				return getWaivers();
			case GovernancePackage.GOVERNANCE_MODEL__BOARDS:
				return getBoards();
			case GovernancePackage.GOVERNANCE_MODEL__BASELINES:
				return getBaselines();
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
			case GovernancePackage.GOVERNANCE_MODEL__MAPPINGS:
				getMappings().clear();
				getMappings().addAll((Collection<? extends Mapping>)newValue);
				return;
			case GovernancePackage.GOVERNANCE_MODEL__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
				return;
			case GovernancePackage.GOVERNANCE_MODEL__WAIVERS:
				getWaivers().clear();
				getWaivers().addAll((Collection<? extends Waiver>)newValue);
				return;
			case GovernancePackage.GOVERNANCE_MODEL__BOARDS:
				getBoards().clear();
				getBoards().addAll((Collection<? extends GovernanceBoard>)newValue);
				return;
			case GovernancePackage.GOVERNANCE_MODEL__BASELINES:
				getBaselines().clear();
				getBaselines().addAll((Collection<? extends Baseline>)newValue);
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
			case GovernancePackage.GOVERNANCE_MODEL__MAPPINGS:
				getMappings().clear();
				return;
			case GovernancePackage.GOVERNANCE_MODEL__FINDINGS:
				getFindings().clear();
				return;
			case GovernancePackage.GOVERNANCE_MODEL__WAIVERS:
				getWaivers().clear();
				return;
			case GovernancePackage.GOVERNANCE_MODEL__BOARDS:
				getBoards().clear();
				return;
			case GovernancePackage.GOVERNANCE_MODEL__BASELINES:
				getBaselines().clear();
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
			case GovernancePackage.GOVERNANCE_MODEL__MAPPINGS:
				return mappings != null && !mappings.isEmpty();
			case GovernancePackage.GOVERNANCE_MODEL__FINDINGS:
				return findings != null && !findings.isEmpty();
			case GovernancePackage.GOVERNANCE_MODEL__WAIVERS:
				return waivers != null && !waivers.isEmpty();
			case GovernancePackage.GOVERNANCE_MODEL__BOARDS:
				return boards != null && !boards.isEmpty();
			case GovernancePackage.GOVERNANCE_MODEL__BASELINES:
				return baselines != null && !baselines.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //GovernanceModelImpl
