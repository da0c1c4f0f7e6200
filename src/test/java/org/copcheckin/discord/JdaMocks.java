package org.copcheckin.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.SelfMember;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.unions.GuildMessageChannelUnion;
import net.dv8tion.jda.api.entities.channel.unions.IThreadContainerUnion;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.ThreadChannelAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The one place Discord adapter tests build JDA objects: a guild with a text channel, the bot's own member
 * with the permissions a test grants, human and bot members, threads, and messages. Outgoing messages are
 * captured in {@link #sent}.
 */
final class JdaMocks {

    static final String GUILD_ID = "100";
    static final String CHANNEL_ID = "200";
    static final String BOT_ID = "900";

    final JDA jda = mock(JDA.class);
    final Guild guild = mock(Guild.class);
    final TextChannel channel = mock(TextChannel.class);
    final SelfMember self;
    final List<Member> members = new ArrayList<>();
    final List<MessageCreateData> sent = new ArrayList<>();
    final EnumSet<Permission> botPermissions = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_ATTACH_FILES, Permission.MESSAGE_HISTORY,
            Permission.CREATE_PUBLIC_THREADS, Permission.CREATE_PRIVATE_THREADS, Permission.MESSAGE_SEND_IN_THREADS);
    private long nextId = 5000;

    JdaMocks() {
        lenient().when(guild.getId()).thenReturn(GUILD_ID);
        lenient().when(guild.getJDA()).thenReturn(jda);
        lenient().when(guild.getMembers()).thenAnswer(invocation -> List.copyOf(members));
        lenient().when(jda.getGuildById(GUILD_ID)).thenReturn(guild);
        lenient().when(channel.getId()).thenReturn(CHANNEL_ID);
        lenient().when(channel.getGuild()).thenReturn(guild);
        lenient().when(channel.getType()).thenReturn(ChannelType.TEXT);
        lenient().when(guild.getTextChannelById(CHANNEL_ID)).thenReturn(channel);
        lenient().when(guild.getGuildChannelById(CHANNEL_ID)).thenReturn(channel);
        self = member(SelfMember.class, BOT_ID, "cop-checkin", true);
        lenient().when(self.hasPermission(any(GuildChannel.class), any(Permission.class)))
                .thenAnswer(invocation -> botPermissions.contains(invocation.getArgument(1, Permission.class)));
        lenient().when(guild.getSelfMember()).thenReturn(self);
        lenient().when(channel.sendMessage(any(MessageCreateData.class))).thenAnswer(i -> created(i.getArgument(0)));
    }

    DiscordClient client() {
        return new DiscordClient() {
            @Override
            public Guild guild(String guildId) {
                return jda.getGuildById(guildId);
            }

            @Override
            public List<JDA> shards() {
                return List.of(jda);
            }

            @Override
            public void shutdown(java.time.Duration grace) {
                jda.shutdown();
            }
        };
    }

    /** A member of the guild who can see the channel unless told otherwise. */
    Member member(String id, String name, boolean bot, Permission... serverPermissions) {
        return member(Member.class, id, name, bot, serverPermissions);
    }

    private <M extends Member> M member(Class<M> type, String id, String name, boolean bot,
                                        Permission... serverPermissions) {
        User user = type == SelfMember.class ? mock(SelfUser.class) : mock(User.class);
        lenient().when(user.getId()).thenReturn(id);
        lenient().when(user.getName()).thenReturn(name.toLowerCase());
        lenient().when(user.getGlobalName()).thenReturn(name);
        lenient().when(user.isBot()).thenReturn(bot);
        M member = mock(type);
        lenient().when(member.getId()).thenReturn(id);
        lenient().doReturn(user).when(member).getUser();
        lenient().when(member.getGuild()).thenReturn(guild);
        lenient().when(member.getEffectiveName()).thenReturn(name);
        lenient().when(member.getRoles()).thenReturn(List.of());
        Set<Permission> granted = Set.copyOf(Arrays.asList(serverPermissions));
        lenient().when(member.hasPermission(any(Permission.class)))
                .thenAnswer(i -> granted.contains(i.getArgument(0, Permission.class)));
        lenient().when(member.hasPermission(any(GuildChannel.class), eq(Permission.VIEW_CHANNEL))).thenReturn(true);
        lenient().when(guild.getMemberById(id)).thenReturn(member);
        if (!BOT_ID.equals(id)) {
            members.add(member);
        }
        return member;
    }

    /** The id of the facilitator role in the tests that configure {@code DISCORD_FACILITATOR_ROLE} by id. */
    static final String FACILITATOR_ROLE = "7001";

    void withRole(Member member, String roleId, String roleName) {
        Role role = mock(Role.class);
        lenient().when(role.getName()).thenReturn(roleName);
        lenient().when(role.getId()).thenReturn(roleId);
        lenient().when(role.getIdLong()).thenReturn(Long.parseLong(roleId));
        lenient().when(member.getRoles()).thenReturn(List.of(role));
    }

    /** A public thread of the channel (a prompt's), or a private one. */
    ThreadChannel thread(String id) {
        ThreadChannel thread = mock(ThreadChannel.class);
        IThreadContainerUnion parent = mock(IThreadContainerUnion.class);
        lenient().when(parent.getId()).thenReturn(CHANNEL_ID);
        lenient().when(parent.getGuild()).thenReturn(guild);
        lenient().when(parent.getType()).thenReturn(ChannelType.TEXT);
        lenient().when(thread.getId()).thenReturn(id);
        lenient().when(thread.getGuild()).thenReturn(guild);
        lenient().when(thread.getParentChannel()).thenReturn(parent);
        lenient().when(thread.sendMessage(any(MessageCreateData.class))).thenAnswer(i -> created(i.getArgument(0)));
        lenient().when(guild.getThreadChannelById(id)).thenReturn(thread);
        lenient().when(guild.getGuildChannelById(id)).thenReturn(thread);
        return thread;
    }

    /** A message the channel answers for {@code sendMessage}; it can start a thread with the given id. */
    Message postedMessage(String threadId) {
        Message message = mock(Message.class);
        String id = String.valueOf(nextId++);
        lenient().when(message.getId()).thenReturn(id);
        ThreadChannel thread = thread(threadId == null ? id : threadId);
        lenient().when(message.createThreadChannel(anyString())).thenAnswer(i -> threadAction(thread));
        return message;
    }

    static ThreadChannelAction threadAction(ThreadChannel thread) {
        ThreadChannelAction action = mock(ThreadChannelAction.class, RETURNS_SELF);
        lenient().when(action.complete()).thenReturn(thread);
        return action;
    }

    PrivateChannel directMessageChannel(String userId, String channelId) {
        PrivateChannel dm = mock(PrivateChannel.class);
        lenient().when(dm.getId()).thenReturn(channelId);
        lenient().when(dm.sendMessage(any(MessageCreateData.class))).thenAnswer(i -> created(i.getArgument(0)));
        @SuppressWarnings("unchecked")
        CacheRestAction<PrivateChannel> open = mock(CacheRestAction.class);
        lenient().when(open.complete()).thenReturn(dm);
        lenient().when(jda.openPrivateChannelById(userId)).thenReturn(open);
        return dm;
    }

    static <T> RestAction<T> completing(T value) {
        @SuppressWarnings("unchecked")
        RestAction<T> action = mock(RestAction.class);
        lenient().when(action.complete()).thenReturn(value);
        return action;
    }

    /** A member's message in a thread, as the gateway delivers it. */
    net.dv8tion.jda.api.events.message.MessageReceivedEvent messageInThread(ThreadChannel thread, Member author,
                                                                          String messageId, String text) {
        var event = mock(net.dv8tion.jda.api.events.message.MessageReceivedEvent.class);
        Message message = mock(Message.class);
        lenient().when(message.getId()).thenReturn(messageId);
        lenient().when(message.getType()).thenReturn(MessageType.DEFAULT);
        lenient().when(message.getContentRaw()).thenReturn(text);
        lenient().when(message.getTimeCreated()).thenReturn(OffsetDateTime.parse("2026-11-23T10:15:30Z"));
        MessageChannelUnion union = mock(MessageChannelUnion.class);
        lenient().when(union.asThreadChannel()).thenReturn(thread);
        lenient().when(event.isFromGuild()).thenReturn(true);
        lenient().when(event.getGuild()).thenReturn(guild);
        lenient().when(event.getAuthor()).thenAnswer(i -> author.getUser());
        lenient().when(event.getMember()).thenReturn(author);
        lenient().when(event.getMessage()).thenReturn(message);
        lenient().when(event.getChannel()).thenReturn(union);
        lenient().when(event.getChannelType()).thenReturn(ChannelType.GUILD_PUBLIC_THREAD);
        return event;
    }

    private MessageCreateAction created(MessageCreateData data) {
        sent.add(data);
        Message message = postedMessage(null);
        MessageCreateAction action = mock(MessageCreateAction.class, RETURNS_SELF);
        lenient().when(action.complete()).thenReturn(message);
        return action;
    }

    /** {@code /cop group sub option:value ...} run by a member in the channel. */
    SlashCommandInteractionEvent slashCommand(Member caller, String group, String subcommand, Map<String, String> options) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        GuildMessageChannelUnion where = mock(GuildMessageChannelUnion.class);
        lenient().when(where.getId()).thenReturn(CHANNEL_ID);
        lenient().when(where.getGuild()).thenReturn(guild);
        lenient().when(event.getName()).thenReturn("cop");
        lenient().when(event.isFromGuild()).thenReturn(true);
        lenient().when(event.getGuild()).thenReturn(guild);
        lenient().when(event.getMember()).thenReturn(caller);
        lenient().when(event.getUser()).thenAnswer(i -> caller.getUser());
        lenient().when(event.getChannelType()).thenReturn(ChannelType.TEXT);
        lenient().when(event.getChannelId()).thenReturn(CHANNEL_ID);
        lenient().when(event.getGuildChannel()).thenReturn(where);
        lenient().when(event.getSubcommandGroup()).thenReturn(group);
        lenient().when(event.getSubcommandName()).thenReturn(subcommand);
        lenient().when(event.getOption(anyString())).thenAnswer(i -> {
            String value = options.get(i.getArgument(0, String.class));
            if (value == null) {
                return null;
            }
            OptionMapping mapping = mock(OptionMapping.class);
            lenient().when(mapping.getAsString()).thenReturn(value);
            return mapping;
        });
        List<OptionMapping> mappings = new java.util.ArrayList<>();
        options.forEach((name, value) -> mappings.add(typedOption(name, value)));
        lenient().when(event.getOptions()).thenReturn(mappings);
        return event;
    }

    /** An option as Discord types it: numbers are integers, true/false booleans, {@code member} a user. */
    private static OptionMapping typedOption(String name, String value) {
        OptionMapping mapping = mock(OptionMapping.class);
        lenient().when(mapping.getName()).thenReturn(name);
        lenient().when(mapping.getAsString()).thenReturn(value);
        if (name.equals("member")) {
            User user = mock(User.class);
            lenient().when(user.getId()).thenReturn(value);
            lenient().when(mapping.getType()).thenReturn(net.dv8tion.jda.api.interactions.commands.OptionType.USER);
            lenient().when(mapping.getAsUser()).thenReturn(user);
        } else if (value.matches("\\d+")) {
            lenient().when(mapping.getType()).thenReturn(net.dv8tion.jda.api.interactions.commands.OptionType.INTEGER);
            lenient().when(mapping.getAsLong()).thenReturn(Long.parseLong(value));
        } else if (value.equals("true") || value.equals("false")) {
            lenient().when(mapping.getType()).thenReturn(net.dv8tion.jda.api.interactions.commands.OptionType.BOOLEAN);
            lenient().when(mapping.getAsBoolean()).thenReturn(Boolean.parseBoolean(value));
        } else {
            lenient().when(mapping.getType()).thenReturn(net.dv8tion.jda.api.interactions.commands.OptionType.STRING);
        }
        return mapping;
    }
}
