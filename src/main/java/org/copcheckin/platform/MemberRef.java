package org.copcheckin.platform;

import java.util.Objects;

/** A person on one platform, by the platform's user id. Never stored next to trend data. */
public record MemberRef(PlatformKind platform, String workspaceId, String userId) {

    public MemberRef {
        Objects.requireNonNull(platform, "platform");
        ChannelRef.requireId(workspaceId, "workspaceId");
        ChannelRef.requireId(userId, "userId");
    }

    /** The same person seen from another workspace-scoped reference, e.g. a mention in a command. */
    public MemberRef withUserId(String otherUserId) {
        return new MemberRef(platform, workspaceId, otherUserId);
    }
}
