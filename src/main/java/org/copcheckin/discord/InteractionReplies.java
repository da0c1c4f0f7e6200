package org.copcheckin.discord;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import net.dv8tion.jda.api.interactions.InteractionHook;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;

/**
 * The interactions being answered right now, so that a private answer the core sends while handling a slash
 * command goes to the member as an ephemeral follow-up rather than a DM.
 */
final class InteractionReplies {

    private record Key(ChannelRef channel, MemberRef member) {
    }

    private final Map<Key, InteractionHook> open = new ConcurrentHashMap<>();

    /** Registers the hook until the returned scope closes. */
    Scope open(ChannelRef channel, MemberRef member, InteractionHook hook) {
        Key key = new Key(channel, member);
        open.put(key, hook);
        return () -> open.remove(key, hook);
    }

    Optional<InteractionHook> find(ChannelRef channel, MemberRef member) {
        return Optional.ofNullable(open.get(new Key(channel, member)))
                .filter(hook -> !hook.isExpired());
    }

    /** Closes without exceptions. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
