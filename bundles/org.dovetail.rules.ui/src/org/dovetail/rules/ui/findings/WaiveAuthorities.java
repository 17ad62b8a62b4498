package org.dovetail.rules.ui.findings;

import org.dovetail.rules.ui.WaiveAuthority;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/** The registered {@link WaiveAuthority} services, asked in turn, and the listeners to tell when an answer may change. */
public final class WaiveAuthorities {

    private static final ListenerList<Runnable> LISTENERS = new ListenerList<>();
    private static ServiceTracker<WaiveAuthority, WaiveAuthority> tracker;

    private WaiveAuthorities() {
    }

    /** The first objection of a registered authority to waiving in {@code file}, or null (also without a file). */
    public static String refusal(IFile file) {
        ServiceTracker<WaiveAuthority, WaiveAuthority> services = tracker();
        if (file == null || services == null) {
            return null;
        }
        for (WaiveAuthority authority : services.getServices(new WaiveAuthority[0])) {
            try {
                String refusal = authority.refusal(file);
                if (refusal != null) {
                    return refusal;
                }
            } catch (RuntimeException e) {
                return "Could not check who may waive here: " + e.getMessage();
            }
        }
        return null;
    }

    public static void addListener(Runnable listener) {
        tracker();
        LISTENERS.add(listener);
    }

    public static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }

    /** Runs the listeners in the UI thread. */
    public static void fireChanged() {
        Display display = Display.getDefault();
        display.asyncExec(() -> LISTENERS.forEach(Runnable::run));
    }

    private static synchronized ServiceTracker<WaiveAuthority, WaiveAuthority> tracker() {
        if (tracker == null) {
            Bundle bundle = FrameworkUtil.getBundle(WaiveAuthorities.class);
            BundleContext context = bundle == null ? null : bundle.getBundleContext();
            if (context == null) {
                return null; // outside OSGi (plain unit tests): nobody objects
            }
            tracker = new ServiceTracker<>(context, WaiveAuthority.class, new ServiceTrackerCustomizer<>() {
                @Override
                public WaiveAuthority addingService(ServiceReference<WaiveAuthority> reference) {
                    WaiveAuthority service = context.getService(reference);
                    fireChanged();
                    return service;
                }

                @Override
                public void modifiedService(ServiceReference<WaiveAuthority> reference, WaiveAuthority service) {
                    fireChanged();
                }

                @Override
                public void removedService(ServiceReference<WaiveAuthority> reference, WaiveAuthority service) {
                    context.ungetService(reference);
                    fireChanged();
                }
            });
            tracker.open();
        }
        return tracker;
    }
}
