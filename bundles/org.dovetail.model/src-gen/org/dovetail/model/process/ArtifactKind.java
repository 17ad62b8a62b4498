/**
 * Generated from model/dovetail.ecore by ./dovetail generate-model. Do not edit.
 */
package org.dovetail.model.process;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Artifact Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of legacy artifacts.
 * <!-- end-model-doc -->
 * @see org.dovetail.model.process.ProcessPackage#getArtifactKind()
 * @model
 * @generated
 */
public enum ArtifactKind implements Enumerator {
	/**
	 * The '<em><b>Spreadsheet</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A spreadsheet.
	 * <!-- end-model-doc -->
	 * @see #SPREADSHEET_VALUE
	 * @generated
	 * @ordered
	 */
	SPREADSHEET(0, "spreadsheet", "spreadsheet"),

	/**
	 * The '<em><b>Email Thread</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An e-mail thread or shared mailbox.
	 * <!-- end-model-doc -->
	 * @see #EMAIL_THREAD_VALUE
	 * @generated
	 * @ordered
	 */
	EMAIL_THREAD(1, "emailThread", "emailThread"),

	/**
	 * The '<em><b>Meeting</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A recurring meeting.
	 * <!-- end-model-doc -->
	 * @see #MEETING_VALUE
	 * @generated
	 * @ordered
	 */
	MEETING(2, "meeting", "meeting"),

	/**
	 * The '<em><b>Report</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A report produced outside the governed systems.
	 * <!-- end-model-doc -->
	 * @see #REPORT_VALUE
	 * @generated
	 * @ordered
	 */
	REPORT(3, "report", "report"),

	/**
	 * The '<em><b>Paper Form</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A paper form.
	 * <!-- end-model-doc -->
	 * @see #PAPER_FORM_VALUE
	 * @generated
	 * @ordered
	 */
	PAPER_FORM(4, "paperForm", "paperForm"),

	/**
	 * The '<em><b>Chat</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A chat channel.
	 * <!-- end-model-doc -->
	 * @see #CHAT_VALUE
	 * @generated
	 * @ordered
	 */
	CHAT(5, "chat", "chat"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anything else.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(6, "other", "other");

	/**
	 * The '<em><b>Spreadsheet</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A spreadsheet.
	 * <!-- end-model-doc -->
	 * @see #SPREADSHEET
	 * @model name="spreadsheet"
	 * @generated
	 * @ordered
	 */
	public static final int SPREADSHEET_VALUE = 0;

	/**
	 * The '<em><b>Email Thread</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An e-mail thread or shared mailbox.
	 * <!-- end-model-doc -->
	 * @see #EMAIL_THREAD
	 * @model name="emailThread"
	 * @generated
	 * @ordered
	 */
	public static final int EMAIL_THREAD_VALUE = 1;

	/**
	 * The '<em><b>Meeting</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A recurring meeting.
	 * <!-- end-model-doc -->
	 * @see #MEETING
	 * @model name="meeting"
	 * @generated
	 * @ordered
	 */
	public static final int MEETING_VALUE = 2;

	/**
	 * The '<em><b>Report</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A report produced outside the governed systems.
	 * <!-- end-model-doc -->
	 * @see #REPORT
	 * @model name="report"
	 * @generated
	 * @ordered
	 */
	public static final int REPORT_VALUE = 3;

	/**
	 * The '<em><b>Paper Form</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A paper form.
	 * <!-- end-model-doc -->
	 * @see #PAPER_FORM
	 * @model name="paperForm"
	 * @generated
	 * @ordered
	 */
	public static final int PAPER_FORM_VALUE = 4;

	/**
	 * The '<em><b>Chat</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A chat channel.
	 * <!-- end-model-doc -->
	 * @see #CHAT
	 * @model name="chat"
	 * @generated
	 * @ordered
	 */
	public static final int CHAT_VALUE = 5;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anything else.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Artifact Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ArtifactKind[] VALUES_ARRAY =
		new ArtifactKind[] {
			SPREADSHEET,
			EMAIL_THREAD,
			MEETING,
			REPORT,
			PAPER_FORM,
			CHAT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Artifact Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ArtifactKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Artifact Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ArtifactKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ArtifactKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Artifact Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ArtifactKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ArtifactKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Artifact Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ArtifactKind get(int value) {
		switch (value) {
			case SPREADSHEET_VALUE: return SPREADSHEET;
			case EMAIL_THREAD_VALUE: return EMAIL_THREAD;
			case MEETING_VALUE: return MEETING;
			case REPORT_VALUE: return REPORT;
			case PAPER_FORM_VALUE: return PAPER_FORM;
			case CHAT_VALUE: return CHAT;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ArtifactKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ArtifactKind
