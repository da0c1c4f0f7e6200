package org.copcheckin.slack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.model.block.LayoutBlock;
import org.copcheckin.commands.CommandHandler;
import org.copcheckin.commands.Reply;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.CommandInvoked;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /cop}: acknowledged at once with an empty body (nothing slow before the ack), then looked up, handled
 * and answered privately through the command's {@code response_url} (or {@code chat.postEphemeral}).
 * A facilitator's bare {@code /cop prompt custom} opens the {@link CustomPromptModal} instead.
 */
@SlackComponent
class SlashCommands implements SlackListeners {

    private static final Logger log = LoggerFactory.getLogger(SlashCommands.class);
    /** The answer when handling a command failed inside cop-checkin (the log has the exception's class). */
    static final Message FAILED = Message.text("Sorry, that did not work. Please try again in a minute.");
    private static final Pattern MENTION = Pattern.compile("<@([A-Z0-9]+)(?:\\|[^>]*)?>");
    private static final Pattern MASS_MENTION = Pattern.compile("<!([^<>]*)>");

    private final CommandHandler commands;
    private final SlackUsers users;
    private final SlackChatPlatform platform;
    private final SlackWork work;
    private final CustomPromptModal customPromptModal;

    SlashCommands(CommandHandler commands, SlackUsers users, SlackChatPlatform platform, SlackWork work,
                  CustomPromptModal customPromptModal) {
        this.commands = commands;
        this.users = users;
        this.platform = platform;
        this.work = work;
        this.customPromptModal = customPromptModal;
    }

    @Override
    public void registerOn(App app) {
        app.command("/cop", (request, context) -> {
            SlashCommandPayload payload = request.getPayload();
            work.submit("/cop", () -> answer(payload, context));
            return context.ack();
        });
    }

    private void answer(SlashCommandPayload payload, SlashCommandContext context) {
        String team = payload.getTeamId();
        ChannelRef channel = new ChannelRef(PlatformKind.SLACK, team, payload.getChannelId());
        MemberRef caller = new MemberRef(PlatformKind.SLACK, team, payload.getUserId());
        Reply reply;
        try {
            boolean admin = users.isAdmin(team, payload.getUserId());
            CommandInvoked invoked = new CommandInvoked(channel, caller, input(team, payload.getText()), admin);
            reply = commands.handle(invoked);
            if (reply instanceof Reply.OpenForm && customPromptModal.open(channel, payload.getTriggerId())) {
                return; // the facilitator writes the prompt in the modal; its submission is answered then
            }
        } catch (RuntimeException e) {
            log.warn("/cop failed in a Slack channel: {}", e.getClass().getSimpleName());
            reply = new Reply.Answer(FAILED);
        }
        reply(payload, context, channel, caller, reply);
    }

    private void reply(SlashCommandPayload payload, SlashCommandContext context, ChannelRef channel,
                       MemberRef caller, Reply reply) {
        Message answer = reply instanceof Reply.Confirm confirm ? confirm.withButtons() : reply.message();
        List<LayoutBlock> blocks = reply instanceof Reply.Confirm confirm ? BlockKit.confirm(confirm)
                : BlockKit.blocks(answer);
        if (payload.getResponseUrl() != null && !payload.getResponseUrl().isBlank()) {
            try {
                int status = context.respond(r -> r.responseType("ephemeral")
                        .text(BlockKit.fallback(answer)).blocks(blocks)).getCode();
                if (status / 100 == 2) {
                    return;
                }
                log.info("response_url answered HTTP {}; answering with chat.postEphemeral", status);
            } catch (IOException e) {
                log.info("response_url unreachable; answering with chat.postEphemeral");
            }
        }
        platform.answerPrivately(channel, caller, answer);
    }

    /**
     * Slack writes mentions as {@code <@U123|name>} or {@code <@U123>}; the core gets members and no names.
     * {@code <!channel>}, {@code <!here>}, {@code <!everyone>} and user-group mentions are escaped as the modal
     * escapes them, so a custom prompt shows them as text instead of pinging everyone.
     */
    static CommandInvoked.Input.Text input(String team, String text) {
        List<MemberRef> mentions = new ArrayList<>();
        Matcher mention = MENTION.matcher(text == null ? "" : text);
        StringBuilder neutral = new StringBuilder();
        while (mention.find()) {
            mention.appendReplacement(neutral, Matcher.quoteReplacement(CommandInvoked.Input.mention(mentions.size())));
            mentions.add(new MemberRef(PlatformKind.SLACK, team, mention.group(1)));
        }
        mention.appendTail(neutral);
        String escaped = MASS_MENTION.matcher(neutral).replaceAll("&lt;!$1&gt;");
        return new CommandInvoked.Input.Text(escaped, mentions);
    }
}
