package org.copcheckin.discord;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.copcheckin.community.Facilitators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns once, as soon as the bot is in a second server, when {@code COP_FACILITATORS} holds plain user ids: a
 * plain id is a facilitator in every server, so it should be scoped as {@code discord:<guild>:<user>}.
 */
class PlainFacilitatorIds extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(PlainFacilitatorIds.class);

    private final Facilitators facilitators;
    private final Set<String> servers = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean warned = new AtomicBoolean();

    PlainFacilitatorIds(Facilitators facilitators) {
        this.facilitators = facilitators;
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        seen(event.getGuild().getId());
    }

    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        seen(event.getGuild().getId());
    }

    void seen(String guildId) {
        servers.add(guildId);
        long plain = facilitators.plainConfiguredIds();
        if (plain > 0 && servers.size() > 1 && warned.compareAndSet(false, true)) {
            log.warn("COP_FACILITATORS has {} plain user id(s) and cop-checkin is in {} or more Discord servers: a "
                    + "plain id is a facilitator in each of them. Scope the entries as discord:<server id>:<user id>",
                    plain, servers.size());
        }
    }
}
