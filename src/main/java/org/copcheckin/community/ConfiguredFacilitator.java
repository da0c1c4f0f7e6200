package org.copcheckin.community;

import java.util.Locale;

import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;

/**
 * One {@code COP_FACILITATORS} entry: a plain user id (every workspace, meant for a single-workspace install), or
 * one scoped to a workspace, {@code slack:T…:U…} or {@code discord:<guild>:<user>}, so the same id in another
 * Slack workspace or Discord server is nobody.
 *
 * @param platform    null for a plain id
 * @param workspaceId null for a plain id
 */
record ConfiguredFacilitator(PlatformKind platform, String workspaceId, String userId) {

    /** @param position where the entry stands in the list, for the message; the entry itself is never repeated */
    static ConfiguredFacilitator parse(String entry, int position) {
        String[] parts = entry.strip().split(":", -1);
        if (parts.length == 1) {
            return new ConfiguredFacilitator(null, null, parts[0]);
        }
        PlatformKind platform = switch (parts[0].strip().toLowerCase(Locale.ROOT)) {
            case "slack" -> PlatformKind.SLACK;
            case "discord" -> PlatformKind.DISCORD;
            default -> null;
        };
        if (platform == null || parts.length != 3 || parts[1].isBlank() || parts[2].isBlank()) {
            throw new IllegalArgumentException("COP_FACILITATORS entry " + position + " is neither a user id nor "
                    + "slack:<team id>:<user id> nor discord:<server id>:<user id>");
        }
        return new ConfiguredFacilitator(platform, parts[1].strip(), parts[2].strip());
    }

    boolean plain() {
        return platform == null;
    }

    /** Whether this entry makes {@code userId} a facilitator of the community in {@code channel}. */
    boolean matches(ChannelRef channel, String userId) {
        return this.userId.equals(userId) && inWorkspaceOf(channel);
    }

    boolean inWorkspaceOf(ChannelRef channel) {
        return plain() || (platform == channel.platform() && workspaceId.equals(channel.workspaceId()));
    }

    @Override
    public String toString() {
        return plain() ? "ConfiguredFacilitator[plain]" : "ConfiguredFacilitator[" + platform + "]";
    }
}
