package org.copcheckin.discord;

import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.checkins.ReplyOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands members' messages in threads to the reply intake, which counts each Discord message id once: a
 * MESSAGE_CREATE replayed after a gateway reconnect is recognised and not counted again.
 */
class ThreadReplyListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(ThreadReplyListener.class);

    private final ReplyIntake intake;

    ThreadReplyListener(ReplyIntake intake) {
        this.intake = intake;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        InboundEvents.reply(event).ifPresent(reply -> {
            try {
                ReplyOutcome outcome = intake.receive(reply);
                log.debug("Thread message {} in thread {}: {}", reply.messageId(), reply.thread().threadId(), outcome);
            } catch (RuntimeException e) {
                log.error("Could not take in message {} of thread {}: {}", reply.messageId(),
                        reply.thread().threadId(), e.getClass().getName());
            }
        });
    }
}
