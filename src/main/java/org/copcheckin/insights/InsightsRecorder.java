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
 * Analyses each new reply inside the intake's transaction and stores the trend rows under the participant's
 * pseudonym for this check-in. The reply text stays in memory; nothing about it is logged.
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
    public void onReply(Community community, CheckIn checkIn, ThreadReplyReceived reply) {
        ReplyAnalyser.Analysis analysis = analyser.analyse(checkIn.kind(), reply.text(), reply.knownNames());
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, community.zone());
        store.record(community.id(), checkIn.id(), participants.of(checkIn.id(), reply.author()), day, analysis, now);
    }
}
