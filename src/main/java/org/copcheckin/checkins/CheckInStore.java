package org.copcheckin.checkins;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.ThreadRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The check-ins table: what {@link CheckIns} keeps and finds, in SQL. */
@Repository
class CheckInStore {

    private static final String COLUMNS =
            "c.id, c.community_id, c.prompt_kind, c.prompt_text, c.thread_id, c.schedule_id, c.posted_at";
    private static final String SELECT = "SELECT " + COLUMNS + ", m.platform, m.workspace_id, m.channel_id FROM checkin c "
            + "JOIN community m ON m.id = c.community_id ";

    private final JdbcClient jdbc;

    CheckInStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CheckIn insert(long communityId, PromptKind kind, String promptText, ThreadRef thread, OptionalLong scheduleId,
                   Instant postedAt, String buttonKey) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO checkin (community_id, prompt_kind, prompt_text, thread_id, schedule_id, posted_at, "
                        + "button_key) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(communityId, kind.name(), promptText, thread.threadId(),
                        scheduleId.isPresent() ? scheduleId.getAsLong() : null, Timestamp.from(postedAt), buttonKey)
                .update(key, "id");
        return new CheckIn(key.getKey().longValue(), communityId, kind, promptText, thread, scheduleId, postedAt);
    }

    Optional<CheckIn> find(long id) {
        return jdbc.sql(SELECT + "WHERE c.id = ?").param(id).query(CheckInStore::map).optional();
    }

    Optional<CheckIn> findByThread(long communityId, String threadId) {
        return jdbc.sql(SELECT + "WHERE c.community_id = ? AND c.thread_id = ?")
                .params(communityId, threadId).query(CheckInStore::map).optional();
    }

    Optional<CheckIn> findByButtonKey(long communityId, String buttonKey) {
        return jdbc.sql(SELECT + "WHERE c.community_id = ? AND c.button_key = ?")
                .params(communityId, buttonKey).query(CheckInStore::map).optional();
    }

    List<CheckIn> since(long communityId, Instant since) {
        return jdbc.sql(SELECT + "WHERE c.community_id = ? AND c.posted_at >= ? ORDER BY c.posted_at DESC, c.id DESC")
                .params(communityId, Timestamp.from(since)).query(CheckInStore::map).list();
    }

    int earlierThan(long communityId, long checkInId) {
        return jdbc.sql("SELECT COUNT(*) FROM checkin WHERE community_id = ? AND id < ?")
                .params(communityId, checkInId).query(Integer.class).single();
    }

    int replyCount(long checkInId) {
        return jdbc.sql("SELECT COUNT(*) FROM reply_receipt WHERE checkin_id = ?").param(checkInId)
                .query(Integer.class).single();
    }

    int clearCustomTextsBefore(Instant before) {
        return jdbc.sql("UPDATE checkin SET prompt_text = '' WHERE prompt_kind = ? AND posted_at < ? AND prompt_text <> ''")
                .params(PromptKind.CUSTOM.name(), Timestamp.from(before)).update();
    }

    int deleteReceiptsBefore(LocalDate day) {
        return jdbc.sql("DELETE FROM reply_receipt WHERE received_on < ?").param(java.sql.Date.valueOf(day)).update();
    }

    private static CheckIn map(ResultSet rs, int row) throws SQLException {
        ChannelRef channel = new ChannelRef(PlatformKind.valueOf(rs.getString("platform")),
                rs.getString("workspace_id"), rs.getString("channel_id"));
        long scheduleId = rs.getLong("schedule_id");
        OptionalLong schedule = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(scheduleId);
        return new CheckIn(rs.getLong("id"), rs.getLong("community_id"), PromptKind.valueOf(rs.getString("prompt_kind")),
                rs.getString("prompt_text"), new ThreadRef(channel, rs.getString("thread_id")), schedule,
                rs.getTimestamp("posted_at").toInstant());
    }
}
