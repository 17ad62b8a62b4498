package org.dovetail.rules.ui.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.ui.FindingTexts;
import org.dovetail.rules.ui.ModelValidation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * For governance boards: the open and waived findings of the active model grouped by rule category or by owner,
 * each group with its count and worst severity. Double-click shows the element in the editor.
 */
public class FindingsBreakdownView extends ViewPart {

    public static final String ID = "org.dovetail.rules.ui.findingsBreakdown";

    /** How the findings are grouped. */
    public enum Grouping {
        CATEGORY("Category", finding -> FindingTexts.category(finding.category())),
        OWNER("Owner", finding -> {
            String owner = finding.element() instanceof EObject element ? FindingTexts.owner(element) : "";
            return owner.isEmpty() ? "(no owner)" : owner;
        });

        final String label;
        final Function<RuleFinding, String> key;

        Grouping(String label, Function<RuleFinding, String> key) {
            this.label = label;
            this.key = key;
        }
    }

    /** One group: its name and findings. */
    public record Group(String name, List<RuleFinding> findings) {

        Severity worst() {
            return findings.stream().map(RuleFinding::severity).max(Comparator.comparingInt(Severity::getValue)).orElse(Severity.INFO);
        }
    }

    private TreeViewer viewer;
    private ActiveValidation active;
    private ModelValidation shown;
    private Grouping grouping = Grouping.CATEGORY;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return parentElement instanceof Group group ? group.findings().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Group group && !group.findings().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Group group) {
                    long open = group.findings().stream().filter(RuleFinding::isOpen).count();
                    return group.name() + "  (" + group.findings().size() + (open < group.findings().size() ? ", " + open + " open" : "") + ")";
                }
                RuleFinding finding = (RuleFinding) element;
                String subject = finding.element() instanceof EObject e ? FindingTexts.name(e) : "";
                return finding.message() + (subject.isEmpty() ? "" : "  — " + subject) + (finding.isOpen() ? "" : "  [" + FindingTexts.status(finding) + "]");
            }

            @Override
            public Image getImage(Object element) {
                return element instanceof Group group ? FindingTexts.severityImage(group.worst())
                        : FindingTexts.image((RuleFinding) element);
            }
        });
        viewer.addDoubleClickListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof RuleFinding finding
                    && finding.element() instanceof EObject element && shown != null) {
                getSite().getPage().activate(shown.editor());
                shown.editor().reveal(element);
            }
        });
        getSite().setSelectionProvider(viewer);
        for (Grouping each : Grouping.values()) {
            Action action = new Action("Group by " + each.label, IAction.AS_RADIO_BUTTON) {
                @Override
                public void run() {
                    if (isChecked()) {
                        setGrouping(each);
                    }
                }
            };
            action.setChecked(each == grouping);
            action.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(
                    each == Grouping.CATEGORY ? ISharedImages.IMG_OBJ_FOLDER : ISharedImages.IMG_OBJ_ELEMENT));
            getViewSite().getActionBars().getToolBarManager().add(action);
        }
        active = new ActiveValidation(getSite().getPage(), this::show);
    }

    /** Groups by category or by owner. */
    public void setGrouping(Grouping newGrouping) {
        grouping = newGrouping;
        refresh();
    }

    private void show(ModelValidation validation) {
        shown = validation;
        refresh();
    }

    /** The groups shown now (for tests). */
    @SuppressWarnings("unchecked")
    public List<Group> groups() {
        return viewer.getInput() == null ? List.of() : (List<Group>) viewer.getInput();
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        ModelValidation validation = shown;
        Map<String, List<RuleFinding>> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (validation != null && validation.result() != null) {
            for (RuleFinding finding : validation.result().findings()) {
                groups.computeIfAbsent(grouping.key.apply(finding), k -> new ArrayList<>()).add(finding);
            }
        }
        List<Group> input = new ArrayList<>();
        groups.forEach((name, findings) -> {
            findings.sort(Comparator.comparing((RuleFinding f) -> -f.severity().getValue()).thenComparing(RuleFinding::message));
            input.add(new Group(name, findings));
        });
        Object[] expanded = viewer.getExpandedElements();
        viewer.setInput(input);
        if (expanded.length == 0 && input.size() <= 8) {
            viewer.expandAll();
        }
        setContentDescription(validation == null ? "Open a Dovetail model to see its findings."
                : input.stream().mapToInt(g -> g.findings().size()).sum() + " findings by " + grouping.label.toLowerCase() + " in "
                        + validation.editor().getTitle());
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
