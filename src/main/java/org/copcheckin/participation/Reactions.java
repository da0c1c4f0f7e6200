package org.copcheckin.participation;

import java.util.Optional;

import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.Participation;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.insights.PromptReactions;
import org.copcheckin.platform.PromptReacted;
import org.copcheckin.privacy.Pseudonyms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Emoji reactions on prompts, taken in before the platform is acknowledged: a reaction on a check-in's prompt
 * counts its member as taking part that week (participation only, never a term). Each reaction is known by a keyed
 * hash of the channel, the prompt, the member and the emoji, so the same event again changes nothing, several
 * reactions of one member count once, and removing every one of them withdraws it (a reply still counts). A
 * reaction also spares its member the check-in's reminder ({@link Participation}).
 */
@Service
public class Reactions {

    private static final Logger log = LoggerFactory.getLogger(Reactions.class);

    /** What became of a reaction event. */
    public enum Outcome {
        /** counted, or its removal taken into account */
        RECORDED,
        /** the same event again: nothing changed */
        DUPLICATE,
        /** not on a check-in's prompt: ignored */
        NOT_A_PROMPT
    }

    private final Communities communities;
    private final CheckIns checkIns;
    private final PromptReactions reactions;
    private final Pseudonyms pseudonyms;
    private final Participation participation;

    Reactions(Communities communities, CheckIns checkIns, PromptReactions reactions, Pseudonyms pseudonyms,
              Participation participation) {
        this.participation = participation;
        this.communities = communities;
        this.checkIns = checkIns;
        this.reactions = reactions;
        this.pseudonyms = pseudonyms;
    }

    public Outcome receive(PromptReacted event) {
        Optional<Community> community = communities.find(event.message().channel());
        Optional<Long> checkIn = community.flatMap(c -> checkIns.findByThread(c, event.message().threadId()))
                .map(found -> found.id());
        if (checkIn.isEmpty() || event.emoji() == null || event.emoji().isBlank()) {
            return Outcome.NOT_A_PROMPT;
        }
        String key = pseudonyms.of("prompt-reaction", event.message().channel().platform().name(),
                event.message().channel().channelId(), event.message().threadId(), event.member().userId(),
                event.emoji());
        boolean changed = event.added() ? reactions.added(community.get(), event.member(), key)
                : reactions.removed(community.get(), key);
        if (event.added()) {
            // taking part, for the check-in's reminder: a reaction taken back later still leaves the member alone
            participation.record(checkIn.get(), event.member());
        }
        log.info("A reaction was {} on check-in {}{}", event.added() ? "added" : "removed", checkIn.get(),
                changed ? "" : " (already so)");
        return changed ? Outcome.RECORDED : Outcome.DUPLICATE;
    }
}
