package org.copcheckin.checkins;

import java.util.List;

import org.copcheckin.community.MemberErasure;
import org.copcheckin.platform.MemberRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code forget-me}: the receipts of the member's private replies (keyed by check-in and member, so they could be
 * found again with the key) are erased with the rest; their trend rows go with the member's weekly pseudonyms.
 */
@Component
class PrivateReplyErasure implements MemberErasure {

    private final JdbcTemplate jdbc;
    private final PrivateReplies replies;

    PrivateReplyErasure(JdbcTemplate jdbc, PrivateReplies replies) {
        this.jdbc = jdbc;
        this.replies = replies;
    }

    @Override
    public List<Erased> erase(MemberRef member) {
        List<long[]> checkIns = jdbc.query("SELECT c.id, c.community_id FROM checkin c JOIN community m ON m.id = "
                        + "c.community_id WHERE m.platform = ? AND EXISTS (SELECT 1 FROM reply_receipt r WHERE r.checkin_id = c.id)",
                (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}, member.platform().name());
        int erased = 0;
        java.util.Set<Long> communities = new java.util.HashSet<>();
        for (long[] checkIn : checkIns) {
            int rows = jdbc.update("DELETE FROM reply_receipt WHERE checkin_id = ? AND delivery_key = ?", checkIn[0],
                    replies.deliveryKey(checkIn[0], member));
            if (rows > 0) {
                erased += rows;
                communities.add(checkIn[1]);
            }
        }
        return erased == 0 ? List.of() : List.of(new Erased("private replies' receipts", erased, communities.size()));
    }
}
