package org.dovetail.workbench;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/** Workbench life cycle: IDE resource support, the Dovetail perspective, the example project. */
final class DovetailWorkbenchAdvisor extends WorkbenchAdvisor {

    /** Short event-loop sleeps until the window is open (see {@link StartupTicks}). */
    private StartupTicks startupTicks;

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        // Labels and icons of workspace resources in the Project Explorer come from these adapters.
        IDE.registerAdapters();
        IdeImages.declare(configurer);
        ReopenedEditors.closeEditorsOnExitByDefault();
        startupTicks = StartupTicks.start(configurer.getWorkbench().getDisplay());
        StartupTiming.mark("workbench");
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return DovetailPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new DovetailWorkbenchWindowAdvisor(configurer);
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public void postStartup() {
        super.postStartup();
        if (startupTicks != null) {
            startupTicks.stop();
        }
        // The window first: the last session's editors (or the example model) open in turns of the event loop of their
        // own, once the window is up.
        IWorkbench workbench = getWorkbenchConfigurer().getWorkbench();
        StartupTiming.measureWhenIdle(workbench, () -> ExampleModelOpener.openOnStartup(workbench));
        SvgWarmUp.startAfterStartup(workbench.getSharedImages());
    }

    @Override
    public boolean preShutdown() {
        ReopenedEditors.remember(getWorkbenchConfigurer().getWorkbench());
        return super.preShutdown();
    }

    @Override
    public void postShutdown() {
        try {
            ResourcesPlugin.getWorkspace().save(true, null);
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
        super.postShutdown();
    }
}
