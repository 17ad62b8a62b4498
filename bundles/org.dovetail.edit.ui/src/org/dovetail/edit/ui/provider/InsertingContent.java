package org.dovetail.edit.ui.provider;

/**
 * The content of a virtual tree that can show children inserted into or removed from a parent without
 * refreshing the parent's rows: a refresh walks every row under the parent, which for a domain of thousands of
 * processes, roles and policies is most of what importing one process costs. {@link ViewerRefresh} asks first.
 */
public interface InsertingContent {

    /**
     * If the shown children of {@code parent} differ from those its rows show only by a few inserted or removed (at
     * any places, the rows that stay in their order), inserts or removes those rows and returns true; returns false
     * otherwise (the caller refreshes).
     */
    boolean showInsertedOrRemoved(Object parent);
}
