package org.dovetail.rules.ui.findings;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.governance.Waiver;
import org.dovetail.rules.ui.FindingTexts;
import org.dovetail.rules.ui.ModelValidation;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The waivers and accepted risks recorded in the active model: rule, element, response, who granted it, why, when,
 * until when; expired ones in red. Double-click shows the waiver in the editor (where it can be edited or deleted).
 */
public class WaiversView extends ViewPart {

    public static final String ID = "org.dovetail.rules.ui.waivers";

    private TableViewer viewer;
    private ActiveValidation active;

    @Override
    public void createPartControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, "Rule", 14, Waiver::getRuleId);
        column(layout, "Element", 18, w -> w.getElement() == null ? "" : FindingTexts.name(w.getElement()));
        column(layout, "Response", 9, w -> w.getResponse() == null ? "" : w.getResponse().getName());
        column(layout, "Granted by", 12, w -> w.getGrantedBy() == null ? "" : FindingTexts.name(w.getGrantedBy()));
        column(layout, "Reason", 27, w -> w.getReason() == null ? "" : w.getReason());
        column(layout, "Granted on", 10, w -> w.getGrantedOn() == null ? "" : FindingTexts.day(w.getGrantedOn()).toString());
        column(layout, "Expires", 10, w -> w.getExpiresOn() == null ? "never" : FindingTexts.day(w.getExpiresOn()).toString()
                + (expired(w) ? " (expired)" : ""));
        viewer.addDoubleClickListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Waiver waiver && active.shown() != null) {
                getSite().getPage().activate(active.shown().editor());
                active.shown().editor().reveal(waiver);
            }
        });
        getSite().setSelectionProvider(viewer);
        active = new ActiveValidation(getSite().getPage(), this::refresh);
    }

    private void column(TableColumnLayout layout, String title, int weight, Function<Waiver, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 50, true));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Waiver) element);
            }

            @Override
            public Color getForeground(Object element) {
                return expired((Waiver) element) ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
            }
        });
    }

    private static boolean expired(Waiver waiver) {
        return waiver.getExpiresOn() != null && FindingTexts.day(waiver.getExpiresOn()).isBefore(LocalDate.now(ZoneOffset.UTC));
    }

    /** The waivers shown now (for tests). */
    @SuppressWarnings("unchecked")
    public List<Waiver> waivers() {
        return viewer.getInput() == null ? List.of() : (List<Waiver>) viewer.getInput();
    }

    private void refresh(ModelValidation validation) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<Waiver> waivers = new ArrayList<>();
        Resource resource = validation == null ? null : validation.editor().getResource();
        if (resource != null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof DovetailModel model
                && model.getGovernance() != null) {
            waivers.addAll(model.getGovernance().getWaivers());
        }
        viewer.setInput(waivers);
        setContentDescription(validation == null ? "Open a Dovetail model to see its waivers."
                : waivers.size() + " waivers and accepted risks in " + validation.editor().getTitle());
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (active != null) {
            active.dispose();
        }
        super.dispose();
    }
}
