package org.copcheckin.community;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The community module's stores built on a {@link org.copcheckin.support.StoreTest}'s database, for store tests elsewhere. */
public final class CommunityStores {

    private CommunityStores() {
    }

    /** The facilitators store with these {@code COP_FACILITATORS} entries. */
    public static Facilitators facilitators(JdbcClient jdbc, TransactionTemplate transaction, String... entries) {
        CommunityDefaults defaults = new CommunityDefaults(null, null, new LinkedHashSet<>(List.of(entries)));
        return new Facilitators(jdbc, defaults, Clock.systemUTC(), new InsertOnce(transaction));
    }
}
