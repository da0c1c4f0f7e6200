package org.copcheckin.insights;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.ReplyListener;
import org.copcheckin.community.Community;
import org.copcheckin.platform.ThreadReplyReceived;
import org.springframework.stereotype.Component;

/**
 * Analyses each reply before the intake's transaction (in memory) and stores the trend rows inside it, under the
 * participant's pseudonym for this check-in. The write holds the analysis (terms left after anonymising), never
 * the reply text; nothing about it is logged.
 */
@Component
class InsightsRecorder implements ReplyListener {

    private final ReplyAnalyser analyser;
    private final TrendStore store;
    private final ParticipantPseudonyms participants;
    private final Clock clock;

    InsightsRecorder(ReplyAnalyser analyser, TrendStore store, ParticipantPseudonyms participants, Clock clock) {
        this.analyser = analyser;
        this.store = store;
        this.participants = participants;
        this.clock = clock;
    }

    @Override
    public ReplyWrite prepare(Community community, CheckIn checkIn, ThreadReplyReceived reply) {
        ReplyAnalyser.Analysis analysis = analyser.analyse(checkIn.kind(), reply.text(), reply.knownNames());
        String participant = participants.of(checkIn.id(), reply.author());
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, community.zone());
        long communityId = community.id();
        long checkInId = checkIn.id();
        return () -> store.record(communityId, checkInId, participant, day, analysis, now);
    }
}
