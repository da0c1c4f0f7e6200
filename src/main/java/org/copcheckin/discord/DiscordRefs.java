package org.copcheckin.discord;

import java.util.function.Predicate;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;

/** Neutral references from JDA objects (workspace = guild), and who counts as a platform admin. */
final class DiscordRefs {

    private DiscordRefs() {
    }

    static ChannelRef channel(GuildChannel channel) {
        return new ChannelRef(PlatformKind.DISCORD, channel.getGuild().getId(), channel.getId());
    }

    static MemberRef member(Guild guild, User user) {
        return new MemberRef(PlatformKind.DISCORD, guild.getId(), user.getId());
    }

    /** Manage Server, or the {@code DISCORD_FACILITATOR_ROLE} role (matched by id, see {@link FacilitatorRole}). */
    static boolean platformAdmin(Member member, Predicate<Member> facilitatorRole) {
        if (member == null) {
            return false;
        }
        return member.hasPermission(Permission.MANAGE_SERVER) || facilitatorRole.test(member);
    }
}
