package org.dovetail.server.security.internal;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A user's role in a project (table {@code dt_member}). */
@Entity
@Table(name = "dt_member")
@IdClass(MemberEntity.Key.class)
public class MemberEntity {

    @Id
    @Column(name = "project_id")
    private String projectId;

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(name = "role", nullable = false)
    private String role;

    protected MemberEntity() {
    }

    MemberEntity(String projectId, long userId, String role) {
        this.projectId = projectId;
        this.userId = userId;
        this.role = role;
    }

    String projectId() {
        return projectId;
    }

    long userId() {
        return userId;
    }

    String role() {
        return role;
    }

    void role(String newRole) {
        this.role = newRole;
    }

    /** The composite primary key. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String projectId;
        private long userId;

        public Key() {
        }

        Key(String projectId, long userId) {
            this.projectId = projectId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.userId == userId && Objects.equals(key.projectId, projectId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, userId);
        }
    }
}
