package org.copcheckin.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers {@code /cop} once a shard is ready: in one server when {@code DISCORD_GUILD_ID} is set (visible at
 * once, good for trying it out), otherwise globally (Discord may take a while to show it everywhere).
 */
class CommandRegistrar extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);

    private final String guildId;

    CommandRegistrar(String guildId) {
        this.guildId = guildId;
    }

    @Override
    public void onReady(ReadyEvent event) {
        JDA jda = event.getJDA();
        if (guildId != null) {
            Guild guild = jda.getGuildById(guildId);
            if (guild != null) {
                guild.updateCommands().addCommands(CopSlashCommand.data()).queue(
                        commands -> log.info("Registered /cop in server {}", guildId),
                        failure -> log.error("Could not register /cop in server {}: {}", guildId, failure.getMessage()));
            }
        } else if (jda.getShardInfo().getShardId() == 0) {
            // global commands are shared by all shards: the replica running shard 0 registers them
            jda.updateCommands().addCommands(CopSlashCommand.data()).queue(
                    commands -> log.info("Registered /cop globally"),
                    failure -> log.error("Could not register /cop globally: {}", failure.getMessage()));
        }
    }
}
