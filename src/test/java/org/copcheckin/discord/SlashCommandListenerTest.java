package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.copcheckin.commands.Reply;
import org.copcheckin.platform.Message;
import org.mockito.ArgumentCaptor;

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

    @Test
    void aSlowCommandRunsOnTheCommandPoolSoTheEventThreadIsFreeAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> ranOn = new AtomicReference<>();
        when(handler.handle(any())).thenAnswer(invocation -> {
            ranOn.set(Thread.currentThread().getName());
            release.await(30, TimeUnit.SECONDS);
            return new Reply.Answer(Message.text("Pairing round #1"));
        });
        try (CommandPool pool = new CommandPool(1, 1)) {
            SlashCommandListener pooled = new SlashCommandListener(handler, new InteractionReplies(),
                    FacilitatorRole.byId(JdaMocks.FACILITATOR_ROLE), pool);
            Deferred pair = deferred("pair");

            // returns while the handler still runs: JDA's event thread is free for thread replies
            pooled.onSlashCommandInteraction(pair.event());

            await().atMost(10, TimeUnit.SECONDS).until(() -> ranOn.get() != null);
            assertThat(ranOn.get()).startsWith("discord-commands-").isNotEqualTo(Thread.currentThread().getName());
            verify(pair.event()).deferReply(true);
            verify(pair.hook(), never()).sendMessage(any(MessageCreateData.class));
            release.countDown();
            await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(texts(pair.hook()))
                    .singleElement().asString().contains("Pairing round #1"));
        }
    }

    @Test
    void whenThePoolIsFullTheMemberIsToldItIsBusyAndNothingWaitsOnTheEventThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        when(handler.handle(any())).thenAnswer(invocation -> {
            release.await(30, TimeUnit.SECONDS);
            return new Reply.Answer(Message.text("done"));
        });
        try (CommandPool pool = new CommandPool(1, 1)) {
            SlashCommandListener pooled = new SlashCommandListener(handler, new InteractionReplies(),
                    FacilitatorRole.byId(JdaMocks.FACILITATOR_ROLE), pool);
            Deferred running = deferred("pair");
            Deferred queued = deferred("digest");
            Deferred third = deferred("status");

            pooled.onSlashCommandInteraction(running.event());
            await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> verify(handler).handle(any()));
            pooled.onSlashCommandInteraction(queued.event());
            pooled.onSlashCommandInteraction(third.event());

            assertThat(texts(third.hook())).singleElement().asString().contains(SlashCommandListener.BUSY);
            release.countDown();
            await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> {
                assertThat(texts(running.hook())).singleElement().asString().contains("done");
                assertThat(texts(queued.hook())).singleElement().asString().contains("done");
            });
        }
    }

    private record Deferred(SlashCommandInteractionEvent event, InteractionHook hook) {
    }

    /** A {@code /cop} event whose acknowledgement succeeds, with the hook its answer goes to. */
    private Deferred deferred(String subcommand) {
        var event = discord.slashCommand(discord.member("11", "Dana", false), null, subcommand, Map.of());
        ReplyCallbackAction defer = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(event.deferReply(true)).thenReturn(defer);
        InteractionHook hook = mock(InteractionHook.class);
        when(hook.setEphemeral(true)).thenReturn(hook);
        when(hook.sendMessage(any(MessageCreateData.class)))
                .thenAnswer(invocation -> mock(WebhookMessageCreateAction.class, RETURNS_SELF));
        when(event.getHook()).thenReturn(hook);
        return new Deferred(event, hook);
    }

    /** What was sent to the hook, as text (content and embed descriptions). */
    private static List<String> texts(InteractionHook hook) {
        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        org.mockito.Mockito.verify(hook, org.mockito.Mockito.atLeast(0)).sendMessage(sent.capture());
        return sent.getAllValues().stream().map(data -> data.getContent() + String.join("\n", data.getEmbeds().stream()
                .map(MessageEmbed::getDescription).filter(java.util.Objects::nonNull).toList())).toList();
    }
}
