package org.dovetail.server.store;

/** A project with this id exists already. */
public class DuplicateProjectException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateProjectException(String id) {
        super("a project with the id '" + id + "' exists already");
    }
}
