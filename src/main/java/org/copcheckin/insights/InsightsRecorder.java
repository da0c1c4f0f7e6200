package org.copcheckin.insights;

import java.time.Clock;
import java.time.LocalDate;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.ReplyListener;
import org.copcheckin.community.Community;
import org.copcheckin.platform.ThreadReplyReceived;
import org.springframework.stereotype.Component;

/**
 * Analyses each reply before the intake's transaction (in memory) and stores the trend rows inside it, in the
 * ISO week the reply arrives in (the community's zone), under the person's pseudonym for that week and the reply's
 * key. The write holds the analysis (vocabulary words left after anonymising), never the reply text; nothing about
 * it is logged. A deleted reply's rows are removed; the figures already published for a finished week stay as they
 * were (they hold no pseudonym), since publishing the week again without the reply would let two exports be
 * subtracted to find what it said.
 */
@Component
class InsightsRecorder implements ReplyListener {

    private final ReplyAnalyser analyser;
    private final TrendStore store;
    private final PersonPseudonyms people;
    private final CommunityVocabulary vocabulary;
    private final Clock clock;

    InsightsRecorder(ReplyAnalyser analyser, TrendStore store, PersonPseudonyms people,
                     CommunityVocabulary vocabulary, Clock clock) {
        this.analyser = analyser;
        this.store = store;
        this.people = people;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    @Override
    public ReplyWrite prepare(Community community, CheckIn checkIn, ThreadReplyReceived reply, String deliveryKey) {
        ReplyAnalyser.Analysis analysis = analyser.analyse(checkIn.kind(), reply.text(), reply.knownNames(),
                vocabulary.words(community));
        LocalDate week = Weeks.startOf(LocalDate.now(clock.withZone(community.zone())));
        String person = people.of(community.id(), week, reply.author());
        long communityId = community.id();
        return () -> store.record(communityId, week, person, deliveryKey, analysis);
    }

    @Override
    public void retract(Community community, String deliveryKey) {
        store.retract(community.id(), deliveryKey);
    }
}
