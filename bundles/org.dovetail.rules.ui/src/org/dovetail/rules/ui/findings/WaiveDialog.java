package org.dovetail.rules.ui.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dovetail.edit.ui.widgets.MessageFields;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.Person;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.ui.FindingTexts;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Waive a finding: why (required), until when (required, after today) and who grants it (a person of the model).
 * The dialog only asks; {@link WaiverCommands} puts the waiver into the model.
 */
final class WaiveDialog extends TitleAreaDialog {

    /** What the user entered. */
    record Values(String reason, LocalDate expiresOn, Person grantedBy) {
    }

    private final RuleFinding finding;
    private final String elementLabel;
    private final List<Person> people = new ArrayList<>();
    private final LocalDate today;
    private Text reason;
    private DateTime expires;
    private Combo grantedBy;
    private Values values;

    WaiveDialog(Shell parent, RuleFinding finding, String elementLabel) {
        this(parent, finding, elementLabel, LocalDate.now());
    }

    WaiveDialog(Shell parent, RuleFinding finding, String elementLabel, LocalDate today) {
        super(parent);
        this.finding = finding;
        this.elementLabel = elementLabel;
        this.today = today;
        if (EcoreUtil.getRootContainer(finding.element()) instanceof DovetailModel model) {
            people.addAll(model.getPeople());
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Waive Finding");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Waive " + finding.ruleId() + " on " + elementLabel);
        setMessage("The board accepts this gap for a time. It stays listed as waived until the expiry date, then is open again.");
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(2, false));

        new Label(form, SWT.NONE).setText("Finding:");
        Label message = new Label(form, SWT.WRAP);
        message.setText(finding.message());
        message.setLayoutData(widthHint(new GridData(SWT.FILL, SWT.CENTER, true, false), 420));

        Label reasonLabel = new Label(form, SWT.NONE);
        reasonLabel.setText("&Reason:");
        reasonLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
        reason = MessageFields.keyThrough(new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL));
        GridData reasonData = widthHint(new GridData(SWT.FILL, SWT.FILL, true, true), 420);
        reasonData.heightHint = 70;
        reason.setLayoutData(reasonData);
        reason.setMessage("Why the board accepts this gap for now");
        reason.addModifyListener(e -> validate());

        new Label(form, SWT.NONE).setText("&Expires on:");
        expires = new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        LocalDate initial = today.plusMonths(3);
        expires.setDate(initial.getYear(), initial.getMonthValue() - 1, initial.getDayOfMonth());
        expires.addListener(SWT.Selection, e -> validate());

        new Label(form, SWT.NONE).setText("&Granted by:");
        grantedBy = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (Person person : people) {
            grantedBy.add(FindingTexts.name(person) + (person.getEmail() == null ? "" : " <" + person.getEmail() + ">"));
        }
        grantedBy.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        grantedBy.addListener(SWT.Selection, e -> validate());
        return area;
    }

    private static GridData widthHint(GridData data, int width) {
        data.widthHint = width;
        return data;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Waive", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    /** Says what is missing and enables Waive only when the reason, a future expiry and (if any) a person are given. */
    private void validate() {
        String problem = null;
        if (reason.getText().isBlank()) {
            problem = "Give the reason the board accepts this gap.";
        } else if (!expiresOn().isAfter(today)) {
            problem = "The expiry date must lie in the future.";
        } else if (!people.isEmpty() && grantedBy.getSelectionIndex() < 0) {
            problem = "Choose who grants the waiver.";
        }
        setErrorMessage(reason.getText().isEmpty() && problem != null && grantedBy.getSelectionIndex() < 0 ? null : problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    private LocalDate expiresOn() {
        return LocalDate.of(expires.getYear(), expires.getMonth() + 1, expires.getDay());
    }

    @Override
    protected void okPressed() {
        int index = grantedBy.getSelectionIndex();
        values = new Values(reason.getText().strip(), expiresOn(), index < 0 ? null : people.get(index));
        super.okPressed();
    }

    /** What was entered; {@code null} unless the dialog ended with Waive. */
    Values values() {
        return values;
    }

    // For tests in the fragment.

    Button waiveButton() {
        return getButton(IDialogConstants.OK_ID);
    }

    Text reasonField() {
        return reason;
    }

    DateTime expiresField() {
        return expires;
    }

    Combo grantedByField() {
        return grantedBy;
    }
}
