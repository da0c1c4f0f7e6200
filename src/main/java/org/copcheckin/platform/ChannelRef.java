package org.copcheckin.platform;

import java.util.Objects;

/**
 * A channel (or private conversation) on one platform. Only adapters unwrap the ids.
 *
 * @param workspaceId Slack team, Discord guild, or the playground's name
 */
public record ChannelRef(PlatformKind platform, String workspaceId, String channelId) {

    public ChannelRef {
        Objects.requireNonNull(platform, "platform");
        requireId(workspaceId, "workspaceId");
        requireId(channelId, "channelId");
    }

    static void requireId(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
