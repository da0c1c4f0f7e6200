package org.copcheckin.checkins;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.copcheckin.community.Community;
import org.copcheckin.metrics.CopMetrics;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.ThreadRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

/** Posts prompts and keeps the check-ins they start. */
@Service
public class CheckIns {

    private static final Logger log = LoggerFactory.getLogger(CheckIns.class);
    private static final String COLUMNS =
            "c.id, c.community_id, c.prompt_kind, c.prompt_text, c.thread_id, c.schedule_id, c.posted_at";

    private final JdbcClient jdbc;
    private final ChatPlatforms platforms;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CopMetrics metrics;

    CheckIns(JdbcClient jdbc, ChatPlatforms platforms, ApplicationEventPublisher events, Clock clock,
             CopMetrics metrics) {
        this.jdbc = jdbc;
        this.platforms = platforms;
        this.events = events;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Posts the prompt in the community's channel and records the check-in.
     *
     * @param customText the text of a {@link PromptKind#CUSTOM} prompt, ignored otherwise
     * @param scheduleId the schedule that ran it, if any
     */
    public CheckIn post(Community community, PromptKind kind, String customText, OptionalLong scheduleId) {
        if (kind == PromptKind.CUSTOM && (customText == null || customText.isBlank())) {
            throw new IllegalArgumentException("A custom prompt needs its text");
        }
        if (kind == PromptKind.CUSTOM && customText.length() > PromptTexts.MAX_CUSTOM_LENGTH) {
            throw new IllegalArgumentException("A custom prompt can be at most " + PromptTexts.MAX_CUSTOM_LENGTH + " characters");
        }
        Message message = PromptTexts.promptMessage(kind, customText);
        ThreadRef thread = platforms.of(community.channel()).postToChannel(community.channel(), message);
        Instant now = clock.instant();
        String promptText = PromptTexts.storedPromptText(kind, customText);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO checkin (community_id, prompt_kind, prompt_text, thread_id, schedule_id, posted_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(community.id(), kind.name(), promptText, thread.threadId(),
                        scheduleId.isPresent() ? scheduleId.getAsLong() : null, Timestamp.from(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        log.info("Posted check-in {} ({}) in community {}", id, kind.word(), community.id());
        metrics.promptPosted(kind.word(), scheduleId.isPresent());
        events.publishEvent(new PromptPosted(id, community.id(), kind));
        return new CheckIn(id, community.id(), kind, promptText, thread, scheduleId, now);
    }

    public Optional<CheckIn> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + ", m.platform, m.workspace_id, m.channel_id FROM checkin c "
                        + "JOIN community m ON m.id = c.community_id WHERE c.id = ?")
                .param(id).query(CheckIns::map).optional();
    }

    /** Whether this check-in is the community's first (ids grow with time); true whatever was posted after it. */
    public boolean isFirst(Community community, long checkInId) {
        return jdbc.sql("SELECT COUNT(*) FROM checkin WHERE community_id = ? AND id < ?")
                .params(community.id(), checkInId).query(Integer.class).single() == 0;
    }

    /** Replies counted for the check-in: one per distinct delivery, retries and replays excluded. */
    public int replyCount(long checkInId) {
        return jdbc.sql("SELECT COUNT(*) FROM reply_receipt WHERE checkin_id = ?").param(checkInId)
                .query(Integer.class).single();
    }

    /**
     * Retention: a custom prompt's text (a facilitator's own words) is kept as long as the trend rows of its replies,
     * then cleared; the check-in stays, so digests still count it.
     *
     * @return check-ins whose text was cleared
     */
    public int forgetCustomTextsBefore(Instant before) {
        return jdbc.sql("UPDATE checkin SET prompt_text = '' WHERE prompt_kind = ? AND posted_at < ? AND prompt_text <> ''")
                .params(PromptKind.CUSTOM.name(), Timestamp.from(before)).update();
    }

    /** Retention: receipts of replies received before the day are deleted with the rows they key. */
    public int forgetReceiptsBefore(java.time.LocalDate day) {
        return jdbc.sql("DELETE FROM reply_receipt WHERE received_on < ?").param(java.sql.Date.valueOf(day)).update();
    }

    Optional<CheckIn> findByThread(Community community, String threadId) {
        return jdbc.sql("SELECT " + COLUMNS + ", m.platform, m.workspace_id, m.channel_id FROM checkin c "
                        + "JOIN community m ON m.id = c.community_id WHERE c.community_id = ? AND c.thread_id = ?")
                .params(community.id(), threadId).query(CheckIns::map).optional();
    }

    /** Check-ins posted at or after {@code since}, newest first. */
    public List<CheckIn> since(Community community, Instant since) {
        return jdbc.sql("SELECT " + COLUMNS + ", m.platform, m.workspace_id, m.channel_id FROM checkin c "
                        + "JOIN community m ON m.id = c.community_id WHERE c.community_id = ? AND c.posted_at >= ? "
                        + "ORDER BY c.posted_at DESC, c.id DESC")
                .params(community.id(), Timestamp.from(since)).query(CheckIns::map).list();
    }

    private static CheckIn map(ResultSet rs, int row) throws SQLException {
        var channel = new org.copcheckin.platform.ChannelRef(
                org.copcheckin.platform.PlatformKind.valueOf(rs.getString("platform")),
                rs.getString("workspace_id"), rs.getString("channel_id"));
        long scheduleId = rs.getLong("schedule_id");
        OptionalLong schedule = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(scheduleId);
        return new CheckIn(rs.getLong("id"), rs.getLong("community_id"), PromptKind.valueOf(rs.getString("prompt_kind")),
                rs.getString("prompt_text"), new ThreadRef(channel, rs.getString("thread_id")), schedule,
                rs.getTimestamp("posted_at").toInstant());
    }
}
