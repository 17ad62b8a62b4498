package org.dovetail.server.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.dovetail.server.security.AuditLog;
import org.dovetail.server.security.Caller;

/** User accounts: creation (audited) and lookup; password checks go through {@link PasswordLogin}. */
public final class Accounts {

    /** Login names: letters, digits and {@code . _ - @}, 1–100 characters, so they are safe in logs and paths. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");
    /** NIST SP 800-63B's minimum for chosen passwords. */
    static final int MIN_PASSWORD_LENGTH = 8;
    private static final int MAX_PASSWORD_LENGTH = 1024;

    private final Transactions transactions;
    private final Secrets secrets;
    private final AuditLog audit;
    private final Clock clock;

    public Accounts(Transactions transactions, Secrets secrets, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a user.
     *
     * @param creator who creates it (for the audit log), or {@code null} at start-up
     * @throws ApiAnswer 400 for an unacceptable name or password, 409 if the name is taken
     */
    public Caller create(Caller creator, String name, char[] password, boolean serverAdmin) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw Errors.badRequest("a user name is 1-100 letters, digits, '.', '_', '-' or '@', starting with a letter or digit");
        }
        if (password == null || password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
            throw Errors.badRequest("a password has " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH + " characters");
        }
        String hash = secrets.hashPassword(password);
        try {
            return transactions.write(em -> {
                if (find(em, name).isPresent()) {
                    throw Errors.conflict("the user '" + name + "' exists");
                }
                UserEntity user = new UserEntity(name, hash, serverAdmin, Instant.now(clock));
                em.persist(user);
                em.flush();
                Caller created = toCaller(user);
                audit.record(em, creator == null ? created : creator, null, "user.create", name);
                return created;
            });
        } catch (PersistenceException e) {
            // Two instances creating the same name at once: the unique constraint decides.
            if (transactions.read(em -> find(em, name)).isPresent()) {
                throw Errors.conflict("the user '" + name + "' exists");
            }
            throw e;
        }
    }

    /** Creates the server admin {@code name} unless that user exists; true when created. */
    public boolean ensureServerAdmin(String name, char[] password) {
        if (transactions.read(em -> find(em, name)).isPresent()) {
            return false;
        }
        create(null, name, password, true);
        return true;
    }

    public Optional<UserEntity> byName(String name) {
        return transactions.read(em -> find(em, name));
    }

    static Optional<UserEntity> find(EntityManager em, String name) {
        List<UserEntity> users = em.createQuery("SELECT u FROM UserEntity u WHERE u.name = :name", UserEntity.class)
                .setParameter("name", name).getResultList();
        return users.stream().findFirst();
    }

    static Caller toCaller(UserEntity user) {
        return new Caller(user.id(), user.name(), user.serverAdmin());
    }
}
