package org.dovetail.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.edit.ui.provider.AdapterFactoryContentProvider;
import org.dovetail.editor.internal.LazyTreeContent;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessDomain;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.ui.testing.Widgets;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A lazy tree shows children inserted or removed at several places by inserting or removing those rows (an import
 * adds a process after the processes and roles after the roles), and leaves reorders and large changes to a refresh.
 * The domain is changed without notifications here, so that only {@link LazyTreeContent#showInsertedOrRemoved} can
 * bring the rows up to date.
 */
class LazyTreeContentTest {

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final ProcessDomain domain = ProcessFactory.eINSTANCE.createProcessDomain();
    private Shell shell;
    private TreeViewer viewer;
    private LazyTreeContent content;

    @BeforeEach
    void showTwentyProcesses() {
        for (int i = 0; i < 20; i++) {
            domain.getProcesses().add(process("Process " + i));
        }
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(400, 900);
        viewer = new TreeViewer(shell, SWT.VIRTUAL);
        viewer.setUseHashlookup(true);
        content = new LazyTreeContent(new AdapterFactoryContentProvider(adapterFactory), element -> element instanceof Process);
        viewer.setContentProvider(content);
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Process) element).getName();
            }
        });
        shell.open();
        viewer.setInput(domain);
        UiWait.processEvents();
        assertEquals(names(domain.getProcesses()), Widgets.shownTopTexts(viewer.getTree()));
    }

    @AfterEach
    void dispose() {
        shell.dispose();
        adapterFactory.dispose();
    }

    @Test
    void insertionsAndRemovalsAtSeveralPlacesBecomeRowsInPlace() {
        List<Process> processes = domain.getProcesses();
        domain.eSetDeliver(false);
        processes.add(0, process("first"));
        processes.remove(8);
        processes.add(12, process("middle"));
        processes.remove(processes.size() - 1);
        processes.add(process("last"));
        domain.eSetDeliver(true);

        assertTrue(content.showInsertedOrRemoved(domain), "inserted and removed rows are shown without a refresh");
        assertEquals(names(processes), Widgets.shownTopTexts(viewer.getTree()));
        assertEquals(processes, data(), "each row holds its process");
    }

    @Test
    void reorderedRowsAreLeftToARefresh() {
        domain.eSetDeliver(false);
        domain.getProcesses().move(0, 5);
        domain.eSetDeliver(true);
        assertFalse(content.showInsertedOrRemoved(domain));
        viewer.refresh(domain);
        UiWait.processEvents();
        assertEquals(names(domain.getProcesses()), Widgets.shownTopTexts(viewer.getTree()), "the refresh shows the order");
    }

    @Test
    void moreThanAHundredNewRowsAreLeftToARefresh() {
        domain.eSetDeliver(false);
        for (int i = 0; i < 101; i++) {
            domain.getProcesses().add(process("added " + i));
        }
        domain.eSetDeliver(true);
        assertFalse(content.showInsertedOrRemoved(domain));
    }

    private static Process process(String name) {
        Process process = ProcessFactory.eINSTANCE.createProcess();
        process.setName(name);
        return process;
    }

    private static List<String> names(List<Process> processes) {
        return processes.stream().map(Process::getName).toList();
    }

    private List<EObject> data() {
        List<EObject> data = new ArrayList<>();
        for (int i = 0; i < viewer.getTree().getItemCount(); i++) {
            data.add((EObject) viewer.getTree().getItem(i).getData());
        }
        return data;
    }
}
