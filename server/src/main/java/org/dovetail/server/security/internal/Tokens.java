package org.dovetail.server.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.dovetail.server.security.AuditLog;
import org.dovetail.server.security.Caller;

/** Session tokens (expiring) and API tokens (until revoked): issued once in clear, stored as SHA-256. */
public final class Tokens {

    private final Transactions transactions;
    private final Secrets secrets;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration sessionLifetime;

    public Tokens(Transactions transactions, Secrets secrets, AuditLog audit, Clock clock, Duration sessionLifetime) {
        this.transactions = transactions;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
        this.sessionLifetime = sessionLifetime;
    }

    /** A token in clear (shown once) and when it expires ({@code null}: never). */
    public record Issued(String token, Instant expiresAt) {
    }

    public Issued issueSession(Caller caller) {
        Instant now = Instant.now(clock);
        return issue(caller, TokenEntity.SESSION, "login", now, now.plus(sessionLifetime));
    }

    public Issued issueApiToken(Caller caller, String name) {
        Errors.requireText(name, "name");
        if (name.length() > 200) {
            throw Errors.badRequest("a token name has at most 200 characters");
        }
        return issue(caller, TokenEntity.API, name, Instant.now(clock), null);
    }

    private Issued issue(Caller caller, String kind, String name, Instant now, Instant expiresAt) {
        String token = secrets.newToken();
        transactions.write(em -> {
            em.persist(new TokenEntity(caller.userId(), Secrets.tokenHash(token), kind, name, now, expiresAt));
            audit.record(em, caller, null, "token.create", kind + ": " + name);
            return null;
        });
        return new Issued(token, expiresAt);
    }

    /** The user a token belongs to, if it is known and has not expired. */
    public Optional<Caller> resolve(String token) {
        String hash = Secrets.tokenHash(token);
        Instant now = Instant.now(clock);
        return transactions.read(em -> {
            List<Object[]> rows = em.createQuery(
                    "SELECT t, u FROM TokenEntity t, UserEntity u WHERE t.tokenHash = :hash AND u.id = t.userId", Object[].class)
                    .setParameter("hash", hash).getResultList();
            for (Object[] row : rows) {
                TokenEntity t = (TokenEntity) row[0];
                if (t.expiresAt() == null || t.expiresAt().isAfter(now)) {
                    return Optional.of(Accounts.toCaller((UserEntity) row[1]));
                }
            }
            return Optional.empty();
        });
    }

    /** An API token as its owner sees it in a list: never the token itself (only its hash is kept). */
    public record ApiToken(long id, String name, Instant createdAt) {
    }

    /** The caller's API tokens, oldest first. */
    public List<ApiToken> apiTokens(Caller caller) {
        return transactions.read(em -> em.createQuery("SELECT t FROM TokenEntity t WHERE t.userId = :user AND t.kind = :kind ORDER BY t.id",
                TokenEntity.class).setParameter("user", caller.userId()).setParameter("kind", TokenEntity.API).getResultList().stream()
                .map(t -> new ApiToken(t.id(), t.name(), t.createdAt())).toList());
    }

    /** Revokes one of the caller's API tokens; false when the caller has no API token with that id. */
    public boolean revokeApiToken(Caller caller, long id) {
        return transactions.write(em -> {
            TokenEntity token = em.find(TokenEntity.class, id);
            if (token == null || token.userId() != caller.userId() || !TokenEntity.API.equals(token.kind())) {
                return false;
            }
            em.remove(token);
            audit.record(em, caller, null, "token.revoke", "api: " + token.name());
            return true;
        });
    }
}
