package org.dovetail.edit.ui.properties;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;

/** Edits a date with a calendar; dates are days, stored as midnight UTC (as waivers and sign-offs are). */
public final class DateCellEditor extends DialogCellEditor {

    private static final int NO_DATE_ID = IDialogConstants.CLIENT_ID + 2;

    private final String title;

    DateCellEditor(Composite parent, String title) {
        super(parent);
        this.title = title;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        CalendarDialog dialog = new CalendarDialog(cellEditorWindow.getShell(), title, toDay((Date) getValue()));
        int code = dialog.open();
        if (code == NO_DATE_ID) {
            markDirty();
            doSetValue(null);
            fireApplyEditorValue();
            return null;
        }
        return code == Dialog.OK ? toDate(dialog.day) : null;
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() != null) {
            getDefaultLabel().setText(value instanceof Date date ? DateTimeFormatter.ISO_LOCAL_DATE.format(toDay(date)) : "");
        }
    }

    static LocalDate toDay(Date date) {
        return date == null ? LocalDate.now(ZoneOffset.UTC) : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    static Date toDate(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static final class CalendarDialog extends Dialog {

        private final String title;
        private LocalDate day;
        private DateTime calendar;

        CalendarDialog(Shell parent, String title, LocalDate initial) {
            super(parent);
            this.title = title;
            this.day = initial;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            calendar = new DateTime(area, SWT.CALENDAR | SWT.BORDER);
            calendar.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, NO_DATE_ID, "&No date", false);
            super.createButtonsForButtonBar(parent);
        }

        @Override
        protected void buttonPressed(int buttonId) {
            if (buttonId == NO_DATE_ID) {
                setReturnCode(NO_DATE_ID);
                close();
            } else {
                super.buttonPressed(buttonId);
            }
        }

        @Override
        protected void okPressed() {
            day = LocalDate.of(calendar.getYear(), calendar.getMonth() + 1, calendar.getDay());
            super.okPressed();
        }
    }
}
