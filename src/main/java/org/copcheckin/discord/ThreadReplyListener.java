package org.copcheckin.discord;

import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.message.MessageBulkDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.checkins.ReplyOutcome;
import org.copcheckin.platform.ReplyDeleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands members' messages in threads to the reply intake, which counts each Discord message id once: a
 * MESSAGE_CREATE replayed after a gateway reconnect is recognised and not counted again. A message deleted in a
 * thread (one by one or in bulk) takes its trend rows with it.
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
                log.error("Could not take in a thread message: {}", e.getClass().getName());
            }
        });
    }

    @Override
    public void onMessageDelete(MessageDeleteEvent event) {
        if (event.isFromGuild() && event.getChannelType().isThread()) {
            retract(event.getChannel().asThreadChannel(), event.getMessageId());
        }
    }

    @Override
    public void onMessageBulkDelete(MessageBulkDeleteEvent event) {
        if (event.getChannel().getType().isThread()) {
            ThreadChannel thread = (ThreadChannel) event.getChannel();
            event.getMessageIds().forEach(id -> retract(thread, id));
        }
    }

    private void retract(ThreadChannel thread, String messageId) {
        if (thread.getParentChannel().getType() != ChannelType.TEXT) {
            return;
        }
        try {
            intake.retract(new ReplyDeleted(DiscordRefs.channel(thread.getParentChannel()), messageId));
        } catch (RuntimeException e) {
            log.error("Could not retract a deleted thread message: {}", e.getClass().getName());
        }
    }
}
