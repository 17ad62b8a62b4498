package org.dovetail.server.security.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.dovetail.server.security.AuditLog;
import org.dovetail.server.security.Caller;
import org.dovetail.server.security.ProjectAccess;
import org.dovetail.server.security.Role;

/** Project membership: who has which role where, the authorisation check, and its administration (audited). */
public final class Memberships implements ProjectAccess {

    private final Transactions transactions;
    private final AuditLog audit;

    public Memberships(Transactions transactions, AuditLog audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    public Role require(Caller caller, String projectId, Role required) {
        Role role = roleOf(caller, projectId).orElseThrow(() -> notFound(projectId));
        if (!role.grants(required)) {
            throw Errors.forbidden("your role in project '" + projectId + "' is " + role.wireName() + "; this needs "
                    + required.wireName());
        }
        return role;
    }

    /** The same answer for a project that does not exist and one the caller may not see. */
    static ApiAnswer notFound(String projectId) {
        return Errors.notFound("no project '" + projectId + "'");
    }

    @Override
    public Optional<Role> roleOf(Caller caller, String projectId) {
        if (caller == null || projectId == null) {
            return Optional.empty();
        }
        return transactions.read(em -> Optional.ofNullable(em.find(MemberEntity.class,
                new MemberEntity.Key(projectId, caller.userId()))).map(m -> Role.fromWireName(m.role())));
    }

    /** The caller's projects and roles, by project id in id order. */
    public Map<String, Role> projectsOf(Caller caller) {
        return transactions.read(em -> {
            Map<String, Role> projects = new LinkedHashMap<>();
            em.createQuery("SELECT m FROM MemberEntity m WHERE m.userId = :user ORDER BY m.projectId", MemberEntity.class)
                    .setParameter("user", caller.userId()).getResultList()
                    .forEach(m -> projects.put(m.projectId(), Role.fromWireName(m.role())));
            return projects;
        });
    }

    /** Members of a project by user name, in name order. */
    public Map<String, Role> members(String projectId) {
        return transactions.read(em -> {
            Map<String, Role> members = new LinkedHashMap<>();
            List<Object[]> rows = em.createQuery("SELECT u.name, m.role FROM MemberEntity m, UserEntity u "
                    + "WHERE m.projectId = :project AND u.id = m.userId ORDER BY u.name", Object[].class)
                    .setParameter("project", projectId).getResultList();
            rows.forEach(row -> members.put((String) row[0], Role.fromWireName((String) row[1])));
            return members;
        });
    }

    /** Makes the creator of a new project its admin. */
    public void addCreator(Caller creator, String projectId) {
        transactions.write(em -> {
            em.persist(new MemberEntity(projectId, creator.userId(), Role.ADMIN.wireName()));
            audit.record(em, creator, projectId, "member.set", creator.name() + " = admin");
            return null;
        });
    }

    /**
     * Gives {@code userName} {@code role} in the project (adding them if needed); the caller must be its admin.
     *
     * @return whether the user was added (rather than changed)
     */
    public boolean setRole(Caller caller, String projectId, String userName, Role role) {
        require(caller, projectId, Role.ADMIN);
        return transactions.write(em -> {
            UserEntity user = Accounts.find(em, userName).orElseThrow(() -> Errors.notFound("no user '" + userName + "'"));
            MemberEntity member = lockedMembers(em, projectId).get(user.id());
            if (member != null && role != Role.ADMIN) {
                requireAnotherAdmin(em, projectId, member);
            }
            boolean added = member == null;
            if (added) {
                em.persist(new MemberEntity(projectId, user.id(), role.wireName()));
            } else {
                member.role(role.wireName());
            }
            audit.record(em, caller, projectId, "member.set", userName + " = " + role.wireName());
            return added;
        });
    }

    /** Removes {@code userName} from the project; the caller must be its admin. */
    public void remove(Caller caller, String projectId, String userName) {
        require(caller, projectId, Role.ADMIN);
        transactions.write(em -> {
            UserEntity user = Accounts.find(em, userName).orElseThrow(() -> Errors.notFound("no user '" + userName + "'"));
            MemberEntity member = lockedMembers(em, projectId).get(user.id());
            if (member == null) {
                throw Errors.notFound("'" + userName + "' is not a member of project '" + projectId + "'");
            }
            requireAnotherAdmin(em, projectId, member);
            em.remove(member);
            audit.record(em, caller, projectId, "member.remove", userName);
            return null;
        });
    }

    /** The project's memberships by user id, locked so that two admins cannot demote each other at once. */
    private static Map<Long, MemberEntity> lockedMembers(EntityManager em, String projectId) {
        Map<Long, MemberEntity> members = new LinkedHashMap<>();
        em.createQuery("SELECT m FROM MemberEntity m WHERE m.projectId = :project", MemberEntity.class)
                .setParameter("project", projectId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .forEach(m -> members.put(m.userId(), m));
        return members;
    }

    /** A project never loses its last admin (nobody could manage it any more). */
    private static void requireAnotherAdmin(EntityManager em, String projectId, MemberEntity leaving) {
        if (!Role.ADMIN.wireName().equals(leaving.role())) {
            return;
        }
        long admins = lockedMembers(em, projectId).values().stream().filter(m -> Role.ADMIN.wireName().equals(m.role())).count();
        if (admins <= 1) {
            throw Errors.conflict("project '" + projectId + "' keeps at least one admin");
        }
    }
}
