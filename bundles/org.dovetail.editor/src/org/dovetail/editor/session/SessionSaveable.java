package org.dovetail.editor.session;

import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.Saveable;

/** The workbench's view of a session's unsaved state: one per session, equal only to itself. */
final class SessionSaveable extends Saveable {

    private final ModelSession session;

    SessionSaveable(ModelSession session) {
        this.session = session;
    }

    @Override
    public String getName() {
        String last = session.uri().lastSegment();
        return last == null ? session.uri().toString() : URI.decode(last);
    }

    @Override
    public String getToolTipText() {
        return session.uri().isPlatformResource() ? session.uri().toPlatformString(true) : session.uri().toString();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public void doSave(IProgressMonitor monitor) throws CoreException {
        try {
            session.save(monitor);
        } catch (IOException | RuntimeException e) {
            throw new CoreException(Status.error("Could not save " + getName() + ": " + e.getMessage(), e));
        }
    }

    @Override
    public boolean isDirty() {
        return !session.isClosed() && session.isDirty();
    }

    @Override
    public boolean equals(Object object) {
        return object == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
