package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.copcheckin.metrics.CopMetrics;
import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberLeft;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.ThreadRef;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class DiscordChatPlatformTest {

    private final JdaMocks discord = new JdaMocks();
    private final List<Object> events = new ArrayList<>();
    private final InteractionReplies interactions = new InteractionReplies();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DiscordCalls calls = new DiscordCalls(new CopMetrics(registry));
    private final DiscordChatPlatform platform = new DiscordChatPlatform(discord::client,
            new PrivateConversations(events::add, calls), interactions, FacilitatorRole.byId(JdaMocks.FACILITATOR_ROLE), calls);
    private final ChannelRef channel = new ChannelRef(PlatformKind.DISCORD, JdaMocks.GUILD_ID, JdaMocks.CHANNEL_ID);

    @Test
    void aPromptIsAnEmbedWithAPublicThreadStartedFromIt() {
        ThreadRef thread = platform.postToChannel(channel, Message.of("Check-in: one word", "In *one word*, how is it going?"));

        assertThat(discord.sent).hasSize(1);
        var embed = discord.sent.get(0).getEmbeds().get(0);
        assertThat(embed.getTitle()).isEqualTo("Check-in: one word");
        assertThat(embed.getDescription()).isEqualTo("In **one word**, how is it going?");
        assertThat(thread.channel()).isEqualTo(channel);
        // a thread started from a message has that message's id
        assertThat(thread.threadId()).isNotBlank();
        assertThat(discord.guild.getThreadChannelById(thread.threadId())).isNotNull();
    }

    @Test
    void withoutCreatePublicThreadsNothingIsPostedAndTheFacilitatorIsToldWhy() {
        discord.botPermissions.remove(Permission.CREATE_PUBLIC_THREADS);

        assertThatThrownBy(() -> platform.postToChannel(channel, Message.of("Check-in", "How was your week?")))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("Create Public Threads")
                .hasMessageNotContaining("How was your week");
        assertThat(discord.sent).isEmpty();
        assertThat(registry.get(CopMetrics.PLATFORM_ERRORS).tag("platform", "discord")
                .tag("method", "post_the_prompt_with_its_thread").counter().count()).isEqualTo(1);
    }

    @Test
    void aGroupGetsAPrivateThreadWithItsMembersAddedAndAMemberWhoLeftIsReported() {
        discord.member("11", "Dana", false);
        discord.member("12", "Sam", false);
        ThreadChannel pairThread = discord.thread("4242");
        var action = JdaMocks.threadAction(pairThread);
        when(discord.channel.createThreadChannel(anyString(), eq(true))).thenReturn(action);
        var added = JdaMocks.<Void>completing(null);
        when(pairThread.addThreadMemberById(anyString())).thenReturn(added);
        MemberRef dana = member("11");
        MemberRef sam = member("12");
        MemberRef gone = member("13");

        ChannelRef conversation = platform.openPrivateConversation(channel, List.of(dana, sam, gone),
                Message.of("Say hello", "You are paired this round."));

        assertThat(conversation).isEqualTo(new ChannelRef(PlatformKind.DISCORD, JdaMocks.GUILD_ID, "4242"));
        verify(pairThread).addThreadMemberById("11");
        verify(pairThread).addThreadMemberById("12");
        verify(pairThread, never()).addThreadMemberById("13");
        verify(action).setInvitable(false);
        verify(pairThread).sendMessage(any(MessageCreateData.class));
        assertThat(events).containsExactly(new MemberLeft(channel, gone));
    }

    @Test
    void aMemberWhoLeftWhileBeingAddedIsSkippedAndReported() {
        discord.member("11", "Dana", false);
        discord.member("12", "Sam", false);
        ThreadChannel pairThread = discord.thread("4242");
        var action = JdaMocks.threadAction(pairThread);
        when(discord.channel.createThreadChannel(anyString(), eq(true))).thenReturn(action);
        var added = JdaMocks.<Void>completing(null);
        when(pairThread.addThreadMemberById("11")).thenReturn(added);
        var unknownMember = JdaMocks.<Void>completing(null);
        ErrorResponseException unknown = mock(ErrorResponseException.class);
        when(unknown.getErrorResponse()).thenReturn(ErrorResponse.UNKNOWN_MEMBER);
        when(unknownMember.complete()).thenThrow(unknown);
        when(pairThread.addThreadMemberById("12")).thenReturn(unknownMember);

        platform.openPrivateConversation(channel, List.of(member("11"), member("12")), Message.text("Hello"));

        assertThat(events).containsExactly(new MemberLeft(channel, member("12")));
        verify(pairThread).sendMessage(any(MessageCreateData.class));
    }

    @Test
    void whenEveryoneOfTheGroupLeftNoThreadIsOpened() {
        assertThatThrownBy(() -> platform.openPrivateConversation(channel, List.of(member("21"), member("22")),
                Message.text("Hello"))).isInstanceOf(PlatformException.class).hasMessageContaining("still in the");

        verify(discord.channel, never()).createThreadChannel(anyString(), eq(true));
        assertThat(events).containsExactly(new MemberLeft(channel, member("21")), new MemberLeft(channel, member("22")));
    }

    @Test
    void withoutCreatePrivateThreadsPairingFailsClearly() {
        discord.botPermissions.remove(Permission.CREATE_PRIVATE_THREADS);

        assertThatThrownBy(() -> platform.openPrivateConversation(channel, List.of(member("11"), member("12")),
                Message.text("Hello"))).isInstanceOf(PlatformException.class).hasMessageContaining("Create Private Threads");
    }

    @Test
    void oneMemberGetsADirectMessage() {
        var dm = discord.directMessageChannel("11", "DM-1");

        ChannelRef conversation = platform.openPrivateConversation(channel, List.of(member("11")), Message.text("Hi"));

        assertThat(conversation.channelId()).isEqualTo("DM-1");
        verify(dm).sendMessage(any(MessageCreateData.class));
    }

    @Test
    void aPrivateAnswerDuringASlashCommandIsAnEphemeralFollowUpOtherwiseADirectMessage() {
        InteractionHook hook = mock(InteractionHook.class);
        @SuppressWarnings("unchecked")
        WebhookMessageCreateAction<net.dv8tion.jda.api.entities.Message> followUp =
                mock(WebhookMessageCreateAction.class, Mockito.RETURNS_SELF);
        when(hook.sendMessage(any(MessageCreateData.class))).thenReturn(followUp);
        var dm = discord.directMessageChannel("11", "DM-1");

        try (var scope = interactions.open(channel, member("11"), hook)) {
            platform.answerPrivately(channel, member("11"), Message.text("Only you see this"));
        }
        verify(followUp).setEphemeral(true);
        verify(dm, never()).sendMessage(any(MessageCreateData.class));

        platform.answerPrivately(channel, member("11"), Message.text("Later"));
        verify(dm).sendMessage(any(MessageCreateData.class));
    }

    @Test
    void humanMembersAreThoseWhoCanSeeTheChannelWithoutBots() {
        discord.member("11", "Dana", false, Permission.MANAGE_SERVER);
        Member sam = discord.member("12", "Sam", false);
        discord.withRole(sam, JdaMocks.FACILITATOR_ROLE, "Facilitator");
        discord.member("13", "Riley", false);
        discord.member("50", "OtherBot", true);
        Member hidden = discord.member("14", "Hidden", false);
        when(hidden.hasPermission(any(GuildChannel.class), eq(Permission.VIEW_CHANNEL))).thenReturn(false);

        List<ChannelMember> members = platform.listHumanMembers(channel);

        assertThat(members).extracting(m -> m.ref().userId()).containsExactly("11", "12", "13");
        assertThat(members).extracting(ChannelMember::platformAdmin).containsExactly(true, true, false);
        assertThat(members).extracting(ChannelMember::displayName).containsExactly("Dana", "Sam", "Riley");
    }

    @Test
    void aDeletedChannelOrUnknownServerIsAClearPlatformError() {
        assertThatThrownBy(() -> platform.postToChannel(
                new ChannelRef(PlatformKind.DISCORD, JdaMocks.GUILD_ID, "999"), Message.text("x")))
                .isInstanceOf(PlatformException.class).hasMessageContaining("deleted or the bot cannot see it");
        assertThatThrownBy(() -> platform.postToChannel(
                new ChannelRef(PlatformKind.DISCORD, "777", "200"), Message.text("x")))
                .isInstanceOf(PlatformException.class).hasMessageContaining("not in this Discord server");
        assertThat(registry.find(CopMetrics.PLATFORM_ERRORS).counters()).as("looked up before any call").isEmpty();
    }

    private static MemberRef member(String id) {
        return new MemberRef(PlatformKind.DISCORD, JdaMocks.GUILD_ID, id);
    }
}
