package org.copcheckin.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.copcheckin.support.CoreSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tables every reply writes, and their indexes: each index is one more B-tree entry per reply, on a page of its
 * own (the keys are HMACs), that each group commit rewrites (the Slack benchmark's profile: most of the intake's time
 * is spent there). An index added to one of these tables shows up here, to be weighed against that cost. H2 gives
 * each reference (to checkin, to community) an index of its own, on exactly its column ("CONSTRAINT" here), which no
 * other index can stand in for.
 */
@CoreSpringTest
class ReplyIndexesTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachTableAReplyWritesHasOnlyTheIndexesItsReadersNeed() {
        Map<String, List<String>> indexes = new TreeMap<>();
        for (String table : List.of("REPLY_RECEIPT", "CHECKIN_PARTICIPATION", "TREND_REPLY", "TREND_MENTION")) {
            indexes.put(table, jdbc.sql("SELECT i.INDEX_NAME || '(' || LISTAGG(c.COLUMN_NAME, ',') WITHIN GROUP "
                            + "(ORDER BY c.ORDINAL_POSITION) || ')' FROM INFORMATION_SCHEMA.INDEXES i "
                            + "JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA "
                            + "AND c.INDEX_NAME = i.INDEX_NAME WHERE i.TABLE_NAME = ? AND i.TABLE_SCHEMA = 'PUBLIC' "
                            + "GROUP BY i.INDEX_NAME ORDER BY 1").param(table).query(String.class).list()
                    .stream().map(index -> index.replaceAll("^PRIMARY_KEY_[0-9A-F]+", "PK").replaceAll("^CONSTRAINT_[0-9A-F_]*INDEX_[0-9A-F]+", "CONSTRAINT"))
                    .toList());
        }

        assertThat(indexes).containsExactlyInAnyOrderEntriesOf(Map.of(
                "REPLY_RECEIPT", List.of("CONSTRAINT(CHECKIN_ID)", "PK(CHECKIN_ID,DELIVERY_KEY)"),
                "CHECKIN_PARTICIPATION", List.of("CONSTRAINT(CHECKIN_ID)", "PK(PARTICIPANT_KEY)"),
                "TREND_REPLY", List.of("CONSTRAINT(COMMUNITY_ID)", "IX_TREND_REPLY_WEEK(COMMUNITY_ID,WEEK_START)",
                        "PK(COMMUNITY_ID,REPLY_KEY)"),
                "TREND_MENTION", List.of("CONSTRAINT(COMMUNITY_ID)", "IX_TREND_MENTION_WEEK(COMMUNITY_ID,WEEK_START)",
                        "PK(COMMUNITY_ID,REPLY_KEY,KIND,ITEM)")));
    }

    @Test
    void aDeletedMessagesReceiptIsFoundThroughThePrimaryKeyWithoutAnIndexOnTheKeyAlone() {
        String plan = jdbc.sql("EXPLAIN DELETE FROM reply_receipt WHERE delivery_key = 'k' AND checkin_id IN "
                + "(SELECT id FROM checkin WHERE community_id = 1)").query(String.class).single();

        // the receipts' primary key, looked up for each of the community's check-ins, not a scan of every receipt
        assertThat(plan).containsPattern("REPLY_RECEIPT\"\\s+/\\* PUBLIC\\.PRIMARY_KEY_[0-9A-F]+: DELIVERY_KEY = 'k'\\s+"
                + "AND CHECKIN_ID IN\\(").doesNotContainIgnoringCase("tableScan");
    }
}
