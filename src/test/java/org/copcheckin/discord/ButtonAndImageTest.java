package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.utils.FileUpload;
import org.copcheckin.metrics.CopMetrics;
import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformException;
import org.copcheckin.platform.PlatformKind;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ButtonAndImageTest {

    private final JdaMocks discord = new JdaMocks();
    private final List<Object> events = new ArrayList<>();
    private final ChannelRef channel = new ChannelRef(PlatformKind.DISCORD, JdaMocks.GUILD_ID, JdaMocks.CHANNEL_ID);

    @Test
    void aPressedButtonIsAcknowledgedAndPublishedWithItsActionAndValue() {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        var dana = discord.member("11", "Dana", false);
        when(event.isFromGuild()).thenReturn(true);
        when(event.getGuild()).thenReturn(discord.guild);
        when(event.getChannelId()).thenReturn(JdaMocks.CHANNEL_ID);
        when(event.getUser()).thenAnswer(i -> dana.getUser());
        when(event.getComponentId()).thenReturn("pause|2");
        MessageEditCallbackAction ack = mock(MessageEditCallbackAction.class);
        when(event.deferEdit()).thenReturn(ack);
        when(event.getHook()).thenReturn(mock(net.dv8tion.jda.api.interactions.InteractionHook.class));

        new ButtonListener(events::add).onButtonInteraction(event);

        verify(ack).complete();
        assertThat(events).containsExactly(new ButtonPressed(channel,
                new MemberRef(PlatformKind.DISCORD, JdaMocks.GUILD_ID, "11"), "pause", "2"));
    }

    @Test
    void aPressWhoseAcknowledgementDiscordRefusedIsNotActedOn() {
        // the same press reached a second gateway session, which acknowledged it first
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        when(event.isFromGuild()).thenReturn(true);
        when(event.getComponentId()).thenReturn("pause|2");
        MessageEditCallbackAction ack = mock(MessageEditCallbackAction.class);
        when(ack.complete()).thenThrow(new IllegalStateException("This interaction has already been acknowledged"));
        when(event.deferEdit()).thenReturn(ack);

        new ButtonListener(events::add).onButtonInteraction(event);

        assertThat(events).isEmpty();
    }

    @Test
    void aButtonWithoutAValueComesBackWithoutOne() {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        var dana = discord.member("11", "Dana", false);
        when(event.isFromGuild()).thenReturn(true);
        when(event.getGuild()).thenReturn(discord.guild);
        when(event.getChannelId()).thenReturn("4242");
        when(event.getUser()).thenAnswer(i -> dana.getUser());
        when(event.getComponentId()).thenReturn("met|");
        when(event.deferEdit()).thenReturn(mock(MessageEditCallbackAction.class));
        when(event.getHook()).thenReturn(mock(net.dv8tion.jda.api.interactions.InteractionHook.class));

        new ButtonListener(events::add).onButtonInteraction(event);

        assertThat(events).containsExactly(new ButtonPressed(new ChannelRef(PlatformKind.DISCORD, JdaMocks.GUILD_ID, "4242"),
                new MemberRef(PlatformKind.DISCORD, JdaMocks.GUILD_ID, "11"), "met", null));
    }

    @Test
    void anImageIsAnAttachmentWithItsAltText() {
        MessageCreateAction upload = mock(MessageCreateAction.class, RETURNS_SELF);
        ArgumentCaptor<FileUpload> file = ArgumentCaptor.forClass(FileUpload.class);
        when(discord.channel.sendFiles(file.capture())).thenReturn(upload);

        platform().uploadImage(channel, "themes.png", new byte[] {1, 2, 3}, "Bar chart of this month's themes");

        verify(upload).complete();
        assertThat(file.getValue().getName()).isEqualTo("themes.png");
        assertThat(file.getValue().getDescription()).isEqualTo("Bar chart of this month's themes");
    }

    @Test
    void withoutAttachFilesTheChartIsNotSentAndTheReasonIsClear() {
        discord.botPermissions.remove(Permission.MESSAGE_ATTACH_FILES);

        assertThatThrownBy(() -> platform().uploadImage(channel, "themes.png", new byte[] {1}, "chart"))
                .isInstanceOf(PlatformException.class).hasMessageContaining("Attach Files");
        verify(discord.channel, never()).sendFiles(any(FileUpload.class));
    }

    private DiscordChatPlatform platform() {
        DiscordCalls calls = new DiscordCalls(new CopMetrics(new SimpleMeterRegistry()));
        return new DiscordChatPlatform(discord::client, new PrivateConversations(events::add, calls),
                new InteractionReplies(), FacilitatorRole.byId(JdaMocks.FACILITATOR_ROLE), calls);
    }
}
