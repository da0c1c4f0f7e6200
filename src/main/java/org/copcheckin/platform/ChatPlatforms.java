package org.copcheckin.platform;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** All enabled adapters, by platform; the core picks the one a community lives on. */
@Component
public class ChatPlatforms {

    private final Map<PlatformKind, ChatPlatform> byKind = new EnumMap<>(PlatformKind.class);

    public ChatPlatforms(List<ChatPlatform> platforms) {
        for (ChatPlatform platform : platforms) {
            if (byKind.putIfAbsent(platform.kind(), platform) != null) {
                throw new IllegalStateException("Two adapters for " + platform.kind());
            }
        }
    }

    public ChatPlatform of(PlatformKind kind) {
        ChatPlatform platform = byKind.get(kind);
        if (platform == null) {
            throw new PlatformException("The " + kind + " adapter is not enabled");
        }
        return platform;
    }

    public ChatPlatform of(ChannelRef channel) {
        return of(channel.platform());
    }

    public boolean isEnabled(PlatformKind kind) {
        return byKind.containsKey(kind);
    }
}
