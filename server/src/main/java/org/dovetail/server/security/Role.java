package org.dovetail.server.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A member's role in one project. Architects write the model, governance waives findings, sets the gate and names
 * baselines; the two are independent, and a project admin may do everything (including managing members).
 * On the wire and in the database a role is its lower-case name.
 */
public enum Role {
    VIEWER, ARCHITECT, GOVERNANCE, ADMIN;

    /** Whether a member with this role may do what needs {@code required}. */
    public boolean grants(Role required) {
        return switch (this) {
            case ADMIN -> true;
            case ARCHITECT -> required == VIEWER || required == ARCHITECT;
            case GOVERNANCE -> required == VIEWER || required == GOVERNANCE;
            case VIEWER -> required == VIEWER;
        };
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code name} (case-insensitive); an {@link IllegalArgumentException} naming the valid ones otherwise. */
    @JsonCreator
    public static Role fromWireName(String name) {
        for (Role role : values()) {
            if (role.wireName().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "'; one of "
                + Arrays.stream(values()).map(Role::wireName).collect(Collectors.joining(", ")));
    }
}
