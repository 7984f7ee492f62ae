package cn.kaifeng.tfs.it.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Function;

/** Runs a piece of test code in its own transaction with an entity manager over the application's database. */
@Stateless
public class Probe {

    @PersistenceContext(unitName = "probe")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T inTransaction(Function<EntityManager, T> work) {
        T result = work.apply(em);
        em.flush();
        return result;
    }
}
