package org.copcheckin.discord;

import java.util.List;
import java.util.function.Predicate;

import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.copcheckin.commands.CommandHandler;
import org.copcheckin.commands.Reply;
import org.copcheckin.platform.CommandInvoked;
import org.copcheckin.platform.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code /cop}: acknowledges at once with a deferred ephemeral reply, hands the rebuilt text to the
 * {@link CommandHandler} and sends its answer as the ephemeral follow-up.
 */
class SlashCommandListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(SlashCommandListener.class);
    static final String DM_ANSWER = "cop-checkin works in a server's text channels, where each channel is its own "
            + "community. Run `/cop` in your community's channel; in a direct message there is no community to act on.";
    static final String NOT_A_TEXT_CHANNEL = "Run `/cop` in your community's text channel itself (not in a thread, "
            + "forum or voice channel): each text channel is its own community.";
    static final String FAILED = "Something went wrong on our side while answering. Try again in a minute; if it "
            + "keeps happening, tell the person who runs cop-checkin.";

    private final CommandHandler handler;
    private final InteractionReplies replies;
    private final Predicate<Member> facilitatorRole;

    SlashCommandListener(CommandHandler handler, InteractionReplies replies, Predicate<Member> facilitatorRole) {
        this.handler = handler;
        this.replies = replies;
        this.facilitatorRole = facilitatorRole;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!CopSlashCommand.NAME.equals(event.getName())) {
            return;
        }
        if (!event.isFromGuild()) {
            log.info("Answered a /cop used outside a server");
            event.reply(DM_ANSWER).setEphemeral(true).queue();
            return;
        }
        if (!InboundEvents.isCommunityChannel(event)) {
            log.info("Answered a /cop used in a {} channel", event.getChannelType());
            event.reply(NOT_A_TEXT_CHANNEL).setEphemeral(true).queue();
            return;
        }
        try {
            event.deferReply(true).complete();
        } catch (RuntimeException e) {
            log.warn("Could not acknowledge /cop: {}", e.getClass().getSimpleName());
            return;
        }
        InteractionHook hook = event.getHook().setEphemeral(true);
        CommandInvoked invoked = InboundEvents.command(event, facilitatorRole);
        Reply reply;
        try (InteractionReplies.Scope scope = replies.open(invoked.channel(), invoked.caller(), hook)) {
            reply = handler.handle(invoked);
        } catch (RuntimeException e) {
            log.error("/cop {} failed: {}", event.getSubcommandName(), e.getClass().getName());
            reply = new Reply.Answer(Message.text(FAILED));
        }
        List<MessageCreateData> parts = reply instanceof Reply.Confirm confirm ? DiscordMessages.confirm(confirm)
                : DiscordMessages.embeds(reply.message());
        for (MessageCreateData part : parts) {
            hook.sendMessage(part).queue(null, failure -> log.warn("Could not answer /cop: {}",
                    failure.getClass().getSimpleName()));
        }
    }
}
