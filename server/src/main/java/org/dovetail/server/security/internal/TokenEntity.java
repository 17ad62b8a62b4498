package org.dovetail.server.security.internal;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A bearer token (table {@code dt_token}): only its SHA-256 is stored; session tokens expire, API tokens do not. */
@Entity
@Table(name = "dt_token")
public class TokenEntity {

    static final String SESSION = "session";
    static final String API = "api";

    @Id
    @SequenceGenerator(name = "dt_token_seq", sequenceName = "dt_token_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dt_token_seq")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    protected TokenEntity() {
    }

    TokenEntity(long userId, String tokenHash, String kind, String name, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.kind = kind;
        this.name = name;
        this.createdAt = UtcTimes.column(createdAt);
        this.expiresAt = UtcTimes.column(expiresAt);
    }

    long userId() {
        return userId;
    }

    Long id() {
        return id;
    }

    String kind() {
        return kind;
    }

    String name() {
        return name;
    }

    Instant createdAt() {
        return UtcTimes.instant(createdAt);
    }

    Instant expiresAt() {
        return UtcTimes.instant(expiresAt);
    }
}
