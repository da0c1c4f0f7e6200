package org.copcheckin.discord;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
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
 * {@link CommandHandler} on a bounded executor of its own and sends its answer as the ephemeral follow-up.
 * JDA's event pool only acknowledges, so a slow {@code /cop pair} or digest never holds up thread replies; when
 * the executor is full the member is told to try again in a minute rather than the event thread waiting.
 */
class SlashCommandListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(SlashCommandListener.class);
    static final String DM_ANSWER = "cop-checkin works in a server's text channels, where each channel is its own "
            + "community. Run `/cop` in your community's channel; in a direct message there is no community to act on.";
    static final String NOT_A_TEXT_CHANNEL = "Run `/cop` in your community's text channel itself (not in a thread, "
            + "forum or voice channel): each text channel is its own community.";
    static final String FAILED = "Something went wrong on our side while answering. Try again in a minute; if it "
            + "keeps happening, tell the person who runs cop-checkin.";
    static final String BUSY = "cop-checkin is busy with other commands right now. Try again in a minute.";

    private final CommandHandler handler;
    private final InteractionReplies replies;
    private final Predicate<Member> facilitatorRole;
    private final Executor commands;

    SlashCommandListener(CommandHandler handler, InteractionReplies replies, Predicate<Member> facilitatorRole,
                         Executor commands) {
        this.commands = commands;
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
        String subcommand = event.getSubcommandName();
        try {
            commands.execute(() -> answer(invoked, subcommand, hook));
        } catch (RejectedExecutionException e) {
            log.warn("Answered /cop {} with busy: the command pool is full", subcommand);
            send(hook, new Reply.Answer(Message.text(BUSY)));
        }
    }

    private void answer(CommandInvoked invoked, String subcommand, InteractionHook hook) {
        Reply reply;
        try (InteractionReplies.Scope scope = replies.open(invoked.channel(), invoked.caller(), hook)) {
            reply = handler.handle(invoked);
        } catch (RuntimeException e) {
            log.error("/cop {} failed: {}", subcommand, e.getClass().getName());
            reply = new Reply.Answer(Message.text(FAILED));
        }
        send(hook, reply);
    }

    private static void send(InteractionHook hook, Reply reply) {
        List<MessageCreateData> parts = reply instanceof Reply.Confirm confirm ? DiscordMessages.confirm(confirm)
                : DiscordMessages.embeds(reply.message());
        for (MessageCreateData part : parts) {
            hook.sendMessage(part).queue(null, failure -> log.warn("Could not answer /cop: {}",
                    failure.getClass().getSimpleName()));
        }
    }
}
