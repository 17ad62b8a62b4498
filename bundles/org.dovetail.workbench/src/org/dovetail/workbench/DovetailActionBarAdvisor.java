package org.dovetail.workbench;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * File (New, Import…, Export…, Save, Close), Edit, Window and Help menus; Save, Undo, Redo, Rename and Delete retarget to the
 * active part. The text editor's action sets (Convert Line Delimiters To…) are hidden ({@link TextEditorLeftovers}).
 */
final class DovetailActionBarAdvisor extends ActionBarAdvisor {

    private IAction save;
    private IAction saveAll;
    private IAction close;
    private IAction closeAll;
    private IAction quit;
    private IAction undo;
    private IAction redo;
    private IAction delete;
    private IAction rename;
    private IAction cut;
    private IAction copy;
    private IAction paste;
    private IAction resetPerspective;
    private IAction preferences;
    private IAction about;
    private IContributionItem showViews;
    private IContributionItem newWizards;
    private IContributionItem perspectives;
    private IAction newWizard;
    private IAction importWizard;
    private IAction exportWizard;

    DovetailActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        save = register(ActionFactory.SAVE.create(window));
        saveAll = register(ActionFactory.SAVE_ALL.create(window));
        close = register(ActionFactory.CLOSE.create(window));
        closeAll = register(ActionFactory.CLOSE_ALL.create(window));
        quit = register(ActionFactory.QUIT.create(window));
        undo = register(ActionFactory.UNDO.create(window));
        redo = register(ActionFactory.REDO.create(window));
        delete = register(ActionFactory.DELETE.create(window));
        rename = register(ActionFactory.RENAME.create(window));
        cut = register(ActionFactory.CUT.create(window));
        copy = register(ActionFactory.COPY.create(window));
        paste = register(ActionFactory.PASTE.create(window));
        resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
        preferences = register(ActionFactory.PREFERENCES.create(window));
        about = register(ActionFactory.ABOUT.create(window));
        showViews = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
        newWizards = ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window);
        perspectives = ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window);
        newWizard = register(ActionFactory.NEW.create(window));
        importWizard = register(ActionFactory.IMPORT.create(window)); // the standard wizard: every contributed import wizard
        exportWizard = register(ActionFactory.EXPORT.create(window));
        TextEditorLeftovers.hideIn(window);
    }

    private IAction register(ActionFactory.IWorkbenchAction action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
        newMenu.add(newWizards);
        file.add(newMenu);
        file.add(new Separator());
        file.add(importWizard);
        file.add(exportWizard);
        file.add(new Separator());
        file.add(save);
        file.add(saveAll);
        file.add(new Separator());
        file.add(close);
        file.add(closeAll);
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(quit);

        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(cut);
        edit.add(copy);
        edit.add(paste);
        edit.add(new Separator());
        edit.add(rename);
        edit.add(delete);
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View");
        showView.add(showViews);
        MenuManager openPerspective = new MenuManager("Open &Perspective");
        openPerspective.add(perspectives);
        window.add(openPerspective);
        window.add(showView);
        window.add(resetPerspective);
        window.add(new Separator());
        window.add(preferences);

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(about);

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        menuBar.add(help);
    }
}
