package org.dovetail.server.security.internal;

import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

/** Units of work on the server's persistence unit: one entity manager and one transaction each. */
public final class Transactions {

    private final EntityManagerFactory entityManagerFactory;

    public Transactions(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Runs {@code work} in one transaction and commits it; rolls back when it throws. */
    public <T> T write(Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Runs read-only {@code work}. */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }
}
