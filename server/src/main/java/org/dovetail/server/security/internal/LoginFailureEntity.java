package org.dovetail.server.security.internal;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Failed logins of one user or from one address (table {@code dt_login_failure}). */
@Entity
@Table(name = "dt_login_failure")
public class LoginFailureEntity {

    @Id
    @Column(name = "throttle_key")
    private String key;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure", nullable = false)
    private LocalDateTime lastFailure;

    @Column(name = "blocked_until")
    private LocalDateTime blockedUntil;

    protected LoginFailureEntity() {
    }

    LoginFailureEntity(String key) {
        this.key = key;
    }

    int failures() {
        return failures;
    }

    Instant lastFailure() {
        return UtcTimes.instant(lastFailure);
    }

    Instant blockedUntil() {
        return UtcTimes.instant(blockedUntil);
    }

    void failed(int newFailures, Instant at, Instant newBlockedUntil) {
        this.failures = newFailures;
        this.lastFailure = UtcTimes.column(at);
        this.blockedUntil = UtcTimes.column(newBlockedUntil);
    }
}
