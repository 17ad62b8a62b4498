package org.dovetail.editor.session;

import java.io.IOException;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.dovetail.editor.internal.EditorAdapterFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.Saveable;

/**
 * One model file as every editor on it sees it: one resource set, one EMF.Edit editing domain and one command stack
 * (so undo, redo and the dirty state are shared), one adapter factory (so item providers are not duplicated). Get
 * one from {@link ModelSessions#acquire}; {@link #release()} it when done.
 *
 * <p>Editors change the model only through commands on {@link #commandStack()}. They listen with
 * {@link #addListener(Listener)} to refresh their dirty state, and implement {@code ISaveablesSource} with
 * {@link #saveable()} so that the workbench asks to save only when the last editor on the file closes.</p>
 *
 * <p>UI thread only (command stack listeners are told in the thread that executed the command).</p>
 */
public final class ModelSession {

    /** Told after every execute, undo, redo or flush of the command stack, and after a save. */
    public interface Listener {
        /**
         * @param event the command stack's event, or {@code null} after a save
         */
        void sessionChanged(ModelSession session, EventObject event);
    }

    /** From this size on a model file is read, and written, in a worker thread (see {@link #load(URI)}, {@link #save}). */
    private static final long LARGE_FILE_BYTES = 2_000_000;
    /** The system property that sets another size (tests read a small model the way a large one is read). */
    public static final String LARGE_FILE_PROPERTY = "dovetail.editor.backgroundLoadBytes";
    /** How long a closed model waits before its adapters are cleared (see {@link #drop()}). */
    private static final long DROP_DELAY_MS = 500;

    private final URI uri;
    private final ComposedAdapterFactory adapterFactory;
    private final SessionCommandStack commandStack = new SessionCommandStack();
    private final AdapterFactoryEditingDomain editingDomain;
    private final ListenerList<Listener> listeners = new ListenerList<>();
    private final CommandStackListener stackListener = this::fire;
    private final Resource resource;
    private final ISchedulingRule modelRule = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };
    private final Saveable saveable = new SessionSaveable(this);
    private String loadProblem;
    private int references;
    /** Closed while a worker wrote the model: drop it when the write ends. */
    private boolean dropWhenWritten;

    ModelSession(URI uri) {
        this.uri = uri;
        this.adapterFactory = EditorAdapterFactory.create();
        this.editingDomain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, new HashMap<>());
        this.resource = load(uri);
        commandStack.addCommandStackListener(stackListener);
    }

    /**
     * Loads the model; a large file (reading 10 MB takes seconds) is read by a job, its progress in the status bar,
     * while the UI thread keeps turning the event loop under a busy cursor. Not a progress dialog: opening and closing
     * its window held the UI thread for a tenth of a second. The resource set is new and nobody else sees it until the
     * session is made, so reading it in another thread is safe.
     */
    private Resource load(URI modelUri) {
        Display display = Display.getCurrent();
        if (display == null || !PlatformUI.isWorkbenchRunning() || size(modelUri) < Long.getLong(LARGE_FILE_PROPERTY, LARGE_FILE_BYTES)) {
            return read(modelUri);
        }
        Resource[] loaded = new Resource[1];
        RuntimeException[] failure = new RuntimeException[1];
        AtomicBoolean done = new AtomicBoolean();
        Runnable readIt = () -> {
            try {
                loaded[0] = read(modelUri);
            } catch (RuntimeException e) {
                failure[0] = e;
            } finally {
                done.set(true);
                display.wake();
            }
        };
        if (Job.getJobManager().isSuspended()) {
            // The workbench is starting (restoring this editor) and runs no jobs yet.
            Thread reader = new Thread(readIt, "Opening " + modelUri.lastSegment());
            reader.setDaemon(true);
            reader.start();
        } else {
            Job reading = Job.create("Opening " + modelUri.lastSegment(), monitor -> {
                monitor.beginTask("Reading " + modelUri.lastSegment(), IProgressMonitor.UNKNOWN);
                readIt.run();
                monitor.done();
            });
            reading.setPriority(Job.INTERACTIVE);
            reading.schedule();
        }
        turnEventLoopUntil(display, done);
        if (failure[0] != null) {
            throw failure[0];
        }
        return loaded[0];
    }

    private long size(URI modelUri) {
        if (modelUri.isPlatformResource()) {
            // EMF's platform:/resource handler does not say a file's length: ask the workspace where the file lies.
            IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new org.eclipse.core.runtime.Path(modelUri.toPlatformString(true)));
            IPath location = file.getLocation();
            return location == null ? 0 : location.toFile().length();
        }
        try {
            Object length = editingDomain.getResourceSet().getURIConverter()
                    .getAttributes(modelUri, Map.of(URIConverter.OPTION_REQUESTED_ATTRIBUTES, Set.of(URIConverter.ATTRIBUTE_LENGTH)))
                    .get(URIConverter.ATTRIBUTE_LENGTH);
            return length instanceof Long bytes ? bytes : 0;
        } catch (RuntimeException e) {
            return 0; // read in the UI thread, where a missing file says what is wrong
        }
    }

    private Resource read(URI modelUri) {
        ResourceSet resources = editingDomain.getResourceSet();
        Resource loaded;
        try {
            loaded = resources.getResource(modelUri, true);
        } catch (RuntimeException e) {
            // The resource stays in the set with whatever could be read; say what went wrong.
            loaded = resources.getResource(modelUri, false);
            loadProblem = "This model could not be loaded completely: " + rootCause(e).getMessage();
        }
        if (loadProblem == null && loaded != null && !loaded.getErrors().isEmpty()) {
            loadProblem = "This model has problems: " + loaded.getErrors().get(0).getMessage();
        }
        if (loadProblem != null && loaded != null) {
            // Whatever was read is shown, but never saved over the file: that would lose what could not be read.
            editingDomain.getResourceToReadOnlyMap().put(loaded, Boolean.TRUE);
            loadProblem += "\nThe model is open read-only; the file is left as it is.";
        }
        return loaded;
    }

    /** The model file's URI ({@code platform:/resource/…} for workspace files). */
    public URI uri() {
        return uri;
    }

    /** The model file's resource (possibly with partial content, see {@link #loadProblem()}), never {@code null}. */
    public Resource resource() {
        return resource;
    }

    /** The resource set the model and the files it references are loaded into. */
    public ResourceSet resourceSet() {
        return editingDomain.getResourceSet();
    }

    public AdapterFactoryEditingDomain editingDomain() {
        return editingDomain;
    }

    public BasicCommandStack commandStack() {
        return commandStack;
    }

    /** The item providers of the model (labels, icons, properties, child descriptors). Disposed with the session. */
    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /** Why the model could not be loaded completely (then it is read-only), or {@code null} if it loaded cleanly. */
    public String loadProblem() {
        return loadProblem;
    }

    public boolean isReadOnly() {
        return editingDomain.isReadOnly(resource);
    }

    /** Whether there are changes since the file was loaded or last saved. */
    public boolean isDirty() {
        return commandStack.isSaveNeeded();
    }

    /**
     * Saves every changed, writable resource of the set (the model and any diagram or other file an editor loaded
     * into it) and marks the stack saved; listeners are told. A large model (writing 10 MB of XMI takes ~300 ms) is
     * written by a worker while the UI thread keeps turning the event loop under a busy cursor; changes made meanwhile
     * wait in the command stack ({@link SessionCommandStack}) and are done when the files are written.
     */
    public void save(IProgressMonitor monitor) throws IOException {
        if (commandStack.isHolding()) {
            return; // a save is writing now (Save pressed again while it runs): it writes what there was to save
        }
        List<Resource> changed = List.copyOf(resourceSet().getResources()).stream()
                .filter(each -> each.isLoaded() && !each.getContents().isEmpty() && !editingDomain.isReadOnly(each)).toList();
        Display display = Display.getCurrent();
        try {
            if (display == null || !PlatformUI.isWorkbenchRunning() || size(uri) < Long.getLong(LARGE_FILE_PROPERTY, LARGE_FILE_BYTES)) {
                write(changed, monitor);
            } else {
                writeInWorker(changed, monitor, display);
            }
            commandStack.saveIsDone();
            fire(null);
        } finally {
            if (commandStack.isHolding()) {
                commandStack.release(); // after saveIsDone: what waited is not in the files
            }
            if (dropWhenWritten) {
                dropWhenWritten = false;
                drop(); // closed while a worker wrote it
            }
        }
    }

    private void writeInWorker(List<Resource> changed, IProgressMonitor monitor, Display display) throws IOException {
        // Resources tell their adapters "modified", "time stamp" in the writing thread; nobody here needs that.
        changed.forEach(each -> each.eSetDeliver(false));
        commandStack.hold();
        Exception[] failure = new Exception[1];
        AtomicBoolean done = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            try {
                write(changed, monitor);
            } catch (IOException | RuntimeException e) {
                failure[0] = e;
            } finally {
                done.set(true);
                display.wake();
            }
        }, "Saving " + uri.lastSegment());
        writer.setDaemon(true);
        try {
            writer.start();
            turnEventLoopUntil(display, done);
        } finally {
            if (!done.get()) {
                joinQuietly(writer); // the loop threw: the held changes must still wait for the writer, which reads the model
            }
            changed.forEach(each -> each.eSetDeliver(true));
        }
        if (failure[0] instanceof IOException e) {
            throw e;
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
    }

    /** Turns the event loop under a busy cursor until a worker sets {@code done} (and wakes the display). */
    private static void turnEventLoopUntil(Display display, AtomicBoolean done) {
        BusyIndicator.showWhile(display, () -> {
            while (!done.get()) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
        });
    }

    private static void joinQuietly(Thread writer) {
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(List<Resource> changed, IProgressMonitor monitor) throws IOException {
        Map<Object, Object> options = new HashMap<>();
        options.put(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
        for (Resource each : changed) {
            if (monitor != null && monitor.isCanceled()) {
                return;
            }
            each.save(options);
        }
    }

    /**
     * Marks the stack saved without writing, when the files already hold the model (a sync merged the same changes
     * into them); listeners are told, so editors drop their dirty mark.
     */
    public void markSaved() {
        commandStack.saveIsDone();
        fire(null);
    }

    /**
     * The one {@link Saveable} of this session; editors on the file return it from
     * {@code ISaveablesSource.getSaveables()}, so closing one of several asks nothing and closing the last asks once.
     */
    public Saveable saveable() {
        return saveable;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /**
     * The scheduling rule of jobs that read or walk this model in a worker (validation, detaching adapters, dropping
     * the closed model): they run one at a time, so two of them never change the same adapter lists at once.
     */
    public ISchedulingRule modelRule() {
        return modelRule;
    }

    /** How many holders the session has; it is closed at zero. */
    public int references() {
        return references;
    }

    /** Whether the last holder released it: its model is dropped and it must not be used any more. */
    public boolean isClosed() {
        return references == 0;
    }

    void retain() {
        references++;
    }

    /** Gives back one reference; the last one drops the model and its unsaved changes. */
    public void release() {
        if (references == 0) {
            throw new IllegalStateException("The session of " + uri + " was released more often than acquired");
        }
        references--;
        if (references == 0) {
            ModelSessions.closed(this);
            commandStack.removeCommandStackListener(stackListener);
            commandStack.flush();
            listeners.clear();
            if (commandStack.isHolding()) {
                dropWhenWritten = true; // a worker is writing the model: it goes when the write ends (see save)
            } else {
                drop();
            }
        }
    }

    /**
     * Drops the closed model. Not unloaded: unloading turns every element into a proxy, a pause of a tenth of a second
     * per 100 K elements on closing, and nothing outside the session holds them. Even dropping walks the model (content
     * adapters leave every element), so it is done in a worker: nobody uses the model now. Half a second later: on two
     * cores a walk of 100 K elements at once takes a core from the UI thread's close (sampled: 30-40 ms of its wait).
     */
    private void drop() {
        Job drop = Job.createSystem("Closing " + uri.lastSegment(), monitor -> {
            adapterFactory.dispose();
            for (Resource each : List.copyOf(resourceSet().getResources())) {
                each.eAdapters().clear();
            }
            resourceSet().getResources().clear();
        });
        drop.setPriority(Job.DECORATE);
        drop.setRule(modelRule);
        drop.schedule(DROP_DELAY_MS);
    }

    private void fire(EventObject event) {
        for (Listener listener : listeners) {
            listener.sessionChanged(this, event);
        }
    }

    @Override
    public String toString() {
        return "ModelSession[" + uri + ", " + references + " holder(s)" + (isDirty() ? ", dirty" : "") + "]";
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
