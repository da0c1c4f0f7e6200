package org.copcheckin.discord;

import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.message.react.GenericMessageReactionEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.copcheckin.participation.Reactions;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.PromptReacted;
import org.copcheckin.platform.ThreadRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reaction added to or removed from a message in a text channel (needs the GUILD_MESSAGE_REACTIONS intent): on a
 * check-in's prompt, whose thread has the prompt message's id, it counts its member as taking part. A replayed
 * event changes nothing; bots' reactions (ours included) are left alone.
 */
class ReactionListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(ReactionListener.class);

    private final Reactions reactions;

    ReactionListener(Reactions reactions) {
        this.reactions = reactions;
    }

    @Override
    public void onMessageReactionAdd(MessageReactionAddEvent event) {
        receive(event, true);
    }

    @Override
    public void onMessageReactionRemove(MessageReactionRemoveEvent event) {
        receive(event, false);
    }

    private void receive(GenericMessageReactionEvent event, boolean added) {
        if (!event.isFromGuild() || event.getChannelType() != ChannelType.TEXT
                || event.getUserIdLong() == event.getJDA().getSelfUser().getIdLong()) {
            return;
        }
        User user = event.getUser();
        if (user != null && user.isBot()) {
            return;
        }
        String guild = event.getGuild().getId();
        try {
            Reactions.Outcome outcome = reactions.receive(new PromptReacted(
                    new ThreadRef(new ChannelRef(PlatformKind.DISCORD, guild, event.getChannel().getId()),
                            event.getMessageId()),
                    new MemberRef(PlatformKind.DISCORD, guild, event.getUserId()),
                    event.getEmoji().getAsReactionCode(), added));
            log.debug("Reaction: {}", outcome);
        } catch (RuntimeException e) {
            log.error("Could not take in a reaction: {}", e.getClass().getName());
        }
    }
}
