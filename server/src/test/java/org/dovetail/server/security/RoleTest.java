package org.dovetail.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void eachRoleGrantsExactlyWhatTheContractSays() {
        assertEquals(EnumSet.allOf(Role.class), granted(Role.ADMIN));
        assertEquals(EnumSet.of(Role.VIEWER, Role.ARCHITECT), granted(Role.ARCHITECT));
        assertEquals(EnumSet.of(Role.VIEWER, Role.GOVERNANCE), granted(Role.GOVERNANCE));
        assertEquals(EnumSet.of(Role.VIEWER), granted(Role.VIEWER));
    }

    @Test
    void wireNamesRoundTripAndUnknownNamesAreRefusedWithTheValidOnes() {
        for (Role role : Role.values()) {
            assertEquals(role, Role.fromWireName(role.wireName()));
            assertEquals(role, Role.fromWireName(" " + role.wireName().toUpperCase() + " "));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Role.fromWireName("owner"));
        assertTrue(e.getMessage().contains("viewer, architect, governance, admin"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Role.fromWireName(null));
    }

    private static Set<Role> granted(Role role) {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        for (Role required : Role.values()) {
            if (role.grants(required)) {
                granted.add(required);
            }
        }
        return granted;
    }
}
