package org.dovetail.workbench;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: titled "Dovetail", with menus, the main toolbar (Validate) and a status line. */
final class DovetailWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

    static final String TITLE = "Dovetail";

    private boolean restoredFromSavedState;

    DovetailWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new DovetailActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        // First start: as large as the screen allows (then maximised); later starts restore what the user left.
        Rectangle screen = Display.getCurrent().getPrimaryMonitor().getClientArea();
        configurer.setInitialSize(new Point(Math.max(1280, screen.width), Math.max(800, screen.height)));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle(TITLE);
    }

    @Override
    public void postWindowCreate() {
        if (!restoredFromSavedState) {
            getWindowConfigurer().getWindow().getShell().setMaximized(true);
        }
    }

    @Override
    public void postWindowOpen() {
        StartupTiming.mark("window");
    }

    @Override
    public org.eclipse.core.runtime.IStatus restoreState(org.eclipse.ui.IMemento memento) {
        restoredFromSavedState = true;
        return super.restoreState(memento);
    }
}
