package org.dovetail.server.security;

import java.time.Duration;

/**
 * The security and operations settings of one server instance.
 *
 * @param maxBodyBytes          largest request body accepted; larger ones (also chunked ones without Content-Length) get 413
 * @param sessionLifetime       how long a token from {@code POST /login} stays valid
 * @param failuresBeforeDelay   failed logins of one user or from one address before they are slowed down
 * @param firstDelay            the wait after the first failure past that; it doubles with every further failure
 * @param maxDelay              the longest wait
 * @param passwordHashMemoryKiB Argon2id memory cost (OWASP's minimum is 19 MiB with 2 iterations)
 * @param passwordHashIterations Argon2id time cost
 */
public record SecuritySettings(long maxBodyBytes, Duration sessionLifetime, int failuresBeforeDelay, Duration firstDelay,
        Duration maxDelay, int passwordHashMemoryKiB, int passwordHashIterations) {

    public SecuritySettings {
        if (maxBodyBytes <= 0 || failuresBeforeDelay < 0 || passwordHashMemoryKiB < 8 || passwordHashIterations < 1) {
            throw new IllegalArgumentException("invalid security settings: " + maxBodyBytes + ", " + failuresBeforeDelay
                    + ", " + passwordHashMemoryKiB + ", " + passwordHashIterations);
        }
    }

    /** 64 MiB bodies (XMI imports of large models), 12-hour sessions, delays from the 5th failure: 1 s doubling to 15 min. */
    public static SecuritySettings defaults() {
        return new SecuritySettings(64L << 20, Duration.ofHours(12), 5, Duration.ofSeconds(1), Duration.ofMinutes(15),
                19 * 1024, 2);
    }

    public SecuritySettings withMaxBodyBytes(long bytes) {
        return new SecuritySettings(bytes, sessionLifetime, failuresBeforeDelay, firstDelay, maxDelay, passwordHashMemoryKiB,
                passwordHashIterations);
    }

    public SecuritySettings withLoginThrottle(int failuresBeforeDelay, Duration firstDelay, Duration maxDelay) {
        return new SecuritySettings(maxBodyBytes, sessionLifetime, failuresBeforeDelay, firstDelay, maxDelay,
                passwordHashMemoryKiB, passwordHashIterations);
    }

    public SecuritySettings withSessionLifetime(Duration lifetime) {
        return new SecuritySettings(maxBodyBytes, lifetime, failuresBeforeDelay, firstDelay, maxDelay, passwordHashMemoryKiB,
                passwordHashIterations);
    }
}
