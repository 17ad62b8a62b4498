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

/** A user account (table {@code dt_user}); the password is kept only as an Argon2id PHC string. */
@Entity
@Table(name = "dt_user")
public class UserEntity {

    @Id
    @SequenceGenerator(name = "dt_user_seq", sequenceName = "dt_user_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dt_user_seq")
    private Long id;

    @Column(name = "name", nullable = false, unique = true)
    private String name;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "server_admin", nullable = false)
    private boolean serverAdmin;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected UserEntity() {
    }

    UserEntity(String name, String passwordHash, boolean serverAdmin, Instant createdAt) {
        this.name = name;
        this.passwordHash = passwordHash;
        this.serverAdmin = serverAdmin;
        this.createdAt = UtcTimes.column(createdAt);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    String passwordHash() {
        return passwordHash;
    }

    public boolean serverAdmin() {
        return serverAdmin;
    }
}
