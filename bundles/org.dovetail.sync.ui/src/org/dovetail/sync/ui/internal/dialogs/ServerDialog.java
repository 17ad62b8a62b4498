package org.dovetail.sync.ui.internal.dialogs;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.dovetail.edit.ui.widgets.MessageFields;
import org.dovetail.sync.client.Credentials;
import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncException;
import org.dovetail.sync.client.SyncResult;
import org.dovetail.sync.ui.internal.ServerAccounts;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Connect to a Dovetail server (URL, user, password) and, when sharing, name the server project. On OK the
 * credentials are checked against the server in the background and kept in secure storage.
 */
public final class ServerDialog extends TitleAreaDialog {

    /** The most characters the server keeps of a project description. */
    private static final int DESCRIPTION_LIMIT = 2000;

    private final IProject sharing;
    private Text serverText;
    private Text userText;
    private Text passwordText;
    private Text projectText;
    private Button createButton;
    private Text descriptionText;
    private String server;
    private String serverProject;
    private boolean createProject;
    private String description;

    private ServerDialog(Shell parent, IProject sharing) {
        super(parent);
        this.sharing = sharing;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    public static ServerDialog forConnecting(Shell parent) {
        return new ServerDialog(parent, null);
    }

    public static ServerDialog forSharing(Shell parent, IProject project) {
        return new ServerDialog(parent, project);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(sharing == null ? "Connect to Server" : "Share Project");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(sharing == null ? "Connect to a Dovetail server" : "Share " + sharing.getName() + " on a Dovetail server");
        setMessage(sharing == null ? "The password is kept in Eclipse secure storage, never in plain preferences."
                : "The project's models are committed as the first revision; teammates then clone or update it.");
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 8).applyTo(form);
        String last = ServerAccounts.lastServer().orElse("http://localhost:8080");
        serverText = field(form, "&Server URL:", last, SWT.BORDER);
        userText = field(form, "&User:", ServerAccounts.user(last).orElse(""), SWT.BORDER);
        passwordText = field(form, "&Password:", "", SWT.BORDER | SWT.PASSWORD);
        ServerAccounts.credentials(last).ifPresent(c -> {
            if (c instanceof Credentials.Basic basic) {
                passwordText.setText(basic.password());
            }
        });
        if (sharing != null) {
            projectText = field(form, "Server &project:", projectId(sharing.getName()), SWT.BORDER);
            new Label(form, SWT.NONE);
            createButton = new Button(form, SWT.CHECK);
            createButton.setText("&Create the project on the server (you become its admin)");
            createButton.setSelection(true);
            Label label = new Label(form, SWT.NONE);
            label.setText("&Description:");
            GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
            descriptionText = MessageFields.keyThrough(new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL));
            descriptionText.setMessage("What the project is about (shown to those who check it out)");
            GridDataFactory.fillDefaults().grab(true, true).hint(380, 60).applyTo(descriptionText);
            createButton.addListener(SWT.Selection, e -> descriptionText.setEnabled(createButton.getSelection()));
        }
        return area;
    }

    private static Text field(Composite form, String label, String value, int style) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, style);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** A server project id from a workspace project name: lower case, words joined by dashes. */
    public static String projectId(String name) {
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return id.isEmpty() ? "project" : id;
    }

    @Override
    protected void okPressed() {
        String url;
        try {
            url = ServerAccounts.normalise(serverText.getText());
        } catch (SyncException e) {
            setMessage(e.getMessage(), IMessageProvider.ERROR);
            return;
        }
        String user = userText.getText().strip();
        String password = passwordText.getText();
        if (user.isEmpty() || password.isEmpty()) {
            setMessage("Enter your user name and password for " + url + ".", IMessageProvider.ERROR);
            return;
        }
        if (projectText != null && projectText.getText().strip().isEmpty()) {
            setMessage("Name the project on the server.", IMessageProvider.ERROR);
            return;
        }
        if (descriptionText != null && descriptionText.getText().strip().length() > DESCRIPTION_LIMIT) {
            setMessage("The description has " + descriptionText.getText().strip().length() + " characters; the server keeps at most "
                    + DESCRIPTION_LIMIT + ".", IMessageProvider.ERROR);
            return;
        }
        String problem = check(url, user, password);
        if (getShell() == null) {
            return; // closed while the server was asked
        }
        if (problem != null) {
            setMessage(problem, IMessageProvider.ERROR);
            return;
        }
        ServerAccounts.save(url, user, password);
        server = url;
        if (projectText != null) {
            serverProject = projectText.getText().strip();
            createProject = createButton.getSelection();
            description = createProject ? descriptionText.getText().strip() : "";
        }
        super.okPressed();
    }

    /**
     * Asks the server who we are, in a background thread, while the dialog's message says so and its button waits;
     * null when the credentials work. A progress dialog of its own took ~80 ms of UI work to open for an answer that
     * usually takes milliseconds. Cancel still closes the dialog meanwhile (the answer is then ignored).
     */
    private String check(String url, String user, String password) {
        setMessage("Connecting to " + url + "\u2026", IMessageProvider.INFORMATION);
        Button ok = getButton(IDialogConstants.OK_ID);
        ok.setEnabled(false);
        Display display = getShell().getDisplay();
        CompletableFuture<String> answer = new CompletableFuture<>();
        answer.whenComplete((problem, failure) -> display.wake());
        Thread asking = new Thread(() -> {
            try {
                answer.complete(problemConnecting(url, user, password));
            } catch (RuntimeException e) {
                answer.complete(e.getMessage());
            }
        }, "Dovetail connection check");
        asking.setDaemon(true);
        asking.start();
        while (!answer.isDone() && getShell() != null) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        if (getShell() != null) {
            ok.setEnabled(true);
        }
        return answer.getNow(null);
    }

    private static String problemConnecting(String url, String user, String password) {
        SyncClient client = new SyncClient(URI.create(url), new Credentials.Basic(user, password));
        // An unknown project: 404 (or 403) means the credentials were accepted.
        SyncResult<?> answer = client.history("dovetail-connection-check", 0, 1);
        if (answer instanceof SyncResult.Failed<?> failed && (failed.failure() == SyncResult.Failure.UNAUTHORIZED
                || failed.failure() == SyncResult.Failure.UNREACHABLE || failed.failure() == SyncResult.Failure.SERVER_ERROR)) {
            return failed.failure() == SyncResult.Failure.UNAUTHORIZED ? "The server did not accept this user and password."
                    : failed.message();
        }
        return null;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, sharing == null ? "&Connect" : "&Share", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    public String server() {
        return server;
    }

    public String serverProject() {
        return serverProject;
    }

    public boolean createProject() {
        return createProject;
    }

    /** The description of the project to create ({@code ""}: none). */
    public String description() {
        return description == null ? "" : description;
    }

}
