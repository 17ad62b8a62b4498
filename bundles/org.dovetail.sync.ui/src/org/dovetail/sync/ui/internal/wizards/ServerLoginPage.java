package org.dovetail.sync.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.util.List;

import org.dovetail.sync.client.Credentials;
import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncResult;
import org.dovetail.sync.ui.internal.ServerAccounts;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Page 1 of the clone wizard: the server and the user's credentials. Next connects (in the wizard's progress part,
 * never in the UI thread) and lists the user's projects; a wrong password or an unreachable server keeps the user
 * here with the reason on the page.
 */
final class ServerLoginPage extends CloneWizardPage {

    private Text server;
    private Text user;
    private Text password;
    /** The server, user and password of the last successful connection (going back and on again does not ask twice). */
    private String connected;

    ServerLoginPage() {
        super("server", "Connect to a Dovetail Server", "The server's address and your user. Next checks the password by connecting.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        String remembered = ServerAccounts.lastServer().orElse("http://localhost:8080");
        server = field(area, "Server URL:", remembered, SWT.BORDER);
        user = field(area, "User:", ServerAccounts.lastServer().flatMap(ServerAccounts::user).orElse(""), SWT.BORDER);
        password = field(area, "Password:", ServerAccounts.lastServer().flatMap(ServerAccounts::credentials)
                .map(c -> c instanceof Credentials.Basic b ? b.password() : "").orElse(""), SWT.BORDER | SWT.PASSWORD);
        Label hint = new Label(area, SWT.WRAP);
        hint.setText("The password is kept in Eclipse secure storage once the project is checked out.");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).indent(0, 10).applyTo(hint);
        setControl(area);
        if (getContainer() instanceof WizardDialog dialog) {
            dialog.addPageChangingListener(this::pageChanging);
        }
        validate();
    }

    private Text field(Composite parent, String label, String value, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text field = new Text(parent, style);
        field.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(field);
        field.addModifyListener(e -> validate());
        return field;
    }

    private void validate() {
        String problem = null;
        try {
            ServerAccounts.normalise(server.getText());
        } catch (RuntimeException e) {
            problem = e.getMessage();
        }
        if (problem == null && user.getText().isBlank()) {
            problem = "Enter your user name on the server.";
        } else if (problem == null && password.getText().isEmpty()) {
            problem = "Enter your password.";
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** Going on to the project list: connect first; stay here with the reason when that fails. */
    private void pageChanging(PageChangingEvent event) {
        if (event.getCurrentPage() == this && event.getTargetPage() instanceof ServerProjectsPage projects) {
            event.doit = connect(projects);
        }
    }

    private boolean connect(ServerProjectsPage projects) {
        String url = ServerAccounts.normalise(server.getText());
        String key = url + '\n' + user() + '\n' + password();
        if (key.equals(connected)) {
            return true;
        }
        SyncClient client = new SyncClient(URI.create(url), new Credentials.Basic(user(), password()));
        @SuppressWarnings("unchecked")
        SyncResult<List<SyncClient.ProjectMembership>>[] answer = new SyncResult[1];
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask("Connecting to " + url, IProgressMonitor.UNKNOWN);
                answer[0] = client.projects();
                monitor.done();
            });
        } catch (InvocationTargetException e) {
            setErrorMessage("Could not connect: " + e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        switch (answer[0]) {
        case SyncResult.Ok<List<SyncClient.ProjectMembership>> ok -> {
            connected = key;
            setErrorMessage(null);
            projects.show(url, user(), ok.value());
            return true;
        }
        case SyncResult.Failed<?> failed -> setErrorMessage(switch (failed.failure()) {
            case UNAUTHORIZED -> "The server did not accept this user and password.";
            case UNREACHABLE -> "The server cannot be reached at " + url + ": is it running, and is the address right?";
            default -> "The server answered: " + failed.message();
            });
        default -> setErrorMessage("Unexpected answer from the server: " + answer[0]);
        }
        connected = null;
        return false;
    }

    String server() {
        return ServerAccounts.normalise(server.getText());
    }

    String user() {
        return user.getText().strip();
    }

    String password() {
        return password.getText();
    }
}
