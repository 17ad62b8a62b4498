package org.dovetail.edit.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Picks one element (or several, with check boxes) from a possibly long list, narrowed by typing: the reference
 * picker of the Properties view. Labels and icons come from the property's label provider.
 */
public final class ChoiceDialog extends Dialog {

    /** The button id of "Clear" (single choice only): the property gets no value. */
    public static final int CLEAR_ID = IDialogConstants.CLIENT_ID + 1;

    private final String title;
    private final List<?> choices;
    private final ILabelProvider labels;
    private final boolean many;
    private final List<Object> chosen = new ArrayList<>();
    private TableViewer viewer;
    private Text filter;

    /**
     * @param initial the current value: an element, a collection of elements (many), or {@code null}
     */
    public ChoiceDialog(Shell parent, String title, List<?> choices, ILabelProvider labels, boolean many, Object initial) {
        super(parent);
        this.title = title;
        this.choices = choices;
        this.labels = labels;
        this.many = many;
        if (initial instanceof Collection<?> values) {
            chosen.addAll(values);
        } else if (initial != null) {
            chosen.add(initial);
        }
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label hint = new Label(area, SWT.NONE);
        hint.setText(many ? "Check the elements to refer to (type to narrow the list):" : "Choose the element to refer to (type to narrow the list):");
        filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter by name");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = many ? CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION)
                : new TableViewer(area, SWT.BORDER | SWT.V_SCROLL | SWT.SINGLE | SWT.FULL_SELECTION);
        GridData table = new GridData(SWT.FILL, SWT.FILL, true, true);
        table.widthHint = 460;
        table.heightHint = 320;
        viewer.getTable().setLayoutData(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(labels);
        viewer.setInput(choices);
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                String typed = filter.getText().trim().toLowerCase(Locale.ROOT);
                return typed.isEmpty() || String.valueOf(labels.getText(element)).toLowerCase(Locale.ROOT).contains(typed);
            }
        });
        filter.addModifyListener(event -> refreshKeepingChecks());
        if (viewer instanceof CheckboxTableViewer checkboxes) {
            checkboxes.setCheckedElements(chosen.toArray());
            checkboxes.addCheckStateListener(event -> {
                if (event.getChecked()) {
                    chosen.add(event.getElement());
                } else {
                    chosen.remove(event.getElement());
                }
            });
        } else {
            viewer.setSelection(chosen.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(chosen.get(0)), true);
            viewer.addSelectionChangedListener(event -> {
                chosen.clear();
                chosen.addAll(((IStructuredSelection) event.getSelection()).toList());
            });
            viewer.addDoubleClickListener(event -> okPressed());
        }
        filter.setFocus();
        return area;
    }

    private void refreshKeepingChecks() {
        viewer.refresh();
        if (viewer instanceof CheckboxTableViewer checkboxes) {
            checkboxes.setCheckedElements(chosen.toArray());
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (!many) {
            createButton(parent, CLEAR_ID, "C&lear", false);
        }
        super.createButtonsForButtonBar(parent);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == CLEAR_ID) {
            chosen.clear();
            setReturnCode(CLEAR_ID);
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** What was chosen, in choice order for many; empty after Clear. */
    public List<Object> chosen() {
        if (!many) {
            return List.copyOf(chosen);
        }
        return choices.stream().filter(chosen::contains).map(Object.class::cast).toList();
    }

    /** The list the user picks from (for tests). */
    public TableViewer viewer() {
        return viewer;
    }

    /** The filter field (for tests). */
    public Text filter() {
        return filter;
    }
}
