package org.copcheckin.discord;

import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A pressed button of one of our messages, acknowledged and then published as {@link ButtonPressed}. It is
 * published only once Discord has taken the acknowledgement: an interaction can be acknowledged once, so when
 * two gateway sessions receive the same press (a replica restarting beside its successor), only the one whose
 * acknowledgement succeeded acts on it.
 */
class ButtonListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(ButtonListener.class);

    private final ApplicationEventPublisher events;
    private final InteractionReplies replies;

    ButtonListener(ApplicationEventPublisher events) {
        this(events, new InteractionReplies());
    }

    ButtonListener(ApplicationEventPublisher events, InteractionReplies replies) {
        this.events = events;
        this.replies = replies;
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        // Reply privately is answered with a modal, which must be the press's first answer (PrivateReplyListener)
        if (PrivateReplyListener.isPrivateReplyButton(event.getComponentId())) {
            return;
        }
        // acknowledge at once; the features answer through the platform port if they need to
        try {
            event.deferEdit().complete();
        } catch (RuntimeException e) {
            log.info("A button press was not acknowledged here ({}); another session may have taken it",
                    e.getClass().getSimpleName());
            return;
        }
        if (!event.isFromGuild()) {
            return;
        }
        String id = event.getComponentId();
        int separator = id.indexOf(DiscordMessages.BUTTON_SEPARATOR);
        String action = separator < 0 ? id : id.substring(0, separator);
        // a button without a value was rendered as "action|": it comes back without one
        String value = separator < 0 || separator == id.length() - 1 ? null : id.substring(separator + 1);
        ChannelRef channel = new ChannelRef(PlatformKind.DISCORD, event.getGuild().getId(), event.getChannelId());
        MemberRef member = DiscordRefs.member(event.getGuild(), event.getUser());
        // what a feature answers the member while handling the press goes back as an ephemeral follow-up
        try (InteractionReplies.Scope scope = replies.open(channel, member, event.getHook())) {
            events.publishEvent(new ButtonPressed(channel, member, action, value));
        }
    }
}
