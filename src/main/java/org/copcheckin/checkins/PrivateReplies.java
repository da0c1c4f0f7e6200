package org.copcheckin.checkins;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.ThreadRef;
import org.copcheckin.platform.ThreadReplyReceived;
import org.copcheckin.privacy.Pseudonyms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Private replies: every prompt's <em>Reply privately</em> button opens a form (a Slack or Discord modal, the
 * playground's dialog) whose signed token names the check-in and the member who opened it. The answer goes through
 * the same intake as a thread reply (anonymiser, closed vocabulary, trends) under a key of the check-in and the
 * member, so it counts once however often it is submitted. It is never posted; the member gets a private
 * confirmation of what was recorded; when the community turned it on, the thread later gets one note of the themes
 * at least k private replies gave, never one per reply.
 */
@Service
public class PrivateReplies {

    public static final String ACTION = "cop.reply_private";
    /** The longest answer a form takes; the analysis reads the first {@value ReplyIntake#MAX_ANALYSED_CHARS}. */
    public static final int MAX_LENGTH = 3000;
    /** Private replies' receipts start with it; thread replies' keys are hexadecimal, so they never do. */
    static final String KEY_PREFIX = "p";

    private static final Logger log = LoggerFactory.getLogger(PrivateReplies.class);

    /**
     * The form to show: its token goes back with the answer; {@code language} is the community's, for the form's
     * labels and buttons.
     */
    public record Form(String token, String title, String question, String hint, Language language) {
    }

    /**
     * What a submission came to. {@code answer} is for the member alone; nothing goes to the thread now (the themes of
     * private replies are noted together, later). {@code language} is the one {@code answer} is in, for whatever an
     * adapter puts around it (a modal's title and buttons): the check-in's community's when the token was valid, else
     * the language of the form's channel.
     */
    public record Submitted(Outcome outcome, Message answer, Language language) {
        @Override
        public String toString() {
            return "Submitted[" + outcome + "]";
        }
    }

    public enum Outcome {
        RECORDED, ALREADY_COUNTED, BLANK, REFUSED
    }

    private final Communities communities;
    private final CheckIns checkIns;
    private final ReplyIntake intake;
    private final Pseudonyms pseudonyms;
    private final PrivateReplySettings settings;
    private final PrivateReplyTokens tokens;
    private final Clock clock;
    private final CommunityLanguages languages;

    PrivateReplies(Communities communities, CheckIns checkIns, ReplyIntake intake, Pseudonyms pseudonyms,
                   PrivateReplySettings settings, Clock clock, CommunityLanguages languages) {
        this.languages = languages;
        this.communities = communities;
        this.checkIns = checkIns;
        this.intake = intake;
        this.pseudonyms = pseudonyms;
        this.settings = settings;
        this.tokens = new PrivateReplyTokens(pseudonyms.derivedKey("private-replies"));
        this.clock = clock;
    }

    /** The button every prompt carries; the message it is on says which check-in it is for. */
    public static Message.Button button() {
        return button(Language.EN);
    }

    /** The button in the community's language. */
    public static Message.Button button(Language language) {
        return new Message.Button(ACTION, language.text("private.title"), "");
    }

    /** The form for the member who pressed the button on this prompt, or empty when it is not a check-in's. */
    public Optional<Form> formFor(ThreadRef prompt, MemberRef member) {
        return communities.find(prompt.channel()).flatMap(community -> checkIns.findByThread(community, prompt.threadId()))
                .map(checkIn -> {
                    Language l = languages.of(checkIn.communityId());
                    return new Form(tokens.issue(checkIn.id(), checkIn.thread().channel(), member, clock.instant()),
                            l.text("private.title"), question(checkIn, l), l.text("private.hint"), l);
                });
    }

    /** What a member is told when the button is not on a check-in's prompt. */
    public static Message notACheckIn() {
        return PrivateReplyTexts.NOT_A_CHECK_IN;
    }

    /** The same, in the language of the channel's community when the channel is one (English otherwise). */
    public Message notACheckIn(ChannelRef channel) {
        return PrivateReplyTexts.notACheckIn(languageOf(Optional.ofNullable(channel)));
    }

    /** The language of the community of a channel, English when there is no channel or no community in it. */
    public Language languageOf(Optional<ChannelRef> channel) {
        return channel.flatMap(communities::find).map(community -> languages.of(community.id())).orElse(Language.EN);
    }

    /** {@link #submit(String, MemberRef, Optional, String, Set)} where the form's channel is not known (Slack). */
    public Submitted submit(String token, MemberRef member, String text, Set<String> knownNames) {
        return submit(token, member, Optional.empty(), text, knownNames);
    }

    /**
     * Records the answer, committed before this returns, so an adapter acknowledges only what is safe. The text is
     * analysed in memory and dropped.
     *
     * @param channel the channel the form was submitted from, when the platform says (for a refusal's language)
     */
    public Submitted submit(String token, MemberRef member, Optional<ChannelRef> channel, String text,
                            Set<String> knownNames) {
        PrivateReplyTokens.Checked checked = tokens.check(token, member, clock.instant(),
                id -> checkIns.find(id).map(checkIn -> checkIn.thread().channel()));
        if (checked instanceof PrivateReplyTokens.Checked.Refused refused) {
            log.info("Refused a private reply: {}", refused.why());
            // a refused token's check-in is not to be trusted: the refusal comes in the language of the community of
            // the channel the form was sent from, when the platform says which (Discord), else in English
            Language asked = languageOf(channel);
            return new Submitted(Outcome.REFUSED, PrivateReplyTexts.refused(refused.why(), asked), asked);
        }
        CheckIn checkIn = checkIns.find(((PrivateReplyTokens.Checked.Valid) checked).checkInId()).orElseThrow();
        Language l = languages.of(checkIn.communityId());
        if (text == null || text.isBlank()) {
            return new Submitted(Outcome.BLANK, PrivateReplyTexts.blank(l), l);
        }
        Optional<Community> community = communities.find(checkIn.communityId());
        if (community.isEmpty()) {
            return new Submitted(Outcome.REFUSED, PrivateReplyTexts.refused(PrivateReplyTokens.Why.FORGED, l), l);
        }
        String bounded = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        ReplyIntake.Taken taken = intake.receivePrivately(community.get(), checkIn, new ThreadReplyReceived(
                checkIn.thread(), member, checkIn.thread().threadId(), bounded, clock.instant(), knownNames, true),
                deliveryKey(checkIn.id(), member));
        if (taken.outcome() != ReplyOutcome.RECORDED) {
            return new Submitted(Outcome.ALREADY_COUNTED, PrivateReplyTexts.already(l), l);
        }
        PrivateReplyTexts.Note note = noteFor(community.get(), taken.summary());
        return new Submitted(Outcome.RECORDED, PrivateReplyTexts.recorded(checkIn.kind(), taken.summary(), note, l,
                community.get().kAnonymity()), l);
    }

    /**
     * Whether this reply's themes may go in the thread. Never now: a note right after a submission would point to
     * whoever was just seen pressing the button. The community's private replies are noted together, a day after the
     * prompt, when at least k members replied privately, with the themes at least k of them gave (see the insights
     * module's {@code PrivateThemeNotes}).
     */
    private PrivateReplyTexts.Note noteFor(Community community, ReplySummary summary) {
        if (summary.themes().isEmpty() || !settings.themesInThread(community.id())) {
            return PrivateReplyTexts.Note.NONE;
        }
        return PrivateReplyTexts.Note.LATER;
    }

    /** One private reply per member per check-in: a keyed hash of both, the reply's receipt and trend rows' key. */
    String deliveryKey(long checkInId, MemberRef member) {
        // 63 of the 64 hexadecimal digits after the prefix: the key fits the receipts' column as a thread reply's does
        return KEY_PREFIX + pseudonyms.of("private-reply", Long.toString(checkInId), member.platform().name(),
                member.userId()).substring(1);
    }

    private static String question(CheckIn checkIn, Language l) {
        String asked = checkIn.promptText() == null || checkIn.promptText().isBlank() ? l.text("private.question")
                : checkIn.promptText();
        return asked.replace("*", "");
    }
}
