package org.copcheckin.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.ReplyListener;
import org.copcheckin.community.Community;
import org.copcheckin.platform.ThreadReplyReceived;

/**
 * A reply listener that remembers the text each reply's analysis is shown, in test memory only, so a test sees
 * what the listeners get. Imported by {@link CoreSpringTest}, so it costs no context of its own.
 */
public class AnalysedReplies implements ReplyListener {

    public final List<String> texts = new CopyOnWriteArrayList<>();

    @Override
    public ReplyWrite prepare(Community community, CheckIn checkIn, ThreadReplyReceived reply, String deliveryKey) {
        texts.add(reply.text());
        return rows -> { };
    }
}
