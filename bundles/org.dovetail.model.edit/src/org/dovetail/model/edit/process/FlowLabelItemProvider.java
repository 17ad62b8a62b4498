package org.dovetail.model.edit.process;

import org.dovetail.model.process.Flow;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Step;
import org.dovetail.model.process.provider.FlowItemProvider;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.ViewerNotification;

/** A flow has no name: it is labelled by the steps it joins ("Flow Register invoice → Three-way match [if …]"). */
public class FlowLabelItemProvider extends FlowItemProvider {

    public FlowLabelItemProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public String getText(Object object) {
        Flow flow = (Flow) object;
        StringBuilder text = new StringBuilder(getString("_UI_Flow_type"));
        text.append(' ').append(nameOf(flow.getSource())).append(" \u2192 ").append(nameOf(flow.getTarget()));
        if (flow.getCondition() != null && !flow.getCondition().isBlank()) {
            text.append(" [").append(flow.getCondition()).append(']');
        }
        return text.toString();
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (notification.getFeature() == ProcessPackage.Literals.FLOW__SOURCE
                || notification.getFeature() == ProcessPackage.Literals.FLOW__TARGET) {
            fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
            return;
        }
        super.notifyChanged(notification);
    }

    private static String nameOf(Step step) {
        return step == null || step.getName() == null ? "?" : step.getName();
    }
}
