package org.copcheckin.discord;

import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;

import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import org.copcheckin.commands.CommandHandler;
import org.junit.jupiter.api.Test;

/** The paths that never reach the core; the full path runs in {@link DiscordEndToEndTest}. */
class SlashCommandListenerTest {

    private final JdaMocks discord = new JdaMocks();
    private final CommandHandler handler = mock(CommandHandler.class);
    private final SlashCommandListener listener = new SlashCommandListener(handler, new InteractionReplies(),
            FacilitatorRole.byId(JdaMocks.FACILITATOR_ROLE), Runnable::run);

    @Test
    void aCommandInADirectMessageGetsAClearPrivateAnswer() {
        var event = discord.slashCommand(discord.member("11", "Dana", false), null, "status", Map.of());
        when(event.isFromGuild()).thenReturn(false);
        when(event.getMember()).thenReturn(null);
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(event.reply(SlashCommandListener.DM_ANSWER)).thenReturn(reply);

        listener.onSlashCommandInteraction(event);

        verify(reply).setEphemeral(true);
        verify(reply).queue();
        verify(event, never()).deferReply(true);
        verifyNoInteractions(handler);
    }

    @Test
    void aCommandInAThreadIsSentBackToTheChannel() {
        var event = discord.slashCommand(discord.member("11", "Dana", false), null, "status", Map.of());
        when(event.getChannelType()).thenReturn(ChannelType.GUILD_PUBLIC_THREAD);
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(event.reply(SlashCommandListener.NOT_A_TEXT_CHANNEL)).thenReturn(reply);

        listener.onSlashCommandInteraction(event);

        verify(reply).setEphemeral(true);
        verifyNoInteractions(handler);
    }

    @Test
    void otherBotsCommandsAreNotOurs() {
        var event = discord.slashCommand(discord.member("11", "Dana", false), null, "status", Map.of());
        when(event.getName()).thenReturn("other");

        listener.onSlashCommandInteraction(event);

        verify(event, never()).deferReply(true);
        verifyNoInteractions(handler);
    }
}
