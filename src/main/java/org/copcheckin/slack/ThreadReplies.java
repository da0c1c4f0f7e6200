package org.copcheckin.slack;

import java.math.BigDecimal;
import java.time.Instant;

import com.slack.api.bolt.App;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.checkins.ReplyOutcome;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.MetReplied;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.ReplyDeleted;
import org.copcheckin.platform.ThreadRef;
import org.copcheckin.platform.ThreadReplyReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Message events. A human's reply in a thread goes to the {@link ReplyIntake}, which commits it before we
 * acknowledge; its id is the reply's {@code ts}, the same on every retry, so a retried event is acknowledged
 * and not counted again. A deleted reply ({@code message_deleted}) takes its trend rows with it. Bots (ours
 * included, also when they broadcast a reply or share a file in a thread), edits and messages outside threads are
 * acknowledged and left alone on purpose: an edit does not count twice.
 */
@SlackComponent
class ThreadReplies implements SlackListeners {

    private static final Logger log = LoggerFactory.getLogger(ThreadReplies.class);

    private final ReplyIntake intake;
    private final SlackUsers users;

    ThreadReplies(ReplyIntake intake, SlackUsers users) {
        this.intake = intake;
        this.users = users;
    }

    @Override
    public void registerOn(App app) {
        app.event(MessageEvent.class, (payload, context) -> {
            MessageEvent e = payload.getEvent();
            if (e.getBotId() == null && e.getSubtype() == null) {
                if (e.getThreadTs() == null && "mpim".equals(e.getChannelType())) {
                    groupMessage(payload.getTeamId(), e.getChannel(), e.getUser(), e.getTs(), e.getText());
                } else {
                    receive(payload.getTeamId(), e.getChannel(), e.getThreadTs(), e.getUser(), e.getTs(), e.getText(),
                            context.getRetryNum());
                }
            }
            return context.ack();
        });
        app.event(MessageThreadBroadcastEvent.class, (payload, context) -> {
            MessageThreadBroadcastEvent e = payload.getEvent();
            if (!bot(payload.getTeamId(), e.getUser(), context.getBotUserId())) {
                receive(payload.getTeamId(), e.getChannel(), e.getThreadTs(), e.getUser(), e.getTs(), e.getText(),
                        context.getRetryNum());
            }
            return context.ack();
        });
        app.event(MessageFileShareEvent.class, (payload, context) -> {
            MessageFileShareEvent e = payload.getEvent();
            if (!Boolean.TRUE.equals(e.getDisplayAsBot()) && !bot(payload.getTeamId(), e.getUser(), context.getBotUserId())) {
                receive(payload.getTeamId(), e.getChannel(), e.getThreadTs(), e.getUser(), e.getTs(), e.getText(),
                        context.getRetryNum());
            }
            return context.ack();
        });
        app.event(MessageBotEvent.class, (payload, context) -> context.ack());
        app.event(MessageChangedEvent.class, (payload, context) -> {
            log.debug("A message was edited; the reply stays counted as first received");
            return context.ack();
        });
        app.event(MessageDeletedEvent.class, (payload, context) -> {
            MessageDeletedEvent e = payload.getEvent();
            if (e.getChannel() != null && e.getDeletedTs() != null) {
                // a deleted reply's trend rows go with it, before the ack, like a reply's arrival
                intake.retract(new ReplyDeleted(new ChannelRef(PlatformKind.SLACK, payload.getTeamId(), e.getChannel()),
                        e.getDeletedTs()));
            }
            return context.ack();
        });
    }

    /**
     * A broadcast or a file shared in a thread carries no {@code bot_id} in the SDK's model, so a bot is known by its
     * user: ours, or one the workspace's member list marks as a bot.
     */
    private boolean bot(String team, String user, String ourBotUser) {
        return user != null && (user.equals(ourBotUser) || users.isKnownBot(team, user));
    }

    /**
     * @param retryNum Slack's {@code X-Slack-Retry-Num} (null on a first delivery): only a retry is looked up before
     *                 its analysis; any delivery is recognised as a repeat at its commit
     */
    private void receive(String team, String channel, String threadTs, String user, String ts, String text,
                         Integer retryNum) {
        if (threadTs == null || threadTs.equals(ts) || user == null || channel == null || text == null) {
            return; // not a reply in a thread (a top-level message, or a thread's parent)
        }
        ThreadRef thread = new ThreadRef(new ChannelRef(PlatformKind.SLACK, team, channel), threadTs);
        ThreadReplyReceived reply = new ThreadReplyReceived(thread, new MemberRef(PlatformKind.SLACK, team, user),
                ts, text, sentAt(ts), users.knownNames(team));
        ReplyOutcome outcome = retryNum == null || retryNum == 0 ? intake.receiveFirstDelivery(reply)
                : intake.receive(reply);
        log.debug("Thread reply {}: {}", ts, outcome);
    }

    /**
     * A message in a group DM outside any thread: only a pair's "met" (the introduction says "reply 'met'") means
     * something there, and the intake hands it to pairing; the rest is not ours to read.
     */
    private void groupMessage(String team, String channel, String user, String ts, String text) {
        if (user == null || channel == null || !MetReplied.says(text)) {
            return;
        }
        ThreadRef conversation = new ThreadRef(new ChannelRef(PlatformKind.SLACK, team, channel), ts);
        intake.receive(new ThreadReplyReceived(conversation, new MemberRef(PlatformKind.SLACK, team, user), ts, text,
                sentAt(ts), java.util.Set.of()));
    }

    static Instant sentAt(String ts) {
        try {
            BigDecimal seconds = new BigDecimal(ts);
            return Instant.ofEpochSecond(seconds.longValue(),
                    seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        } catch (NumberFormatException | ArithmeticException e) {
            return Instant.now();
        }
    }
}
