package org.copcheckin.insights;

import java.time.Clock;
import java.time.LocalDate;

import org.copcheckin.community.Community;
import org.copcheckin.platform.MemberRef;
import org.springframework.stereotype.Service;

/**
 * Reactions on prompts as participation: each is kept as a row under the person's pseudonym for the week it
 * arrived in, and a person counts once a week however many they add ({@link CellMaker}). No term, no emoji, no
 * platform id is stored; the caller's reaction key is an HMAC.
 */
@Service
public class PromptReactions {

    private final TrendStore store;
    private final PersonPseudonyms people;
    private final Clock clock;

    PromptReactions(TrendStore store, PersonPseudonyms people, Clock clock) {
        this.store = store;
        this.people = people;
        this.clock = clock;
    }

    /** @return false when this reaction was counted already (the same event again) */
    public boolean added(Community community, MemberRef member, String reactionKey) {
        LocalDate week = Weeks.startOf(LocalDate.now(clock.withZone(community.zone())));
        return store.recordReaction(community.id(), week, people.of(community.id(), week, member), reactionKey);
    }

    /** @return false when there was no such reaction counted (the same removal again) */
    public boolean removed(Community community, String reactionKey) {
        return store.removeReaction(community.id(), reactionKey);
    }
}
