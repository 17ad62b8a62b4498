/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process;

import org.dovetail.model.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sequence flow from one step to the next, with an optional condition.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.dovetail.model.process.Flow#getSource <em>Source</em>}</li>
 *   <li>{@link org.dovetail.model.process.Flow#getTarget <em>Target</em>}</li>
 *   <li>{@link org.dovetail.model.process.Flow#getCondition <em>Condition</em>}</li>
 * </ul>
 *
 * @see org.dovetail.model.process.ProcessPackage#getFlow()
 * @model
 * @generated
 */
public interface Flow extends Identified {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.dovetail.model.process.Step#getOutgoing <em>Outgoing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step the flow leaves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Step)
	 * @see org.dovetail.model.process.ProcessPackage#getFlow_Source()
	 * @see org.dovetail.model.process.Step#getOutgoing
	 * @model opposite="outgoing" resolveProxies="false" required="true"
	 * @generated
	 */
	Step getSource();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.Flow#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Step value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.dovetail.model.process.Step#getIncoming <em>Incoming</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step the flow enters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Step)
	 * @see org.dovetail.model.process.ProcessPackage#getFlow_Target()
	 * @see org.dovetail.model.process.Step#getIncoming
	 * @model opposite="incoming" resolveProxies="false" required="true"
	 * @generated
	 */
	Step getTarget();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.Flow#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Step value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The condition under which the flow is taken, in business words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.dovetail.model.process.ProcessPackage#getFlow_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.dovetail.model.process.Flow#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

} // Flow
