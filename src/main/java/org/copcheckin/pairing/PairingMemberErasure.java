package org.copcheckin.pairing;

import java.util.List;

import org.copcheckin.community.MemberErasure;
import org.copcheckin.platform.MemberRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code forget-me} for pairing: deletes who the member met, their seats in groups, introductions and answers
 * in every community of their platform. Rounds keep only their counts.
 */
@Component
class PairingMemberErasure implements MemberErasure {

    private static final String COMMUNITIES = "(SELECT id FROM community WHERE platform = ?)";
    private static final String GROUPS = "(SELECT g.id FROM pairing_group g JOIN pairing_round r ON r.id = g.round_id "
            + "WHERE r.community_id IN " + COMMUNITIES + ")";

    private final JdbcClient jdbc;

    PairingMemberErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Erased> erase(MemberRef member) {
        String user = member.userId();
        String platform = member.platform().name();
        int communities = jdbc.sql("SELECT COUNT(DISTINCT community_id) FROM pair_history WHERE (user_a = ? OR user_b = ?) "
                + "AND community_id IN " + COMMUNITIES).params(user, user, platform).query(Integer.class).single();
        int history = jdbc.sql("DELETE FROM pair_history WHERE (user_a = ? OR user_b = ?) AND community_id IN " + COMMUNITIES)
                .params(user, user, platform).update();
        int rounds = jdbc.sql("DELETE FROM pairing_answer WHERE user_id = ? AND group_id IN " + GROUPS)
                .params(user, platform).update()
                + jdbc.sql("DELETE FROM pairing_introduction WHERE user_id = ? AND group_id IN " + GROUPS)
                .params(user, platform).update()
                + jdbc.sql("DELETE FROM pairing_group_member WHERE user_id = ? AND group_id IN " + GROUPS)
                .params(user, platform).update();
        return List.of(new Erased(Kind.PAIRING_HISTORY, history, communities),
                new Erased(Kind.PAIRING_ROUNDS, rounds, communities));
    }
}
