package org.dovetail.rules.ui.findings;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dovetail.model.governance.Severity;
import org.dovetail.rules.ui.FindingTexts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The bar above the Findings table: a filter text and toggles for each severity and for waived findings. Every change
 * goes into the {@link FindingsFilter}, then {@code changed} runs.
 */
final class FindingsFilterBar {

    private final Map<Severity, ToolItem> severityButtons = new EnumMap<>(Severity.class);
    private final Text filterText;

    FindingsFilterBar(Composite parent, FindingsFilter filter, Runnable changed) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 2;
        bar.setLayout(layout);
        filterText = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage("Filter: rule, category, owner, element, message (or rule:…, owner:…)");
        GridData filterData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        filterData.minimumWidth = 160;
        filterText.setLayoutData(filterData);
        filterText.addModifyListener(e -> {
            filter.setText(filterText.getText());
            changed.run();
        });
        // Toggles as tool items: their pressed state reads the same in every GTK theme.
        ToolBar toggles = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            ToolItem item = new ToolItem(toggles, SWT.CHECK);
            item.setText(FindingTexts.severity(severity) + "s");
            item.setImage(FindingTexts.severityImage(severity));
            item.setToolTipText("Show " + FindingTexts.severity(severity).toLowerCase(Locale.ROOT) + " findings");
            item.setSelection(true);
            item.addListener(SWT.Selection, e -> {
                filter.setSeverity(severity, item.getSelection());
                changed.run();
            });
            severityButtons.put(severity, item);
        }
        ToolItem waivedButton = new ToolItem(toggles, SWT.CHECK);
        waivedButton.setText("Waived");
        waivedButton.setToolTipText("Show waived and accepted findings");
        waivedButton.setSelection(true);
        waivedButton.addListener(SWT.Selection, e -> {
            filter.setShowWaived(waivedButton.getSelection());
            changed.run();
        });
    }

    Text filterText() {
        return filterText;
    }

    ToolItem severityButton(Severity severity) {
        return severityButtons.get(severity);
    }
}
