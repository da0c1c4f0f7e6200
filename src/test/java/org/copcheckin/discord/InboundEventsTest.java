package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.CommandInvoked;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.ThreadRef;
import org.copcheckin.platform.ThreadReplyReceived;
import org.junit.jupiter.api.Test;

class InboundEventsTest {

    private static final FacilitatorRole ROLE = FacilitatorRole.byId(JdaMocks.FACILITATOR_ROLE);

    private final JdaMocks discord = new JdaMocks();
    private final ChannelRef channel = new ChannelRef(PlatformKind.DISCORD, JdaMocks.GUILD_ID, JdaMocks.CHANNEL_ID);

    @Test
    void aSlashCommandReachesTheCoreWithItsOptionsAsTheyCame() {
        Member dana = discord.member("11", "Dana", false);

        CommandInvoked invoked = InboundEvents.command(
                discord.slashCommand(dana, "schedule", "add", Map.of("what", "word", "when", "weekly mon 09:00",
                        "zone", "America/New_York")), ROLE);

        assertThat(invoked.input()).isEqualTo(new CommandInvoked.Input.Typed(List.of("schedule", "add"),
                Map.of("what", "word", "when", "weekly mon 09:00", "zone", "America/New_York")));
        assertThat(invoked.channel()).isEqualTo(channel);
        assertThat(invoked.caller()).isEqualTo(new MemberRef(PlatformKind.DISCORD, JdaMocks.GUILD_ID, "11"));
        assertThat(invoked.platformAdmin()).isFalse();
    }

    @Test
    void optionsKeepTheirTypesAndAUserOptionBecomesAMember() {
        Member dana = discord.member("11", "Dana", false);

        assertThat(InboundEvents.command(discord.slashCommand(dana, "facilitator", "add", Map.of("member", "42")), ROLE)
                .input()).isEqualTo(new CommandInvoked.Input.Typed(List.of("facilitator", "add"),
                Map.of("member", new MemberRef(PlatformKind.DISCORD, JdaMocks.GUILD_ID, "42"))));
        assertThat(InboundEvents.command(discord.slashCommand(dana, null, "pair", Map.of("size", "3")), ROLE)
                .input()).isEqualTo(new CommandInvoked.Input.Typed(List.of("pair"), Map.of("size", 3L)));
        assertThat(InboundEvents.command(discord.slashCommand(dana, null, "pair", Map.of("preview", "true")), ROLE)
                .input()).isEqualTo(new CommandInvoked.Input.Typed(List.of("pair"), Map.of("preview", true)));
    }

    @Test
    void anAttachedCsvReachesTheCoreAsItsTextAndAnythingElseAsNothing() {
        Member dana = discord.member("11", "Dana", false);
        var event = discord.slashCommand(dana, "partners", "import", Map.of());
        OptionMapping csv = attachment("file", "partners.csv", "text/csv; charset=utf-8",
                "\uFEFFname,region,services,contact\nA,East,food,1\n");
        OptionMapping picture = attachment("file", "map.png", "image/png", "not text");
        org.mockito.Mockito.when(event.getOptions()).thenReturn(List.of(csv));

        assertThat(InboundEvents.command(event, ROLE).input()).isEqualTo(new CommandInvoked.Input.Typed(
                List.of("partners", "import"), Map.of("file", "name,region,services,contact\nA,East,food,1\n")));
        org.mockito.Mockito.when(event.getOptions()).thenReturn(List.of(picture));
        assertThat(InboundEvents.command(event, ROLE).input()).isEqualTo(new CommandInvoked.Input.Typed(
                List.of("partners", "import"), Map.of()));
    }

    private static OptionMapping attachment(String name, String fileName, String type, String text) {
        net.dv8tion.jda.api.entities.Message.Attachment file =
                org.mockito.Mockito.mock(net.dv8tion.jda.api.entities.Message.Attachment.class);
        net.dv8tion.jda.api.utils.NamedAttachmentProxy proxy =
                org.mockito.Mockito.mock(net.dv8tion.jda.api.utils.NamedAttachmentProxy.class);
        when(file.getFileName()).thenReturn(fileName);
        when(file.getContentType()).thenReturn(type);
        org.mockito.Mockito.lenient().when(file.getSize()).thenReturn(text.length());
        org.mockito.Mockito.lenient().when(file.getProxy()).thenReturn(proxy);
        org.mockito.Mockito.lenient().when(proxy.download()).thenReturn(java.util.concurrent.CompletableFuture
                .completedFuture(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        OptionMapping mapping = org.mockito.Mockito.mock(OptionMapping.class);
        when(mapping.getName()).thenReturn(name);
        when(mapping.getType()).thenReturn(net.dv8tion.jda.api.interactions.commands.OptionType.ATTACHMENT);
        when(mapping.getAsAttachment()).thenReturn(file);
        return mapping;
    }

    @Test
    void manageServerOrTheFacilitatorRoleByItsIdMakeAPlatformAdminWhateverTheRolesNames() {
        Member owner = discord.member("1", "Owner", false, Permission.MANAGE_SERVER);
        Member lead = discord.member("2", "Lead", false);
        discord.withRole(lead, JdaMocks.FACILITATOR_ROLE, "Leads (renamed)");
        Member member = discord.member("3", "Member", false);
        discord.withRole(member, "7002", "Facilitator");

        assertThat(InboundEvents.command(discord.slashCommand(owner, null, "status", Map.of()), ROLE)
                .platformAdmin()).isTrue();
        assertThat(InboundEvents.command(discord.slashCommand(lead, null, "status", Map.of()), ROLE)
                .platformAdmin()).isTrue();
        assertThat(InboundEvents.command(discord.slashCommand(member, null, "status", Map.of()), ROLE)
                .platformAdmin()).isFalse();
    }

    @Test
    void onlyTextChannelsOfAServerAreCommunities() {
        Member dana = discord.member("11", "Dana", false);
        var inText = discord.slashCommand(dana, null, "help", Map.of());
        var inDm = discord.slashCommand(dana, null, "help", Map.of());
        when(inDm.isFromGuild()).thenReturn(false);
        when(inDm.getMember()).thenReturn(null);
        var inThread = discord.slashCommand(dana, null, "help", Map.of());
        when(inThread.getChannelType()).thenReturn(ChannelType.GUILD_PUBLIC_THREAD);

        assertThat(InboundEvents.isCommunityChannel(inText)).isTrue();
        assertThat(InboundEvents.isCommunityChannel(inDm)).isFalse();
        assertThat(InboundEvents.isCommunityChannel(inThread)).isFalse();
    }

    @Test
    void aMembersMessageInAPromptThreadBecomesAThreadReply() {
        Member dana = discord.member("11", "Dana", false);
        discord.member("12", "Sam", false);
        ThreadChannel thread = discord.thread("777");

        ThreadReplyReceived reply = InboundEvents.reply(discord.messageInThread(thread, dana, "888", "Tired but hopeful"))
                .orElseThrow();

        assertThat(reply.thread()).isEqualTo(new ThreadRef(channel, "777"));
        assertThat(reply.author()).isEqualTo(new MemberRef(PlatformKind.DISCORD, JdaMocks.GUILD_ID, "11"));
        assertThat(reply.messageId()).isEqualTo("888");
        assertThat(reply.text()).isEqualTo("Tired but hopeful");
        assertThat(reply.sentAt()).isEqualTo(Instant.parse("2026-11-23T10:15:30Z"));
        assertThat(reply.knownNames()).contains("Dana", "dana", "Sam");
    }

    @Test
    void botsIncludingItselfSystemMessagesEmptyTextAndChannelMessagesAreNotReplies() {
        Member bot = discord.member("50", "OtherBot", true);
        Member dana = discord.member("11", "Dana", false);
        ThreadChannel thread = discord.thread("777");

        assertThat(InboundEvents.reply(discord.messageInThread(thread, bot, "1", "beep"))).isEmpty();
        assertThat(InboundEvents.reply(discord.messageInThread(thread, discord.self, "2", "Check-in"))).isEmpty();
        assertThat(InboundEvents.reply(discord.messageInThread(thread, dana, "3", "  "))).isEmpty();
        var system = discord.messageInThread(thread, dana, "4", "Dana joined");
        when(system.getMessage().getType()).thenReturn(MessageType.THREAD_CREATED);
        assertThat(InboundEvents.reply(system)).isEmpty();
        var inChannel = discord.messageInThread(thread, dana, "5", "not in a thread");
        when(inChannel.getChannelType()).thenReturn(ChannelType.TEXT);
        assertThat(InboundEvents.reply(inChannel)).isEmpty();
    }
}
