package org.copcheckin.discord;

import java.util.EnumSet;
import java.util.List;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** The JSON a stand-in Discord sends, with the fields real JDA 6.2 reads (see STACK.md). */
final class DiscordPayloads {

    static final String GUILD = "100";
    static final String CHANNEL = "200";
    /** A channel where @everyone, the bot included, may not create public threads. */
    static final String NO_THREADS_CHANNEL = "300";
    /** A channel where @everyone, the bot included, may not embed links. */
    static final String NO_EMBEDS_CHANNEL = "400";
    static final String APP = "900";
    static final String BOT = "900";
    static final String ADMIN = "11";
    static final String DANA = "12";
    static final String SAM = "13";
    static final String RILEY = "14";
    /** The server's facilitator role, named like the default {@code DISCORD_FACILITATOR_ROLE}. */
    static final String FACILITATOR_ROLE = "500";
    static final String TIME = "2026-11-23T10:00:00.000000+00:00";
    static final long EVERYONE = Permission.getRaw(EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_ATTACH_FILES, Permission.MESSAGE_HISTORY,
            Permission.USE_APPLICATION_COMMANDS, Permission.CREATE_PUBLIC_THREADS, Permission.CREATE_PRIVATE_THREADS,
            Permission.MESSAGE_SEND_IN_THREADS));

    private DiscordPayloads() {
    }

    static DataObject user(String id, String name, boolean bot) {
        return DataObject.empty().put("id", id).put("username", name).put("global_name", name)
                .put("discriminator", "0").put("avatar", null).put("bot", bot).put("flags", 0);
    }

    static DataObject member(DataObject user) {
        return DataObject.empty().put("user", user).put("roles", DataArray.empty()).put("joined_at", TIME)
                .put("deaf", false).put("mute", false).put("flags", 0).put("pending", false).put("nick", null);
    }

    static List<DataObject> users() {
        return List.of(user(BOT, "cop-checkin", true), user(ADMIN, "Avery", false), user(DANA, "Dana", false),
                user(SAM, "Sam", false), user(RILEY, "Riley", false));
    }

    static DataObject ready(String gatewayUrl) {
        return ready(gatewayUrl, List.of(GUILD));
    }

    /** READY for a session that holds the given servers (those of its shard). */
    static DataObject ready(String gatewayUrl, List<String> guildIds) {
        DataArray guilds = DataArray.empty();
        guildIds.forEach(id -> guilds.add(DataObject.empty().put("id", id).put("unavailable", true)));
        return DataObject.empty().put("v", 10).put("user", user(BOT, "cop-checkin", true))
                .put("guilds", guilds)
                .put("session_id", "session-1").put("resume_gateway_url", gatewayUrl)
                .put("private_channels", DataArray.empty())
                .put("application", DataObject.empty().put("id", APP).put("flags", 0));
    }

    /** A role without permissions of its own; the {@code @everyone} role's id is the guild's. */
    static DataObject role(String id, String name, long permissions, int position) {
        return DataObject.empty().put("id", id).put("name", name)
                .put("permissions", String.valueOf(permissions)).put("position", position).put("color", 0)
                .put("colors", DataObject.empty().put("primary_color", 0).put("secondary_color", null)
                        .put("tertiary_color", null))
                .put("hoist", false).put("managed", false).put("mentionable", false).put("flags", 0);
    }

    static DataObject guild() {
        DataArray members = DataArray.empty();
        users().forEach(u -> members.add(member(u)));
        DataObject everyone = role(GUILD, "@everyone", EVERYONE, 0);
        DataObject channel = textChannel(CHANNEL, "check-ins", DataArray.empty());
        DataObject noThreads = textChannel(NO_THREADS_CHANNEL, "announcements", DataArray.empty().add(
                DataObject.empty().put("id", GUILD).put("type", 0).put("allow", "0")
                        .put("deny", String.valueOf(Permission.getRaw(Permission.CREATE_PUBLIC_THREADS)))));
        DataObject noEmbeds = textChannel(NO_EMBEDS_CHANNEL, "plain-text", DataArray.empty().add(
                DataObject.empty().put("id", GUILD).put("type", 0).put("allow", "0")
                        .put("deny", String.valueOf(Permission.getRaw(Permission.MESSAGE_EMBED_LINKS)))));
        return DataObject.empty().put("id", GUILD).put("name", "District CoP").put("icon", null)
                .put("owner_id", ADMIN).put("afk_timeout", 300).put("verification_level", 0)
                .put("default_message_notifications", 0).put("explicit_content_filter", 0).put("mfa_level", 0)
                .put("nsfw_level", 0).put("premium_tier", 0).put("premium_subscription_count", 0)
                .put("features", DataArray.empty())
                .put("roles", DataArray.empty().add(everyone).add(role(FACILITATOR_ROLE, "Facilitator", 0, 1)))
                .put("channels", DataArray.empty().add(channel).add(noThreads).add(noEmbeds)).put("threads", DataArray.empty())
                .put("members", members).put("member_count", members.length()).put("emojis", DataArray.empty())
                .put("stickers", DataArray.empty()).put("voice_states", DataArray.empty())
                .put("guild_scheduled_events", DataArray.empty()).put("presences", DataArray.empty())
                .put("stage_instances", DataArray.empty()).put("soundboard_sounds", DataArray.empty())
                .put("large", false).put("unavailable", false).put("joined_at", TIME)
                .put("preferred_locale", "en-US").put("system_channel_flags", 0).put("description", null)
                .put("banner", null).put("vanity_url_code", null).put("max_members", 500000);
    }

    /**
     * Another server like {@link #guild()}, with its own id (so, perhaps, on another shard) and its own id for the
     * check-ins channel; its other channels and roles keep their ids.
     */
    static DataObject guild(String guildId, String channelId) {
        return DataObject.fromJson(guild().toString().replace("\"" + GUILD + "\"", "\"" + guildId + "\"")
                .replace("\"" + CHANNEL + "\"", "\"" + channelId + "\""));
    }

    static DataObject textChannel(String id, String name, DataArray overwrites) {
        return DataObject.empty().put("id", id).put("type", 0).put("guild_id", GUILD).put("name", name)
                .put("position", Integer.parseInt(id) / 100).put("permission_overwrites", overwrites)
                .put("nsfw", false).put("rate_limit_per_user", 0).put("topic", null).put("parent_id", null)
                .put("last_message_id", null).put("flags", 0);
    }

    static DataObject message(String id, String channelId, DataObject author, String content, DataArray embeds) {
        return DataObject.empty().put("id", id).put("channel_id", channelId).put("guild_id", GUILD)
                .put("author", author).put("member", member(author).remove("user")).put("content", content)
                .put("timestamp", TIME).put("edited_timestamp", null).put("tts", false)
                .put("mention_everyone", false).put("mentions", DataArray.empty())
                .put("mention_roles", DataArray.empty()).put("attachments", DataArray.empty())
                .put("embeds", embeds == null ? DataArray.empty() : embeds).put("pinned", false).put("type", 0)
                .put("flags", 0).put("components", DataArray.empty());
    }

    static DataObject thread(String id, String name, boolean isPrivate) {
        return thread(id, name, isPrivate, GUILD, CHANNEL);
    }

    static DataObject thread(String id, String name, boolean isPrivate, String guildId, String parentId) {
        return DataObject.empty().put("id", id).put("type", isPrivate ? 12 : 11).put("guild_id", guildId)
                .put("parent_id", parentId).put("owner_id", BOT).put("name", name).put("last_message_id", null)
                .put("message_count", 0).put("member_count", 1).put("rate_limit_per_user", 0).put("flags", 0)
                .put("total_message_sent", 0)
                .put("thread_metadata", DataObject.empty().put("archived", false).put("auto_archive_duration", 10080)
                        .put("archive_timestamp", TIME).put("locked", false).put("invitable", !isPrivate));
    }

    /** {@code /cop <subcommand> option:value ...} as Discord delivers it. */
    static DataObject slashCommand(String id, String token, String callerId, String subcommand, DataArray options) {
        return slashCommand(id, token, callerId, CHANNEL, subcommand, options);
    }

    static DataObject slashCommand(String id, String token, String callerId, String channelId, String subcommand,
                                   DataArray options) {
        return slashCommand(id, token, callerId, channelId, subcommand, options, DataArray.empty());
    }

    /** The same, from a member who holds {@code roles} (ids). */
    static DataObject slashCommand(String id, String token, String callerId, String channelId, String subcommand,
                                   DataArray options, DataArray roles) {
        DataObject caller = users().stream().filter(u -> u.getString("id").equals(callerId)).findFirst().orElseThrow();
        return DataObject.empty().put("id", id).put("application_id", APP).put("type", 2).put("token", token)
                .put("version", 1).put("guild_id", GUILD)
                .put("guild", DataObject.empty().put("id", GUILD).put("locale", "en-US").put("features", DataArray.empty()))
                .put("channel_id", channelId)
                .put("channel", DataObject.empty().put("id", channelId).put("type", 0).put("guild_id", GUILD)
                        .put("name", "check-ins").put("position", 0).put("permissions", String.valueOf(EVERYONE))
                        .put("permission_overwrites", DataArray.empty()).put("flags", 0))
                .put("member", member(caller).put("roles", roles)
                        .put("permissions", String.valueOf(Permission.getRaw(Permission.values()))))
                .put("authorizing_integration_owners", DataObject.empty().put("0", GUILD))
                .put("app_permissions", String.valueOf(EVERYONE)).put("locale", "en-US").put("guild_locale", "en-US")
                .put("entitlements", DataArray.empty()).put("context", 0).put("attachment_size_limit", 10485760)
                .put("data", DataObject.empty().put("id", "5000").put("name", "cop").put("type", 1)
                        .put("options", DataArray.empty().add(DataObject.empty().put("name", subcommand)
                                .put("type", 1).put("options", options))));
    }

    /** {@code /cop <group> <subcommand> option:value ...} ({@code /cop profile org name:...}) as Discord delivers it. */
    static DataObject slashCommandInGroup(String id, String token, String callerId, String group, String subcommand,
                                          DataArray options) {
        return slashCommand(id, token, callerId, CHANNEL, subcommand, options)
                .put("data", DataObject.empty().put("id", "5000").put("name", "cop").put("type", 1)
                        .put("options", DataArray.empty().add(DataObject.empty().put("name", group).put("type", 2)
                                .put("options", DataArray.empty().add(DataObject.empty().put("name", subcommand)
                                        .put("type", 1).put("options", options))))));
    }

    static DataObject option(String name, int type, Object value) {
        return DataObject.empty().put("name", name).put("type", type).put("value", value);
    }

    /** {@code /cop status} sent to the bot in a direct message: a user, no member, no guild. */
    static DataObject slashCommandInDirectMessage(String id, String token, String callerId) {
        DataObject caller = users().stream().filter(u -> u.getString("id").equals(callerId)).findFirst().orElseThrow();
        return DataObject.empty().put("id", id).put("application_id", APP).put("type", 2).put("token", token)
                .put("version", 1).put("channel_id", "600")
                .put("channel", DataObject.empty().put("id", "600").put("type", 1).put("flags", 0)
                        .put("recipients", DataArray.empty().add(caller)))
                .put("user", caller)
                .put("authorizing_integration_owners", DataObject.empty().put("0", GUILD))
                .put("app_permissions", String.valueOf(EVERYONE)).put("locale", "en-US")
                .put("entitlements", DataArray.empty()).put("context", 1).put("attachment_size_limit", 10485760)
                .put("data", DataObject.empty().put("id", "5000").put("name", "cop").put("type", 1)
                        .put("options", DataArray.empty().add(DataObject.empty().put("name", "status")
                                .put("type", 1).put("options", DataArray.empty()))));
    }

    /**
     * {@code MESSAGE_REACTION_ADD} (with the reacting member, as Discord sends it in a server) or
     * {@code MESSAGE_REACTION_REMOVE} (without) for a unicode emoji on a message of a channel.
     */
    static DataObject reaction(boolean added, String channelId, String messageId, String userId, String emoji) {
        DataObject event = DataObject.empty().put("user_id", userId).put("channel_id", channelId)
                .put("message_id", messageId).put("guild_id", GUILD).put("burst", false).put("type", 0)
                .put("emoji", DataObject.empty().put("id", null).put("name", emoji));
        if (added) {
            DataObject user = users().stream().filter(u -> u.getString("id").equals(userId)).findFirst().orElseThrow();
            event.put("member", member(user)).put("message_author_id", BOT).put("burst_colors", DataArray.empty());
        }
        return event;
    }

    /** A press of one of the buttons under a message the bot posted in the channel (a prompt's feelings). */
    static DataObject buttonPressOnChannelMessage(String id, String token, String callerId, String messageId,
                                                  String customId) {
        DataObject press = buttonPress(id, token, callerId, customId);
        press.getObject("message").put("id", messageId).put("flags", 0);
        return press;
    }

    /** A press of one of the bot's buttons, {@code customId} as the bot set it, on the bot's ephemeral answer. */
    static DataObject buttonPress(String id, String token, String callerId, String customId) {
        DataObject interaction = slashCommand(id, token, callerId, "status", DataArray.empty());
        DataObject message = message(String.valueOf(Long.parseLong(id) - 1), CHANNEL, user(BOT, "cop-checkin", true),
                "", DataArray.empty()).put("flags", 64).put("components", DataArray.empty().add(DataObject.empty()
                .put("type", 1).put("id", 1).put("components", DataArray.empty().add(DataObject.empty().put("type", 2)
                        .put("id", 2).put("style", 4).put("label", "Yes").put("custom_id", customId)))));
        return interaction.put("type", 3).put("message", message)
                .put("data", DataObject.empty().put("custom_id", customId).put("component_type", 2).put("id", 2));
    }

    /** A press of {@code customId} on the bot's prompt {@code messageId} in the channel, as Discord delivers it. */
    static DataObject buttonPressOnPrompt(String id, String token, String callerId, String messageId, String customId) {
        DataObject interaction = slashCommand(id, token, callerId, "status", DataArray.empty());
        DataObject message = message(messageId, CHANNEL, user(BOT, "cop-checkin", true), "", DataArray.empty())
                .put("components", DataArray.empty().add(DataObject.empty().put("type", 1).put("id", 1)
                        .put("components", DataArray.empty().add(DataObject.empty().put("type", 2).put("id", 2)
                                .put("style", 1).put("label", "Reply privately").put("custom_id", customId)))));
        return interaction.put("type", 3).put("message", message)
                .put("data", DataObject.empty().put("custom_id", customId).put("component_type", 2).put("id", 2));
    }

    /** A modal's submission (type 5): its text input {@code inputId} inside a label, as Discord delivers it. */
    static DataObject modalSubmit(String id, String token, String callerId, String modalId, String inputId,
                                  String value) {
        DataObject interaction = slashCommand(id, token, callerId, "status", DataArray.empty());
        return interaction.put("type", 5).put("data", DataObject.empty().put("custom_id", modalId)
                .put("components", DataArray.empty().add(DataObject.empty().put("type", 18).put("id", 2)
                        .put("component", DataObject.empty().put("type", 4).put("id", 3).put("custom_id", inputId)
                                .put("value", value)))));
    }
}
