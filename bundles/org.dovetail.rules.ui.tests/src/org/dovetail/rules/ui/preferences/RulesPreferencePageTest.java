package org.dovetail.rules.ui.preferences;

import static org.dovetail.rules.ui.RulesUiTestSupport.awaitValidation;
import static org.dovetail.rules.ui.RulesUiTestSupport.page;
import static org.dovetail.rules.ui.RulesUiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.engine.RuleConfiguration;
import org.dovetail.rules.ui.ModelValidation;
import org.dovetail.rules.ui.ModelValidations;
import org.dovetail.rules.ui.RulesUiTestSupport;
import org.dovetail.rules.ui.preferences.RuleConfigurationFile.Setting;
import org.dovetail.workbench.ExampleProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.junit.jupiter.api.extension.ExtendWith;

/** Dovetail &gt; Rules writes the project's .dovetailrules, and validation follows it. */
@ExtendWith(ScreenshotOnFailure.class)
class RulesPreferencePageTest {

    private static final String APPROVAL_SKIP_PATH = "workflow.approval-skip-path";
    private static final String STEP_WITHOUT_OWNER = "governance.step-without-owner";

    private DovetailEditor editor;
    private ModelValidation validation;
    private Shell shell;
    private IFile file;

    @BeforeEach
    void open() throws Exception {
        editor = RulesUiTestSupport.openSupplierInvoiceModel();
        page().activate(editor);
        validation = ModelValidations.of(editor);
        awaitValidation(validation);
        shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), SWT.SHELL_TRIM);
    }

    @AfterEach
    void restore() throws Exception {
        shell.dispose();
        if (file != null && file.exists()) {
            file.delete(true, null);
        }
        page().closeAllEditors(false);
    }

    @Test
    void disablingARuleAndOverridingASeverityIsSavedInDovetailrulesAndTheRuleNoLongerReports() throws Exception {
        assertFalse(validation.result().findingsOf(APPROVAL_SKIP_PATH).isEmpty());
        RulesPreferencePage prefs = new RulesPreferencePage();
        prefs.init(PlatformUI.getWorkbench());
        prefs.createControl(shell);
        file = prefs.file();
        assertEquals(RuleConfiguration.FILE_NAME, file.getName());
        assertEquals(ExampleProject.NAME, file.getProject().getName(), "the model's project");

        prefs.setEnabled(APPROVAL_SKIP_PATH, false);
        prefs.setSeverity(STEP_WITHOUT_OWNER, Severity.ERROR);
        assertTrue(prefs.performOk());

        String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.contains("rule." + APPROVAL_SKIP_PATH + " = off"), text);
        assertTrue(text.contains("rule." + STEP_WITHOUT_OWNER + " = error"), text);
        RuleConfiguration read = RuleConfiguration.parse(text, "test");
        assertFalse(read.isEnabled(APPROVAL_SKIP_PATH), "the engine reads what the page wrote");

        waitUntil("a disabled rule no longer reports", () -> !validation.isRunning()
                && validation.result().findingsOf(APPROVAL_SKIP_PATH).isEmpty());
        assertTrue(validation.result().findingsOf(STEP_WITHOUT_OWNER).stream().allMatch(f -> f.severity() == Severity.ERROR),
                "the override applies");
        assertTrue(validation.notes().isEmpty(), "the configuration is clean: " + validation.notes());
    }

    @Test
    void aDovetailrulesFileWrittenByHandAppliesToTheOpenModel() throws Exception {
        file = ExampleProject.project().getFile(RuleConfiguration.FILE_NAME);
        file.create(new ByteArrayInputStream("rule.governance.step-without-owner = off\n".getBytes(StandardCharsets.UTF_8)),
                true, null);
        waitUntil("the configuration applies", () -> !validation.isRunning()
                && validation.result().findingsOf(STEP_WITHOUT_OWNER).isEmpty());

        file.delete(true, null);
        waitUntil("the defaults apply again", () -> !validation.isRunning()
                && !validation.result().findingsOf(STEP_WITHOUT_OWNER).isEmpty());
    }

    @Test
    void updatingKeepsPinsCommentsAndRulesOfPacksNotInstalled() {
        String existing = """
                # ours
                pack.org.dovetail.rules.builtin = 0.1
                rule.workflow.shadow-state = off
                rule.com.example.sox.four-eyes = error # vendor pack, not installed here
                time-limit = 5s
                """;
        String updated = RuleConfigurationFile.update(existing, List.of("workflow.shadow-state", APPROVAL_SKIP_PATH),
                Map.of(APPROVAL_SKIP_PATH, new Setting(true, Severity.WARNING)));
        assertEquals("""
                # ours
                pack.org.dovetail.rules.builtin = 0.1
                rule.com.example.sox.four-eyes = error # vendor pack, not installed here
                time-limit = 5s
                rule.workflow.approval-skip-path = warning
                """, updated);
    }
}
