package org.copcheckin.participation;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

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
 * check-in, so it counts once per person per check-in and a press of another feeling changes the answer. The member
 * gets a private confirmation; any other press is refused with the reason and records nothing.
 */
@Component
class FeelingPresses {

    private static final Logger log = LoggerFactory.getLogger(FeelingPresses.class);

    private final FeelingTokens tokens;
    private final Communities communities;
    private final CheckIns checkIns;
    private final ReplyIntake intake;
    private final CommunityVocabulary vocabulary;
    private final ChatPlatforms platforms;
    private final Clock clock;
    private final org.copcheckin.community.CommunityLanguages languages;

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
    }

    @EventListener
    void on(ButtonPressed pressed) {
        if (!FeelingButtons.ACTION.equals(pressed.actionId())) {
            return;
        }
        Message answer = answer(pressed);
        try {
            platforms.of(pressed.channel()).answerPrivately(pressed.channel(), pressed.member(), answer);
        } catch (PlatformException e) {
            log.warn("Could not confirm a feeling button: {}", e.getMessage());
        }
    }

    private Message answer(ButtonPressed pressed) {
        Optional<FeelingTokens.Press> press = tokens.check(pressed.value(), pressed.channel());
        Optional<Community> community = communities.find(pressed.channel());
        Optional<CheckIn> checkIn = press.flatMap(p -> community.flatMap(c -> checkIns.findByButtonKey(c, p.buttonKey())))
                .filter(found -> found.kind() == PromptKind.WORD);
        org.copcheckin.community.Language l = community.map(c -> languages.of(c.id()))
                .orElse(org.copcheckin.community.Language.EN);
        if (checkIn.isEmpty() || !vocabulary.isEverydayWord(press.get().word(), l)) {
            log.info("Refused a feeling button that is not one of a check-in in this channel");
            return Message.text(l.text("feeling.not.ours"));
        }
        String word = press.get().word();
        // the member's own message id for this check-in: one answer each, replaced by the next press
        ThreadReplyReceived reply = new ThreadReplyReceived(checkIn.get().thread(), pressed.member(),
                ReplyIntake.ownAnswerId(checkIn.get().id(), pressed.member()), word, clock.instant(), Set.of());
        boolean replaced = intake.withdrawAnswer(reply);
        ReplyOutcome outcome = intake.receive(reply);
        log.info("Feeling button in check-in {}: {}{}", checkIn.get().id(), outcome, replaced ? " (replaced)" : "");
        if (outcome != ReplyOutcome.RECORDED) {
            return Message.text(l.text("feeling.already"));
        }
        return Message.text(l.text(replaced ? "feeling.replaced" : "feeling.recorded", word));
    }
}
