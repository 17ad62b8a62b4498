package org.dovetail.sync.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncResult;
import org.dovetail.sync.client.SyncState;
import org.dovetail.sync.ui.internal.ServerAccounts;
import org.dovetail.sync.ui.internal.SharedProjects;
import org.dovetail.sync.ui.internal.SyncCommandHandler;
import org.dovetail.sync.ui.internal.Tables;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The baselines a governance board signed off for the shared project (name, revision, who, when), and Sign Off to
 * record the project's current revision as a new one. Read and written in background jobs.
 */
public final class BaselinesView extends ViewPart {

    /** One signed-off baseline. */
    public record Baseline(String name, long revision, String by, String at) {
    }

    private Label title;
    private TableViewer viewer;
    private IProject project;
    private final ISelectionListener selectionListener = (part, selection) -> {
        IProject selected = SharedProjects.projectOf(selection);
        if (selected != null && !selected.equals(project)) {
            project = selected;
            refresh();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(parent);
        title = new Label(parent, SWT.NONE);
        title.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).applyTo(title);
        viewer = Tables.create(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable().getParent());
        Tables.column(viewer, "Baseline", 35, Baseline.class, Baseline::name);
        Tables.column(viewer, "Revision", 10, Baseline.class, b -> "r" + b.revision());
        Tables.column(viewer, "Signed off by", 20, Baseline.class, Baseline::by);
        Tables.column(viewer, "On", 25, Baseline.class, b -> HistoryView.time(b.at()));
        Action signOff = new Action("Sign Off Baseline...", PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ETOOL_SAVE_EDIT)) {
            @Override
            public void run() {
                signOff();
            }
        };
        signOff.setToolTipText("Record the project's current revision as a baseline signed off by you");
        Action reload = new Action("Refresh", PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED)) {
            @Override
            public void run() {
                refresh();
            }
        };
        getViewSite().getActionBars().getToolBarManager().add(signOff);
        getViewSite().getActionBars().getToolBarManager().add(reload);
        getSite().getPage().addPostSelectionListener(selectionListener);
        project = SyncCommandHandler.onlySharedProject();
        refresh();
    }

    public void refresh() {
        if (project == null || !SharedProjects.isShared(project)) {
            title.setText("Select a shared project to see its baselines");
            viewer.setInput(List.of());
            return;
        }
        IProject reading = project;
        title.setText("Baselines of " + reading.getName() + " \u2014 reading\u2026");
        Job job = Job.create("Reading the baselines of " + reading.getName(), monitor -> {
            List<Baseline> rows = new ArrayList<>();
            String problem = null;
            try {
                SyncState state = SharedProjects.state(reading);
                SyncResult<JsonNode> answer = ServerAccounts.client(state.server()).baselines(state.project());
                if (answer instanceof SyncResult.Ok<JsonNode> ok) {
                    ok.value().forEach(b -> rows.add(new Baseline(b.path("name").asText(), b.path("revision").asLong(),
                            b.path("createdBy").asText(), b.path("createdAt").asText())));
                } else {
                    problem = answer instanceof SyncResult.Failed<?> failed ? failed.message() : answer.toString();
                }
            } catch (Exception e) {
                problem = e.getMessage();
            }
            String suffix = problem == null ? (rows.isEmpty() ? " \u2014 none signed off yet" : "") : " \u2014 " + problem;
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed() && reading.equals(project)) {
                    title.setText("Baselines of " + reading.getName() + suffix);
                    title.getParent().layout();
                    viewer.setInput(rows);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Asks for a name and signs off the project's base revision as a baseline (the view's toolbar action). */
    public void signOff() {
        if (project == null || !SharedProjects.isShared(project)) {
            MessageDialog.openInformation(getSite().getShell(), "Sign Off Baseline", "Select a shared project first.");
            return;
        }
        SyncState state;
        try {
            state = SharedProjects.state(project);
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), "Sign Off Baseline", e.getMessage());
            return;
        }
        InputDialog dialog = new InputDialog(getSite().getShell(), "Sign Off Baseline", "Name of the baseline for revision "
                + state.baseRevision() + " of " + state.project() + " (commit first if you have local changes):", "",
                text -> text.isBlank() ? "Name the baseline, e.g. 'Board review Q3'" : null);
        if (dialog.open() != Window.OK) {
            return;
        }
        String name = dialog.getValue().strip();
        IProject signing = project;
        Job job = Job.create("Signing off baseline " + name, monitor -> {
            SyncClient client = ServerAccounts.client(state.server());
            SyncResult<JsonNode> answer = client.addBaseline(state.project(), name, state.baseRevision());
            if (answer instanceof SyncResult.Failed<?> failed) {
                return Status.error("Could not sign off the baseline: " + failed.message());
            }
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (signing.equals(project)) {
                    refresh();
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    /** For tests: the baselines shown now. */
    public List<Baseline> rows() {
        Object input = viewer.getInput();
        @SuppressWarnings("unchecked")
        List<Baseline> rows = input instanceof List<?> list ? (List<Baseline>) list : List.of();
        return rows;
    }

    /** Shows the baselines of {@code shown}. */
    public void show(IProject shown) {
        project = shown;
        refresh();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        super.dispose();
    }
}
