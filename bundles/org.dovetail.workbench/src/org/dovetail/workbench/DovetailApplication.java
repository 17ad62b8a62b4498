package org.dovetail.workbench;

import java.io.IOException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Starts the Dovetail workbench on the workspace given with {@code -data}. */
public class DovetailApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        StartupTiming.mark("application");
        Display display;
        try {
            display = PlatformUI.createDisplay();
            StartupTiming.mark("display");
        } catch (SWTError | UnsatisfiedLinkError e) {
            System.err.println("Dovetail needs a graphical display (set DISPLAY, or run under xvfb-run): " + e.getMessage());
            return Integer.valueOf(1);
        }
        Location workspace = Platform.getInstanceLocation();
        try {
            if (!lock(workspace)) {
                MessageDialog.openError(null, "Dovetail", "The workspace " + workspace.getURL()
                        + " is in use by another Dovetail window. Close that window, or start with another -data folder.");
                return IApplication.EXIT_OK;
            }
            context.applicationRunning();
            int code = PlatformUI.createAndRunWorkbench(display, new DovetailWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
            if (workspace != null && workspace.isSet()) {
                workspace.release();
            }
        }
    }

    /** True if this process may use the workspace (locked now, or no lockable location). */
    private static boolean lock(Location workspace) {
        if (workspace == null || !workspace.isSet()) {
            return true;
        }
        try {
            return workspace.isLocked() ? false : workspace.lock();
        } catch (IOException e) {
            // A read-only location cannot be locked; the workspace itself will report what is wrong.
            return true;
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
