package org.dovetail.editor;

import java.util.List;
import java.util.function.Consumer;

import org.dovetail.edit.ui.provider.AdapterFactoryContentProvider;
import org.dovetail.edit.ui.provider.AdapterFactoryLabelProvider;
import org.dovetail.editor.internal.LaterDisposal;
import org.dovetail.editor.internal.LazyTreeContent;
import org.dovetail.editor.session.ModelSession;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline view of a Dovetail editor: the model's structure two levels deep (domains, processes, systems); a
 * large model's only its closed root, in a virtual tree that makes the rows of a branch as they scroll into view.
 * Selecting an element there shows it in the editor's tree.
 */
final class ModelOutlinePage extends ContentOutlinePage {

    private final ModelSession session;
    private final Consumer<EObject> reveal;

    ModelOutlinePage(ModelSession session, Consumer<EObject> reveal) {
        this.session = session;
        this.reveal = reveal;
    }

    /** Up to this many elements the outline opens three levels (a system property lowers it for tests). */
    static final String EXPAND_LIMIT_PROPERTY = "dovetail.editor.outlineExpandLimit";

    private boolean isLarge() {
        int size = 0;
        int limit = Integer.getInteger(EXPAND_LIMIT_PROPERTY, 2_000);
        for (var all = session.resource().getAllContents(); all.hasNext() && size <= limit; all.next()) {
            size++;
        }
        return size > limit;
    }

    /** Whether the model is large: decided once, before the tree is made (a large model gets a virtual tree). */
    private Boolean large;

    @Override
    protected int getTreeStyle() {
        // A large model's root has thousands of children (people, roles): a virtual tree makes only the rows on screen.
        return large() ? super.getTreeStyle() | SWT.VIRTUAL : super.getTreeStyle();
    }

    @Override
    public Control getControl() {
        return holder;
    }

    private boolean large() {
        if (large == null) {
            large = isLarge();
        }
        return large;
    }

    /** The page's control: holds the tree, which goes a turn after the page (see LaterDisposal). */
    private Composite holder;

    @Override
    public void createControl(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new FillLayout());
        super.createControl(holder);
        TreeViewer viewer = getTreeViewer();
        // The Outline view disposes this page in the turn that closes the editor (with the editor's own widgets,
        // the Properties view's page and both views' action bars); the tree is disposed in a later turn.
        LaterDisposal.install(holder, List.of(viewer.getControl()));
        AdapterFactoryContentProvider items = new AdapterFactoryContentProvider(session.adapterFactory());
        viewer.setContentProvider(large() ? new LazyTreeContent(items, element -> true) : items);
        viewer.setLabelProvider(new AdapterFactoryLabelProvider(session.adapterFactory()));
        viewer.setUseHashlookup(true);
        // Filled at the next turn of the event loop: the workbench creates this page in the turn that activates the
        // editor, which is long enough on a large model.
        viewer.getControl().getDisplay().asyncExec(() -> {
            // Not the tree's state: a page closed before this turn has a live tree waiting to be disposed.
            if (!holder.isDisposed()) {
                viewer.setInput(session.resource());
                // Domains and their processes and systems. A large model stays closed: its root has thousands of
                // children, and GTK makes a row for each on opening even in a virtual tree (sampled).
                if (!large()) {
                    viewer.expandToLevel(3);
                }
            }
        });
        viewer.addSelectionChangedListener(event -> {
            if (viewer.getControl().isFocusControl()
                    && ((IStructuredSelection) event.getSelection()).getFirstElement() instanceof EObject element) {
                reveal.accept(element);
            }
        });
    }
}
