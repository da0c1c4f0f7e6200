package org.copcheckin.checkins;

import org.copcheckin.community.Community;
import org.copcheckin.platform.ThreadReplyReceived;
import org.springframework.stereotype.Component;

/** A thread reply is taking part: recorded in the reply's own transaction, with its receipt. */
@Component
class ParticipationRecorder implements ReplyListener {

    private final Participation participation;

    ParticipationRecorder(Participation participation) {
        this.participation = participation;
    }

    @Override
    public ReplyWrite prepare(Community community, CheckIn checkIn, ThreadReplyReceived reply, String deliveryKey) {
        long checkInId = checkIn.id();
        var author = reply.author();
        return rows -> participation.record(rows, checkInId, author);
    }
}
