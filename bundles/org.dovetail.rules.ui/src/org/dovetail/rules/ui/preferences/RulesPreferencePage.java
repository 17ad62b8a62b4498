package org.dovetail.rules.ui.preferences;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.engine.RuleConfiguration;
import org.dovetail.rules.engine.RuleConfigurationException;
import org.dovetail.rules.registry.MappingValidatorRegistry;
import org.dovetail.rules.registry.RiskRuleRegistry;
import org.dovetail.rules.ui.FindingTexts;
import org.dovetail.rules.ui.ModelFiles;
import org.dovetail.rules.ui.preferences.RuleConfigurationFile.Setting;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Dovetail &gt; Rules: every installed rule and mapping validator, on or off, with a severity override. The settings are
 * the project's {@value RuleConfiguration#FILE_NAME} file (the one of the active editor's model), so the workbench,
 * the command line and the server validate with the same configuration.
 */
public final class RulesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private static final String DEFAULT_SEVERITY = "Default";
    private static final String[] SEVERITY_CHOICES = { DEFAULT_SEVERITY, "Info", "Warning", "Error" };

    private final List<ModelCheck> checks = new ArrayList<>();
    private final Map<String, Setting> settings = new HashMap<>();
    private IFile file;
    private CheckboxTableViewer viewer;

    @Override
    public void init(IWorkbench workbench) {
        checks.addAll(RiskRuleRegistry.getDefault().rules());
        checks.addAll(MappingValidatorRegistry.getDefault().validators());
        file = configurationFile(workbench);
    }

    /** The configuration file of the active editor's model, else of the first open project; {@code null} if none. */
    private static IFile configurationFile(IWorkbench workbench) {
        var window = workbench.getActiveWorkbenchWindow();
        IEditorPart editor = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
        if (editor instanceof DovetailEditor dovetail) {
            IFile model = ModelFiles.workspaceFile(dovetail.getResource());
            if (model != null) {
                return RuleConfigurationFile.forModel(model);
            }
        }
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (project.isOpen()) {
                return project.getFile(RuleConfiguration.FILE_NAME);
            }
        }
        return null;
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        Label where = new Label(area, SWT.WRAP);
        GridData whereData = new GridData(SWT.FILL, SWT.TOP, true, false);
        whereData.widthHint = 560;
        where.setLayoutData(whereData);
        if (file == null) {
            where.setText("Rules are configured per project, in its " + RuleConfiguration.FILE_NAME
                    + " file. Open a Dovetail model to configure the rules of its project.");
            return area;
        }
        where.setText("Rules of project " + file.getProject().getName() + ", saved in " + file.getFullPath()
                + ": the command line and the server read the same file. Unchecked rules do not run.");
        load();
        createTable(area);
        return area;
    }

    private void load() {
        settings.clear();
        if (!file.exists() || file.getLocation() == null) {
            return;
        }
        try {
            RuleConfiguration configuration = RuleConfiguration.load(file.getLocation().toPath());
            configuration.rules().forEach((id, s) -> settings.put(id, new Setting(s.enabled(), s.severity())));
        } catch (RuleConfigurationException e) {
            setErrorMessage(e.getMessage());
        }
    }

    private void createTable(Composite parent) {
        viewer = CheckboxTableViewer.newCheckList(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 360;
        viewer.getTable().setLayoutData(data);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Rule", 300, check -> check.id());
        column("Title", 270, check -> check.title());
        column("Category", 220, check -> FindingTexts.category(check.category()));
        column("Default", 70, check -> FindingTexts.severity(check.defaultSeverity()));
        TableViewerColumn severity = column("Severity", 80, check -> {
            Severity override = setting(check).severity();
            return override == null ? DEFAULT_SEVERITY : FindingTexts.severity(override);
        });
        severity.setEditingSupport(new SeverityEditing());
        viewer.setInput(checks);
        viewer.setCheckStateProvider(new org.eclipse.jface.viewers.ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                return setting((ModelCheck) element).enabled();
            }

            @Override
            public boolean isGrayed(Object element) {
                return false;
            }
        });
        viewer.addCheckStateListener(event -> {
            ModelCheck check = (ModelCheck) event.getElement();
            settings.put(check.id(), new Setting(event.getChecked(), setting(check).severity()));
        });
    }

    private TableViewerColumn column(String header, int width, java.util.function.Function<ModelCheck, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ModelCheck) element);
            }
        });
        return column;
    }

    private Setting setting(ModelCheck check) {
        return settings.getOrDefault(check.id(), Setting.DEFAULT);
    }

    /** Turns a rule on or off, as the check box in its row does. */
    void setEnabled(String ruleId, boolean enabled) {
        checks.stream().filter(c -> c.id().equals(ruleId)).findFirst().ifPresent(check -> {
            settings.put(ruleId, new Setting(enabled, setting(check).severity()));
            viewer.setChecked(check, enabled);
        });
    }

    /** Overrides a rule's severity ({@code null}: its default), as the Severity cell does. */
    void setSeverity(String ruleId, Severity severity) {
        checks.stream().filter(c -> c.id().equals(ruleId)).findFirst().ifPresent(check -> {
            settings.put(ruleId, new Setting(setting(check).enabled(), severity));
            viewer.update(check, null);
        });
    }

    IFile file() {
        return file;
    }

    @Override
    protected void performDefaults() {
        settings.clear();
        if (viewer != null) {
            viewer.refresh();
        }
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (file == null || viewer == null) {
            return true;
        }
        try {
            String existing = file.exists() ? new String(file.getContents(true).readAllBytes(), file.getCharset()) : "";
            String text = RuleConfigurationFile.update(existing, checks.stream().map(ModelCheck::id).toList(), settings);
            if (text.equals(existing)) {
                return true;
            }
            var in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            if (file.exists()) {
                file.setContents(in, true, true, null);
            } else {
                file.create(in, true, null);
            }
        } catch (CoreException | java.io.IOException e) {
            setErrorMessage("Could not save " + file.getFullPath() + ": " + e.getMessage());
            return false;
        }
        // The workspace change of the file makes every open model validate again (ModelValidations listens).
        return true;
    }

    /** The Severity cell: Default, Info, Warning or Error. */
    private final class SeverityEditing extends EditingSupport {

        SeverityEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(viewer.getTable(), SEVERITY_CHOICES, SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            Severity severity = setting((ModelCheck) element).severity();
            return severity == null ? 0 : severity.getValue() + 1;
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            setSeverity(((ModelCheck) element).id(), index <= 0 ? null : Severity.get(index - 1));
        }
    }
}
