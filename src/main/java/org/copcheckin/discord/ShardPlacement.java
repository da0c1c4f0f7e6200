package org.copcheckin.discord;

import java.util.List;

import net.dv8tion.jda.api.JDA;
import org.copcheckin.community.Community;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.scheduling.RunPlacement;

/**
 * A Discord community's runs belong on the replica that holds its server's shard (Discord's rule:
 * {@code (guild_id >> 22) % shard_total}), and only while that shard is connected; elsewhere they are handed
 * over through the database. Unsharded, the one connection holds every server.
 */
class ShardPlacement implements RunPlacement {

    private final DiscordConnection connection;

    ShardPlacement(DiscordConnection connection) {
        this.connection = connection;
    }

    @Override
    public boolean handles(Community community) {
        return community.channel().platform() == PlatformKind.DISCORD;
    }

    @Override
    public boolean runsHere(Community community) {
        List<JDA> shards = connection.shards();
        long guild;
        try {
            guild = Long.parseUnsignedLong(community.channel().workspaceId());
        } catch (NumberFormatException notASnowflake) {
            return true; // not a server id Discord would give: let the run say what is wrong
        }
        return shards.stream().anyMatch(shard -> shard.getStatus() == JDA.Status.CONNECTED
                && shardOf(guild, shard.getShardInfo().getShardTotal()) == shard.getShardInfo().getShardId());
    }

    static int shardOf(long guildId, int shardTotal) {
        return (int) Long.remainderUnsigned(guildId >>> 22, Math.max(1, shardTotal));
    }
}
