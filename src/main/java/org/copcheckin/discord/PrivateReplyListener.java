package org.copcheckin.discord;

import java.util.Optional;

import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textdisplay.TextDisplay;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import org.copcheckin.checkins.PrivateReplies;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.ThreadRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A prompt's <em>Reply privately</em> button on Discord: the press is answered with a modal whose id carries the
 * signed token of the check-in and the member (the button sits on the prompt's last message, whose id is the
 * check-in's thread). The submission is acknowledged with an ephemeral deferral, so only the session whose
 * acknowledgement Discord took records it; it then goes through the same intake as a thread reply, the member gets
 * an ephemeral confirmation of what was counted; the thread gets the themes of private replies together a day later,
 * when the community wants them, never per submission.
 * The answer is never posted and never logged.
 */
class PrivateReplyListener extends ListenerAdapter {

    static final String MODAL_PREFIX = "cop_reply_private" + DiscordMessages.BUTTON_SEPARATOR;
    static final String INPUT_ID = "text";
    private static final int TEXT_DISPLAY_MAX = 1800;

    private static final Logger log = LoggerFactory.getLogger(PrivateReplyListener.class);

    private final PrivateReplies replies;

    PrivateReplyListener(PrivateReplies replies) {
        this.replies = replies;
    }

    static boolean isPrivateReplyButton(String componentId) {
        return componentId.equals(PrivateReplies.ACTION)
                || componentId.startsWith(PrivateReplies.ACTION + DiscordMessages.BUTTON_SEPARATOR);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (!isPrivateReplyButton(event.getComponentId())) {
            return;
        }
        if (!event.isFromGuild() || event.getGuild() == null || event.getChannelType() != ChannelType.TEXT) {
            acknowledge(() -> event.reply(PrivateReplies.notACheckIn().plainText()).setEphemeral(true).complete());
            return;
        }
        ChannelRef channel = DiscordRefs.channel(event.getGuildChannel());
        MemberRef member = DiscordRefs.member(event.getGuild(), event.getUser());
        // a thread started from a message has that message's id: the prompt's last message roots the check-in
        Optional<PrivateReplies.Form> form = replies.formFor(new ThreadRef(channel, event.getMessageId()), member);
        if (form.isEmpty()) {
            acknowledge(() -> event.reply(replies.notACheckIn(channel).plainText()).setEphemeral(true).complete());
            return;
        }
        acknowledge(() -> event.replyModal(modal(form.get())).complete());
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (!event.getModalId().startsWith(MODAL_PREFIX)) {
            return;
        }
        InteractionHook hook;
        try {
            hook = event.deferReply(true).complete();
        } catch (RuntimeException e) {
            log.info("A private reply was not acknowledged here ({}); another session may have taken it",
                    e.getClass().getSimpleName());
            return;
        }
        if (!event.isFromGuild() || event.getGuild() == null || event.getMember() == null) {
            send(hook, PrivateReplies.notACheckIn());
            return;
        }
        MemberRef member = DiscordRefs.member(event.getGuild(), event.getUser());
        ModalMapping value = event.getValue(INPUT_ID);
        String text = value == null ? "" : value.getAsString();
        GuildChannel channel = event.getGuildChannel();
        // recorded and committed here; the text goes no further than the intake; a refusal comes in the language of
        // the community of the channel the form was sent from
        PrivateReplies.Submitted submitted = replies.submit(event.getModalId().substring(MODAL_PREFIX.length()),
                member, Optional.of(DiscordRefs.channel(channel)), text, InboundEvents.knownNames(event.getGuild(), channel));
        send(hook, submitted.answer());
    }

    static Modal modal(PrivateReplies.Form form) {
        return Modal.create(MODAL_PREFIX + form.token(), ContentSplitter.truncate(form.title(), Modal.MAX_TITLE_LENGTH))
                .addComponents(TextDisplay.of(ContentSplitter.truncate(form.question(), TEXT_DISPLAY_MAX)),
                        Label.of(form.language().text("modal.private.label"), TextInput.create(INPUT_ID, TextInputStyle.PARAGRAPH).setRequired(true)
                                .setMaxLength(PrivateReplies.MAX_LENGTH).build()),
                        TextDisplay.of(form.hint()))
                .build();
    }

    private static void send(InteractionHook hook, Message message) {
        try {
            DiscordMessages.embeds(message).forEach(part -> hook.sendMessage(part).setEphemeral(true).complete());
        } catch (RuntimeException e) {
            log.info("The private reply's confirmation could not be sent: {}", e.getClass().getSimpleName());
        }
    }

    private static void acknowledge(Runnable answer) {
        try {
            answer.run();
        } catch (RuntimeException e) {
            log.info("A private reply button was not answered here ({}); another session may have taken it",
                    e.getClass().getSimpleName());
        }
    }
}
