package org.copcheckin.discord;

import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberRemoveEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.copcheckin.community.Communities;
import org.copcheckin.platform.MemberLeft;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.TenantRemoved;
import org.copcheckin.platform.TenantReturned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A member leaving the server, published as {@link MemberLeft} for each community channel of that server; the bot
 * removed from a server (or added back), published as {@link TenantRemoved} ({@link TenantReturned}).
 */
class MemberEventsListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(MemberEventsListener.class);

    private final Communities communities;
    private final ApplicationEventPublisher events;

    MemberEventsListener(Communities communities, ApplicationEventPublisher events) {
        this.communities = communities;
        this.events = events;
    }

    /** Leaving the server means leaving every community channel of it. */
    @Override
    public void onGuildMemberRemove(GuildMemberRemoveEvent event) {
        String guildId = event.getGuild().getId();
        communities.all().stream()
                .filter(c -> c.channel().platform() == PlatformKind.DISCORD && c.channel().workspaceId().equals(guildId))
                .forEach(c -> {
                    log.info("A member left the server of community {}", c.id());
                    events.publishEvent(new MemberLeft(c.channel(), DiscordRefs.member(event.getGuild(), event.getUser())));
                });
    }

    /** The bot was kicked or the server deleted: its communities are purged after the grace period. */
    @Override
    public void onGuildLeave(GuildLeaveEvent event) {
        log.info("The bot was removed from a Discord server");
        events.publishEvent(new TenantRemoved(PlatformKind.DISCORD, event.getGuild().getId()));
    }

    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        events.publishEvent(new TenantReturned(PlatformKind.DISCORD, event.getGuild().getId()));
    }
}
