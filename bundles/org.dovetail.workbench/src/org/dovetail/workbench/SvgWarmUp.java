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
 * a sync icon (sync freeze benchmark, save). Done here, that work runs on the other core while the window opens.
 */
final class SvgWarmUp {

    private static final List<String> FIRST_SHOWN = List.of(ISharedImages.IMG_ELCL_SYNCED, ISharedImages.IMG_OBJS_INFO_TSK,
            ISharedImages.IMG_OBJS_WARN_TSK, ISharedImages.IMG_OBJS_ERROR_TSK);

    private SvgWarmUp() {
    }

    static void start(ISharedImages images) {
        List<ImageDescriptor> icons = FIRST_SHOWN.stream().map(images::getImageDescriptor).toList();
        ICoreRunnable rasterise = monitor -> icons.forEach(icon -> icon.getImageData(100));
        Job job = Job.createSystem("Preparing icons", rasterise);
        job.setPriority(Job.DECORATE);
        job.schedule();
    }
}
