package org.copcheckin.checkins;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.copcheckin.community.MemberErasure;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code forget-me}: the reply receipts that are keyed by the member, so could be found again with the key: a
 * private reply's (a keyed hash of check-in and member) and a feeling button's (the member's own message id for the
 * check-in). Their trend rows go with the member's weekly pseudonyms. A thread reply's receipt is keyed by the
 * platform's message id alone, names nobody, and expires with the other receipts.
 */
@Component
class ReceiptErasure implements MemberErasure {

    private final JdbcTemplate jdbc;
    private final PrivateReplies replies;
    private final ReplyIntake intake;

    ReceiptErasure(JdbcTemplate jdbc, PrivateReplies replies, ReplyIntake intake) {
        this.jdbc = jdbc;
        this.replies = replies;
        this.intake = intake;
    }

    private record Receipted(long checkInId, long communityId, ChannelRef channel) {
    }

    @Override
    public List<Erased> erase(MemberRef member) {
        List<Receipted> checkIns = jdbc.query("SELECT c.id, c.community_id, m.workspace_id, m.channel_id FROM checkin c "
                        + "JOIN community m ON m.id = c.community_id WHERE m.platform = ? "
                        + "AND EXISTS (SELECT 1 FROM reply_receipt r WHERE r.checkin_id = c.id)",
                (rs, row) -> new Receipted(rs.getLong(1), rs.getLong(2), new ChannelRef(member.platform(),
                        rs.getString(3), rs.getString(4))), member.platform().name());
        // two batched DELETEs, not two statements per check-in: a member of a busy community for a year has hundreds
        List<Object[]> privateKeys = new ArrayList<>(checkIns.size());
        List<Object[]> feelingKeys = new ArrayList<>(checkIns.size());
        for (Receipted checkIn : checkIns) {
            privateKeys.add(new Object[] {checkIn.checkInId(), replies.deliveryKey(checkIn.checkInId(), member)});
            feelingKeys.add(new Object[] {checkIn.checkInId(), intake.deliveryKey(checkIn.channel(),
                    ReplyIntake.ownAnswerId(checkIn.checkInId(), member))});
        }
        int[] privateDeleted = delete(privateKeys);
        int[] feelingDeleted = delete(feelingKeys);
        int privately = 0;
        int feelings = 0;
        Set<Long> privateIn = new HashSet<>();
        Set<Long> feelingIn = new HashSet<>();
        for (int i = 0; i < checkIns.size(); i++) {
            if (erased(privateDeleted[i])) {
                privately++;
                privateIn.add(checkIns.get(i).communityId());
            }
            if (erased(feelingDeleted[i])) {
                feelings++;
                feelingIn.add(checkIns.get(i).communityId());
            }
        }
        List<Erased> erased = new ArrayList<>();
        if (privately > 0) {
            erased.add(new Erased(Kind.PRIVATE_REPLY_RECEIPTS, privately, privateIn.size()));
        }
        if (feelings > 0) {
            erased.add(new Erased(Kind.FEELING_RECEIPTS, feelings, feelingIn.size()));
        }
        return erased;
    }

    /** A driver may answer a batch with {@link java.sql.Statement#SUCCESS_NO_INFO}: then the row was deleted. */
    private static boolean erased(int count) {
        return count > 0 || count == java.sql.Statement.SUCCESS_NO_INFO;
    }

    private int[] delete(List<Object[]> keys) {
        if (keys.isEmpty()) {
            return new int[0];
        }
        return jdbc.batchUpdate("DELETE FROM reply_receipt WHERE checkin_id = ? AND delivery_key = ?", keys);
    }
}
