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

    /** A member of this channel's workspace, by the platform's user id. */
    public MemberRef member(String userId) {
        return new MemberRef(platform, workspaceId, userId);
    }

    static void requireId(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
