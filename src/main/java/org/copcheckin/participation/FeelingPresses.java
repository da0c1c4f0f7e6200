package org.copcheckin.participation;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.checkins.ReplyOutcome;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.insights.CommunityVocabulary;
import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.copcheckin.platform.ThreadReplyReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A pressed feeling button: when its token holds for this channel and names a one-word check-in of its community,
 * the word goes through the same intake as a typed one-word reply, under a message id of the member's own for that
 * check-in, and is committed in place of the member's earlier answer ({@link ReplyIntake#answer}), so it counts once
 * per person per check-in and the last press stands, however quickly they follow each other. A member's presses on
 * one check-in are committed one at a time, and a press that a later one has overtaken before its turn records
 * nothing; confirmations go out in the order of the commits, a stale one not at all, so the last confirmation the
 * member gets names the answer that stands. No lock is held while the platform is called. Presses on two replicas
 * at the same moment still count once, the one committed last standing. Any other
 * press is refused with the reason and records nothing.
 */
@Component
class FeelingPresses {

    private static final Logger log = LoggerFactory.getLogger(FeelingPresses.class);
    /** Presses take turns per member and check-in, on this many locks (two members may share one: they wait a moment). */
    private static final int TURNS = 64;

    private final FeelingTokens tokens;
    private final Communities communities;
    private final CheckIns checkIns;
    private final ReplyIntake intake;
    private final CommunityVocabulary vocabulary;
    private final ChatPlatforms platforms;
    private final Clock clock;
    private final org.copcheckin.community.CommunityLanguages languages;
    private final ReentrantLock[] turns = new ReentrantLock[TURNS];
    private final AtomicLong arrivals = new AtomicLong();
    /** Per member and check-in with a press under way, the arrival of the newest. */
    private final ConcurrentHashMap<PressKey, Long> newest = new ConcurrentHashMap<>();
    /** The latest confirmation not yet sent, and who is sending (entries only while there is something to send). */
    private final ConcurrentHashMap<PressKey, Confirmation> toConfirm = new ConcurrentHashMap<>();
    private final Set<PressKey> confirming = ConcurrentHashMap.newKeySet();

    FeelingPresses(FeelingTokens tokens, Communities communities, CheckIns checkIns, ReplyIntake intake,
                   CommunityVocabulary vocabulary, ChatPlatforms platforms, Clock clock,
                   org.copcheckin.community.CommunityLanguages languages) {
        this.languages = languages;
        this.tokens = tokens;
        this.communities = communities;
        this.checkIns = checkIns;
        this.intake = intake;
        this.vocabulary = vocabulary;
        this.platforms = platforms;
        this.clock = clock;
        for (int i = 0; i < TURNS; i++) {
            turns[i] = new ReentrantLock(true); // fair: commits take their turns in the order they asked
        }
    }

    @EventListener
    void on(ButtonPressed pressed) {
        if (!FeelingButtons.ACTION.equals(pressed.actionId())) {
            return;
        }
        // taken before anything else: of a member's presses, the one that came last is the one that stands
        long arrival = arrivals.incrementAndGet();
        Optional<FeelingTokens.Press> press = tokens.check(pressed.value(), pressed.channel());
        Optional<Community> community = communities.find(pressed.channel());
        Optional<CheckIn> checkIn = press.flatMap(p -> community.flatMap(c -> checkIns.findByButtonKey(c, p.buttonKey())))
                .filter(found -> found.kind() == PromptKind.WORD);
        org.copcheckin.community.Language l = community.map(c -> languages.of(c.id()))
                .orElse(org.copcheckin.community.Language.EN);
        if (checkIn.isEmpty() || !vocabulary.isEverydayWord(press.get().word(), l)) {
            log.info("Refused a feeling button that is not one of a check-in in this channel");
            confirm(pressed, Message.text(l.text("feeling.not.ours")));
            return;
        }
        PressKey key = new PressKey(checkIn.get().id(), pressed.member());
        newest.merge(key, arrival, Math::max);
        try {
            // one commit of a member's at a time, and only the newest press's: one that a later press has already
            // overtaken records nothing (the later one is committed after it, or was before it, and stands). Its
            // confirmation is queued before the turn ends, so confirmations queue in the order of the commits
            ReentrantLock turn = turns[Math.floorMod(key.hashCode(), TURNS)];
            turn.lock();
            try {
                if (newest.getOrDefault(key, arrival) == arrival) {
                    answer(pressed, checkIn.get(), press.get().word(), l)
                            .ifPresent(answer -> toConfirm.put(key, new Confirmation(pressed, answer)));
                }
            } finally {
                turn.unlock();
            }
        } finally {
            // the newest press's entry goes with it: the map holds only presses under way
            newest.remove(key, arrival);
        }
        confirmLatest(key);
    }

    /**
     * Sends the member's latest confirmation, outside every lock (a slow platform holds up nobody else's press). One
     * thread at a time sends for a member and check-in and sends the latest waiting each time, so a confirmation
     * made stale by a later commit before it went out is never sent, and none goes out after a later one.
     */
    private void confirmLatest(PressKey key) {
        while (toConfirm.containsKey(key) && confirming.add(key)) {
            try {
                for (Confirmation next; (next = toConfirm.remove(key)) != null; ) {
                    confirm(next.pressed(), next.answer());
                }
            } finally {
                confirming.remove(key);
            }
        }
    }

    private record Confirmation(ButtonPressed pressed, Message answer) {
    }

    /** A member's presses on one check-in: in memory only, while a press is under way. */
    private record PressKey(long checkInId, MemberRef member) {
    }

    private void confirm(ButtonPressed pressed, Message answer) {
        try {
            platforms.of(pressed.channel()).answerPrivately(pressed.channel(), pressed.member(), answer);
        } catch (PlatformException e) {
            log.warn("Could not confirm a feeling button: {}", e.getMessage());
        }
    }

    private Optional<Message> answer(ButtonPressed pressed, CheckIn checkIn, String word,
                                     org.copcheckin.community.Language l) {
        // the member's own message id for this check-in: one answer each, replaced by the next press
        ThreadReplyReceived reply = new ThreadReplyReceived(checkIn.thread(), pressed.member(),
                ReplyIntake.ownAnswerId(checkIn.id(), pressed.member()), word, clock.instant(), Set.of());
        ReplyOutcome outcome = intake.answer(reply);
        return switch (outcome) {
            case RECORDED -> Optional.of(Message.text(l.text("feeling.recorded", word)));
            case REPLACED -> Optional.of(Message.text(l.text("feeling.replaced", word)));
            // a later press of the member's was committed with this one and stands: its confirmation names it
            case OVERTAKEN -> Optional.empty();
            case NOT_A_CHECK_IN -> Optional.of(Message.text(l.text("feeling.not.ours")));
            case DUPLICATE -> Optional.of(Message.text(l.text("feeling.already")));
        };
    }
}
