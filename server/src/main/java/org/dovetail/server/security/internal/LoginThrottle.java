package org.dovetail.server.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

/**
 * Slows down password guessing: after {@code failuresBeforeDelay} failed logins of one user or from one address, each
 * further failure blocks that user or address for a delay that doubles up to a maximum; while blocked, logins are
 * answered 429 without the password being checked. The counters are rows in the database, so every server instance
 * on it enforces the same block. A user's counter is cleared by a successful login; an idle counter expires after the
 * maximum delay.
 */
public final class LoginThrottle {

    private final Transactions transactions;
    private final Clock clock;
    private final int failuresBeforeDelay;
    private final Duration firstDelay;
    private final Duration maxDelay;

    public LoginThrottle(Transactions transactions, Clock clock, int failuresBeforeDelay, Duration firstDelay,
            Duration maxDelay) {
        this.transactions = transactions;
        this.clock = clock;
        this.failuresBeforeDelay = failuresBeforeDelay;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    static String userKey(String user) {
        return "user:" + user.toLowerCase(Locale.ROOT);
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    /** How much longer logins of {@code user} or from {@code address} are blocked; empty when they are not. */
    public Optional<Duration> blockedFor(String user, String address) {
        Instant now = Instant.now(clock);
        return transactions.read(em -> {
            Duration longest = Duration.ZERO;
            for (String key : new String[] { userKey(user), addressKey(address) }) {
                LoginFailureEntity row = em.find(LoginFailureEntity.class, key);
                if (row != null && row.blockedUntil() != null && row.blockedUntil().isAfter(now)) {
                    Duration left = Duration.between(now, row.blockedUntil());
                    longest = left.compareTo(longest) > 0 ? left : longest;
                }
            }
            return longest.isZero() ? Optional.empty() : Optional.of(longest);
        });
    }

    /** Counts a failed login against the user and the address. */
    public void failed(String user, String address) {
        count(userKey(user));
        count(addressKey(address));
    }

    /** A successful login clears the user's counter (the address keeps its own). */
    public void succeeded(String user) {
        transactions.write(em -> em.createQuery("DELETE FROM LoginFailureEntity f WHERE f.key = :key")
                .setParameter("key", userKey(user)).executeUpdate());
    }

    private void count(String key) {
        try {
            transactions.write(em -> increment(em, key));
        } catch (PersistenceException firstInsertRace) {
            // Another instance inserted the row between our look-up and insert: now it exists, lock and count.
            transactions.write(em -> increment(em, key));
        }
    }

    private Void increment(EntityManager em, String key) {
        Instant now = Instant.now(clock);
        LoginFailureEntity row = em.find(LoginFailureEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new LoginFailureEntity(key);
            em.persist(row);
        }
        boolean stale = row.lastFailure() != null && Duration.between(row.lastFailure(), now).compareTo(maxDelay) > 0
                && (row.blockedUntil() == null || row.blockedUntil().isBefore(now));
        int failures = (stale ? 0 : row.failures()) + 1;
        row.failed(failures, now, failures < failuresBeforeDelay ? null : now.plus(delayAfter(failures)));
        return null;
    }

    /** The block after the {@code failures}-th failure: the first delay, doubled for each failure past the threshold. */
    Duration delayAfter(int failures) {
        int doublings = Math.min(failures - failuresBeforeDelay, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
