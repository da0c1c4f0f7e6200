package org.copcheckin.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.Message;
import org.copcheckin.scheduling.Sweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code settings private-themes on}: a check-in's private replies get one note in its thread, {@link #AFTER} after
 * the prompt, never one per submission: a note posted when someone has just pressed the button would point to
 * them. The note is posted only when at least k members (the community's k) replied privately, and lists only the
 * themes at least k of them gave, without counts; otherwise nothing is posted. It is worked out from what the trend
 * store already keeps (the private replies' receipts and their theme rows), so nothing more is stored than the
 * note's claim (the check-in and the day).
 */
@Component
public class PrivateThemeNotes implements Sweep {

    /** The batch point: a day after the prompt, when most of its replies are in. */
    public static final Duration AFTER = Duration.ofDays(1);
    /** Check-ins older than this are not looked at any more (the claims are kept as long). */
    static final int LOOK_BACK_DAYS = 8;
    /** Private replies' receipts and trend rows start with it (see {@code PrivateReplies}). */
    private static final String PRIVATE_KEYS = "p%";

    private static final Logger log = LoggerFactory.getLogger(PrivateThemeNotes.class);

    private final JdbcClient jdbc;
    private final Communities communities;
    private final CheckIns checkIns;
    private final CommunityLanguages languages;
    private final ReplyAnalysers analysers;
    private final ChatPlatforms platforms;
    private final Clock clock;

    PrivateThemeNotes(JdbcClient jdbc, Communities communities, CheckIns checkIns, CommunityLanguages languages,
                      ReplyAnalysers analysers, ChatPlatforms platforms, Clock clock) {
        this.jdbc = jdbc;
        this.communities = communities;
        this.checkIns = checkIns;
        this.languages = languages;
        this.analysers = analysers;
        this.platforms = platforms;
        this.clock = clock;
    }

    @Override
    public int sweep(Instant now) {
        return due(now, Optional.empty()).stream().mapToInt(id -> note(id, now)).sum();
    }

    /** The community's notes due by {@code now} (the playground's clock moves to a batch point). */
    public int sweep(Community community, Instant now) {
        return due(now, Optional.of(community.id())).stream().mapToInt(id -> note(id, now)).sum();
    }

    private List<Long> due(Instant now, Optional<Long> community) {
        List<Object> params = new java.util.ArrayList<>(List.of(java.sql.Timestamp.from(now.minus(AFTER)),
                java.sql.Timestamp.from(now.minus(Duration.ofDays(LOOK_BACK_DAYS)))));
        community.ifPresent(params::add);
        return jdbc.sql("SELECT c.id FROM checkin c JOIN private_reply_setting s ON s.community_id = c.community_id "
                        + "WHERE s.themes_in_thread = TRUE AND c.posted_at <= ? AND c.posted_at > ? "
                        + (community.isPresent() ? "AND c.community_id = ? " : "")
                        + "AND NOT EXISTS (SELECT 1 FROM private_theme_note n WHERE n.checkin_id = c.id) ORDER BY c.id")
                .params(params).query(Long.class).list();
    }

    /** @return 1 when a note was posted */
    private int note(long checkInId, Instant now) {
        Optional<CheckIn> checkIn = checkIns.find(checkInId);
        Optional<Community> community = checkIn.flatMap(found -> communities.find(found.communityId()));
        if (community.isEmpty() || !claim(checkInId, now)) {
            return 0;
        }
        int k = community.get().kAnonymity();
        int repliers = jdbc.sql("SELECT COUNT(*) FROM reply_receipt WHERE checkin_id = ? AND delivery_key LIKE ?")
                .params(checkInId, PRIVATE_KEYS).query(Integer.class).single();
        if (repliers < k) {
            log.info("No private replies' note for check-in {}: fewer than k replied privately", checkInId);
            return 0;
        }
        // one private reply per member per check-in: its key is the member's, so counting keys counts people
        List<String> themes = jdbc.sql("SELECT m.item FROM trend_mention m JOIN reply_receipt r ON r.delivery_key = "
                        + "m.reply_key WHERE r.checkin_id = ? AND r.delivery_key LIKE ? AND m.community_id = ? "
                        + "AND m.kind = ? GROUP BY m.item HAVING COUNT(DISTINCT m.reply_key) >= ? ORDER BY m.item")
                .params(checkInId, PRIVATE_KEYS, community.get().id(), TrendKind.THEME.name(), k)
                .query(String.class).list();
        if (themes.isEmpty()) {
            log.info("No private replies' note for check-in {}: no theme was given by k of them", checkInId);
            return 0;
        }
        org.copcheckin.community.Language language = languages.of(community.get().id());
        Taxonomy taxonomy = analysers.of(language).taxonomy();
        Message note = Message.text(text(checkIn.get().kind(), themes.stream().map(taxonomy::label).toList(),
                language));
        try {
            platforms.of(checkIn.get().thread().channel()).replyInThread(checkIn.get().thread(), note);
            log.info("Noted the private replies' themes of check-in {}", checkInId);
            return 1;
        } catch (RuntimeException e) {
            log.warn("The private replies' themes of check-in {} could not be noted: {}", checkInId,
                    e.getClass().getSimpleName());
            return 0;
        }
    }

    static String text(PromptKind kind, List<String> themes, org.copcheckin.community.Language language) {
        return language.text(kind == PromptKind.CHALLENGE ? "private.theme.note.challenge"
                : "private.theme.note.reply", String.join(", ", themes));
    }

    private boolean claim(long checkInId, Instant now) {
        try {
            return jdbc.sql("INSERT INTO private_theme_note (checkin_id, noted_on) SELECT ?, ? WHERE NOT EXISTS "
                            + "(SELECT 1 FROM private_theme_note WHERE checkin_id = ?)")
                    .params(checkInId, java.sql.Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC)), checkInId)
                    .update() > 0;
        } catch (DuplicateKeyException anotherReplica) {
            return false;
        }
    }

    @Scheduled(cron = "${cop.insights.retention-cron:0 30 3 * * *}")
    int forgetOld() {
        return jdbc.sql("DELETE FROM private_theme_note WHERE noted_on < ?").param(java.sql.Date.valueOf(
                LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(LOOK_BACK_DAYS))).update();
    }
}
