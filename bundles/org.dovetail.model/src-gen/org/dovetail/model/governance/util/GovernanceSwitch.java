/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.governance.util;

import org.dovetail.model.Element;
import org.dovetail.model.Identified;
import org.dovetail.model.Owned;

import org.dovetail.model.governance.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.dovetail.model.governance.GovernancePackage
 * @generated
 */
public class GovernanceSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static GovernancePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceSwitch() {
		if (modelPackage == null) {
			modelPackage = GovernancePackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case GovernancePackage.GOVERNANCE_MODEL: {
				GovernanceModel governanceModel = (GovernanceModel)theEObject;
				T result = caseGovernanceModel(governanceModel);
				if (result == null) result = caseElement(governanceModel);
				if (result == null) result = caseIdentified(governanceModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.MAPPING: {
				Mapping mapping = (Mapping)theEObject;
				T result = caseMapping(mapping);
				if (result == null) result = caseElement(mapping);
				if (result == null) result = caseOwned(mapping);
				if (result == null) result = caseIdentified(mapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.STEP_STATE_MAPPING: {
				StepStateMapping stepStateMapping = (StepStateMapping)theEObject;
				T result = caseStepStateMapping(stepStateMapping);
				if (result == null) result = caseMapping(stepStateMapping);
				if (result == null) result = caseElement(stepStateMapping);
				if (result == null) result = caseOwned(stepStateMapping);
				if (result == null) result = caseIdentified(stepStateMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.DECISION_PERMISSION_MAPPING: {
				DecisionPermissionMapping decisionPermissionMapping = (DecisionPermissionMapping)theEObject;
				T result = caseDecisionPermissionMapping(decisionPermissionMapping);
				if (result == null) result = caseMapping(decisionPermissionMapping);
				if (result == null) result = caseElement(decisionPermissionMapping);
				if (result == null) result = caseOwned(decisionPermissionMapping);
				if (result == null) result = caseIdentified(decisionPermissionMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.EVIDENCE_FIELD_MAPPING: {
				EvidenceFieldMapping evidenceFieldMapping = (EvidenceFieldMapping)theEObject;
				T result = caseEvidenceFieldMapping(evidenceFieldMapping);
				if (result == null) result = caseMapping(evidenceFieldMapping);
				if (result == null) result = caseElement(evidenceFieldMapping);
				if (result == null) result = caseOwned(evidenceFieldMapping);
				if (result == null) result = caseIdentified(evidenceFieldMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.EXCEPTION_HANDLING_MAPPING: {
				ExceptionHandlingMapping exceptionHandlingMapping = (ExceptionHandlingMapping)theEObject;
				T result = caseExceptionHandlingMapping(exceptionHandlingMapping);
				if (result == null) result = caseMapping(exceptionHandlingMapping);
				if (result == null) result = caseElement(exceptionHandlingMapping);
				if (result == null) result = caseOwned(exceptionHandlingMapping);
				if (result == null) result = caseIdentified(exceptionHandlingMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.POLICY_CONTROL_MAPPING: {
				PolicyControlMapping policyControlMapping = (PolicyControlMapping)theEObject;
				T result = casePolicyControlMapping(policyControlMapping);
				if (result == null) result = caseMapping(policyControlMapping);
				if (result == null) result = caseElement(policyControlMapping);
				if (result == null) result = caseOwned(policyControlMapping);
				if (result == null) result = caseIdentified(policyControlMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.CONTROL_IMPLEMENTATION_MAPPING: {
				ControlImplementationMapping controlImplementationMapping = (ControlImplementationMapping)theEObject;
				T result = caseControlImplementationMapping(controlImplementationMapping);
				if (result == null) result = caseMapping(controlImplementationMapping);
				if (result == null) result = caseElement(controlImplementationMapping);
				if (result == null) result = caseOwned(controlImplementationMapping);
				if (result == null) result = caseIdentified(controlImplementationMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.ARTIFACT_REPLACEMENT_MAPPING: {
				ArtifactReplacementMapping artifactReplacementMapping = (ArtifactReplacementMapping)theEObject;
				T result = caseArtifactReplacementMapping(artifactReplacementMapping);
				if (result == null) result = caseMapping(artifactReplacementMapping);
				if (result == null) result = caseElement(artifactReplacementMapping);
				if (result == null) result = caseOwned(artifactReplacementMapping);
				if (result == null) result = caseIdentified(artifactReplacementMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.ROLE_MAPPING: {
				RoleMapping roleMapping = (RoleMapping)theEObject;
				T result = caseRoleMapping(roleMapping);
				if (result == null) result = caseMapping(roleMapping);
				if (result == null) result = caseElement(roleMapping);
				if (result == null) result = caseOwned(roleMapping);
				if (result == null) result = caseIdentified(roleMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.FINDING: {
				Finding finding = (Finding)theEObject;
				T result = caseFinding(finding);
				if (result == null) result = caseIdentified(finding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.WAIVER: {
				Waiver waiver = (Waiver)theEObject;
				T result = caseWaiver(waiver);
				if (result == null) result = caseIdentified(waiver);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.GOVERNANCE_BOARD: {
				GovernanceBoard governanceBoard = (GovernanceBoard)theEObject;
				T result = caseGovernanceBoard(governanceBoard);
				if (result == null) result = caseElement(governanceBoard);
				if (result == null) result = caseIdentified(governanceBoard);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.BASELINE: {
				Baseline baseline = (Baseline)theEObject;
				T result = caseBaseline(baseline);
				if (result == null) result = caseElement(baseline);
				if (result == null) result = caseIdentified(baseline);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.SIGN_OFF: {
				SignOff signOff = (SignOff)theEObject;
				T result = caseSignOff(signOff);
				if (result == null) result = caseIdentified(signOff);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGovernanceModel(GovernanceModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMapping(Mapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Step State Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Step State Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStepStateMapping(StepStateMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Decision Permission Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Decision Permission Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDecisionPermissionMapping(DecisionPermissionMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evidence Field Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evidence Field Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvidenceFieldMapping(EvidenceFieldMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Exception Handling Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Exception Handling Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExceptionHandlingMapping(ExceptionHandlingMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy Control Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy Control Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicyControlMapping(PolicyControlMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Control Implementation Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Control Implementation Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseControlImplementationMapping(ControlImplementationMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Artifact Replacement Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Artifact Replacement Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArtifactReplacementMapping(ArtifactReplacementMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Role Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Role Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRoleMapping(RoleMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Finding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Finding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFinding(Finding object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Waiver</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Waiver</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWaiver(Waiver object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Board</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Board</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGovernanceBoard(GovernanceBoard object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Baseline</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Baseline</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBaseline(Baseline object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sign Off</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sign Off</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSignOff(SignOff object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseElement(Element object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Owned</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Owned</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOwned(Owned object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //GovernanceSwitch
