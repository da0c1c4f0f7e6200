package org.copcheckin.discord;

import java.util.EnumSet;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.copcheckin.commands.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers {@code /cop} once a shard is ready: in one server when {@code DISCORD_GUILD_ID} is set (visible at
 * once, good for trying it out), otherwise globally (Discord may take a while to show it everywhere).
 */
class CommandRegistrar extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);

    /** What the bot needs in a community channel; the README's invite URL carries exactly these. */
    static final EnumSet<Permission> INVITE_PERMISSIONS = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_SEND_IN_THREADS, Permission.CREATE_PUBLIC_THREADS, Permission.CREATE_PRIVATE_THREADS,
            Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_ATTACH_FILES, Permission.MESSAGE_HISTORY,
            Permission.USE_APPLICATION_COMMANDS);

    private final String guildId;
    private final Catalogue catalogue;

    CommandRegistrar(String guildId, Catalogue catalogue) {
        this.guildId = guildId;
        this.catalogue = catalogue;
    }

    @Override
    public void onReady(ReadyEvent event) {
        JDA jda = event.getJDA();
        if (jda.getShardInfo().getShardId() == 0) {
            log.info("Invite the bot with {}", inviteUrl(jda.getSelfUser().getApplicationId()));
        }
        if (guildId != null) {
            Guild guild = jda.getGuildById(guildId);
            if (guild != null) {
                guild.updateCommands().addCommands(CopSlashCommand.data(catalogue)).queue(
                        commands -> log.info("Registered /cop in server {}", guildId),
                        failure -> log.error("Could not register /cop in server {}: {}", guildId, failure.getMessage()));
            }
        } else if (jda.getShardInfo().getShardId() == 0) {
            // global commands are shared by all shards: the replica running shard 0 registers them
            jda.updateCommands().addCommands(CopSlashCommand.data(catalogue)).queue(
                    commands -> log.info("Registered /cop globally"),
                    failure -> log.error("Could not register /cop globally: {}", failure.getMessage()));
        }
    }

    static String inviteUrl(String applicationId) {
        return "https://discord.com/oauth2/authorize?client_id=" + applicationId
                + "&scope=bot+applications.commands&permissions=" + Permission.getRaw(INVITE_PERMISSIONS);
    }
}
