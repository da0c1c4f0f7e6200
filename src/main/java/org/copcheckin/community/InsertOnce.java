package org.copcheckin.community;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an insert that another request or replica may be making at the same moment. The insert runs under a
 * savepoint (a nested transaction), so when it loses the race the surrounding transaction carries on: PostgreSQL
 * refuses every later statement in a transaction where one failed (25P02), H2 does not, and this works on both.
 */
@Component
class InsertOnce {

    private final TransactionTemplate savepoint;

    InsertOnce(TransactionTemplate transaction) {
        this.savepoint = new TransactionTemplate(transaction.getTransactionManager());
        this.savepoint.setPropagationBehavior(TransactionTemplate.PROPAGATION_NESTED);
    }

    /** @return false when the row was already there (inserted concurrently) */
    boolean insert(Runnable insert) {
        try {
            savepoint.executeWithoutResult(status -> insert.run());
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }
}
