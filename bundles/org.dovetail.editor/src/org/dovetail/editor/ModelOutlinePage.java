package org.dovetail.editor;

import java.util.function.Consumer;

import org.dovetail.edit.ui.provider.AdapterFactoryContentProvider;
import org.dovetail.edit.ui.provider.AdapterFactoryLabelProvider;
import org.dovetail.editor.session.ModelSession;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline view of a Dovetail editor: the model's structure two levels deep (domains, processes, systems);
 * selecting an element there shows it in the editor's tree.
 */
final class ModelOutlinePage extends ContentOutlinePage {

    private final ModelSession session;
    private final Consumer<EObject> reveal;

    ModelOutlinePage(ModelSession session, Consumer<EObject> reveal) {
        this.session = session;
        this.reveal = reveal;
    }

    /** Up to this many elements the outline opens three levels. */
    private static final int EXPAND_LIMIT = 2_000;

    private boolean isLarge() {
        int size = 0;
        for (var all = session.resource().getAllContents(); all.hasNext() && size <= EXPAND_LIMIT; all.next()) {
            size++;
        }
        return size > EXPAND_LIMIT;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new AdapterFactoryContentProvider(session.adapterFactory()));
        viewer.setLabelProvider(new AdapterFactoryLabelProvider(session.adapterFactory()));
        viewer.setUseHashlookup(true);
        viewer.setInput(session.resource());
        // Domains and their processes and systems; a large model only its domains (thousands of rows otherwise).
        viewer.expandToLevel(isLarge() ? 2 : 3);
        viewer.addSelectionChangedListener(event -> {
            if (viewer.getControl().isFocusControl()
                    && ((IStructuredSelection) event.getSelection()).getFirstElement() instanceof EObject element) {
                reveal.accept(element);
            }
        });
    }
}
