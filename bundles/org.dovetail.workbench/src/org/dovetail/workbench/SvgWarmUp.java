package org.dovetail.workbench;

import java.util.List;

import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.ISharedImages;

/**
 * Rasterises the shared icons the status bar and the Findings view show first, in a background job as the workbench
 * starts. The first SVG images SWT draws load JSVG (its classes woven by SPI Fly), and an icon with a glyph in it
 * makes AWT scan and read the system's fonts: 80–180 ms, sampled in the UI thread when the status bar first painted
 * a sync icon (sync freeze benchmark, save). Done here, that work runs on the other core. Not while the window opens:
 * on two cores that made the start to a usable window 300 ms longer (2,009 → 2,315 ms, median of 5 each).
 */
final class SvgWarmUp {

    private static final List<String> FIRST_SHOWN = List.of(ISharedImages.IMG_ELCL_SYNCED, ISharedImages.IMG_OBJS_INFO_TSK,
            ISharedImages.IMG_OBJS_WARN_TSK, ISharedImages.IMG_OBJS_ERROR_TSK);

    /** After the window is usable and the example model open (~2.3 s here), before most users act. */
    private static final long AFTER_STARTUP_MS = 3_000;

    private SvgWarmUp() {
    }

    static void startAfterStartup(ISharedImages images) {
        List<ImageDescriptor> icons = FIRST_SHOWN.stream().map(images::getImageDescriptor).toList();
        ICoreRunnable rasterise = monitor -> icons.forEach(icon -> icon.getImageData(100));
        Job job = Job.createSystem("Preparing icons", rasterise);
        job.setPriority(Job.DECORATE);
        job.schedule(AFTER_STARTUP_MS);
    }
}
