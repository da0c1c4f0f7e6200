package org.copcheckin.checkins;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.copcheckin.community.Community;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.copcheckin.metrics.CopMetrics;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.ThreadRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Posts prompts and keeps the check-ins they start. Posting checks the prompt, posts its message, records the
 * check-in and tells the rest of the application ({@link PromptPosted}); the words are {@link PromptTexts}', the
 * SQL {@link CheckInStore}'s.
 */
@Service
public class CheckIns {

    private static final Logger log = LoggerFactory.getLogger(CheckIns.class);

    private final CheckInStore store;
    private final ChatPlatforms platforms;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CopMetrics metrics;
    private final List<PromptButtons> buttons;
    private final SecureRandom random = new SecureRandom();
    private final CommunityLanguages languages;

    CheckIns(CheckInStore store, ChatPlatforms platforms, ApplicationEventPublisher events, Clock clock,
             CopMetrics metrics, List<PromptButtons> buttons, CommunityLanguages languages) {
        this.buttons = buttons;
        this.languages = languages;
        this.store = store;
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
     * @throws IllegalArgumentException for a custom prompt without text or with too much
     */
    public CheckIn post(Community community, PromptKind kind, String customText, OptionalLong scheduleId) {
        return post(community, kind, customText, scheduleId, false);
    }

    /**
     * Posts the prompt in the community's language; with {@code bothLanguages} (a bilingual community) in its
     * language and then in English, in one message, so replies in either land in the same thread.
     */
    public CheckIn post(Community community, PromptKind kind, String customText, OptionalLong scheduleId,
                        boolean bothLanguages) {
        PromptTexts.requireValid(kind, customText);
        Language language = languages.of(community.id());
        List<Language> in = bothLanguages && language != Language.EN ? List.of(language, Language.EN) : List.of(language);
        String buttonKey = newButtonKey();
        Message message = PromptTexts.promptMessage(in, kind, customText);
        for (PromptButtons feature : buttons) {
            message = message.plusButtons(feature.under(community, kind, buttonKey));
        }
        message = message.withButton(PrivateReplies.button(language));
        ThreadRef thread = platforms.of(community.channel()).postToChannel(community.channel(), message);
        CheckIn checkIn = store.insert(community.id(), kind, PromptTexts.storedPromptText(language, kind, customText),
                thread, scheduleId, clock.instant(), buttonKey);
        posted(checkIn);
        return checkIn;
    }

    private void posted(CheckIn checkIn) {
        log.info("Posted check-in {} ({}) in community {}", checkIn.id(), checkIn.kind().word(), checkIn.communityId());
        metrics.promptPosted(checkIn.kind().word(), checkIn.scheduleId().isPresent());
        events.publishEvent(new PromptPosted(checkIn.id(), checkIn.communityId(), checkIn.kind()));
    }

    public Optional<CheckIn> find(long id) {
        return store.find(id);
    }

    /** Whether this check-in is the community's first (ids grow with time); true whatever was posted after it. */
    public boolean isFirst(Community community, long checkInId) {
        return store.earlierThan(community.id(), checkInId) == 0;
    }

    /**
     * The check-in's number in its channel, as people read it: 1 for the channel's first. Its id is not: ids run
     * across every community of the database, and the start-up warm-ups' scratch check-ins use some up.
     */
    public int numberInChannel(CheckIn checkIn) {
        return store.earlierThan(checkIn.communityId(), checkIn.id()) + 1;
    }

    /** Replies counted for the check-in: one per distinct delivery, retries and replays excluded. */
    public int replyCount(long checkInId) {
        return store.replyCount(checkInId);
    }

    /**
     * Retention: a custom prompt's text (a facilitator's own words) is kept as long as the trend rows of its replies,
     * then cleared; the check-in stays, so digests still count it.
     *
     * @return check-ins whose text was cleared
     */
    public int forgetCustomTextsBefore(Instant before) {
        return store.clearCustomTextsBefore(before);
    }

    /** Retention: receipts of replies received before the day are deleted with the rows they key. */
    public int forgetReceiptsBefore(LocalDate day) {
        return store.deleteReceiptsBefore(day);
    }

    /** The check-in whose prompt started this thread (on Slack and Discord: the prompt message's id). */
    public Optional<CheckIn> findByThread(Community community, String threadId) {
        return store.findByThread(community.id(), threadId);
    }

    /** The community's check-in whose prompt's buttons were signed over this key. */
    public Optional<CheckIn> findByButtonKey(Community community, String buttonKey) {
        return store.findByButtonKey(community.id(), buttonKey);
    }

    /** 96 random bits, URL-safe: a key of our own, naming nobody. */
    private String newButtonKey() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Check-ins posted at or after {@code since}, newest first. */
    public List<CheckIn> since(Community community, Instant since) {
        return store.since(community.id(), since);
    }
}
