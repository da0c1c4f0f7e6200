package org.copcheckin.discord;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.copcheckin.community.CommunityPurged;
import org.copcheckin.platform.PlatformKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code DISCORD_FACILITATOR_ROLE}, matched by role id. A setting of digits is the role's id. A name is resolved
 * once per server (when the server is ready, or on first need if no role had the name then) to the oldest role of
 * that name, logged by id and stored; from then on only that id counts. A renamed role keeps counting; a role
 * created later with the old name, by whoever may create roles, does not.
 */
class FacilitatorRole extends ListenerAdapter implements Predicate<Member> {

    private static final Logger log = LoggerFactory.getLogger(FacilitatorRole.class);

    private final String setting;
    private final boolean byId;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    FacilitatorRole(String setting, JdbcClient jdbc, Clock clock) {
        this.setting = setting.strip();
        this.byId = isId(this.setting);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A setting that is a role id needs no store. */
    static FacilitatorRole byId(String roleId) {
        if (!isId(roleId)) {
            throw new IllegalArgumentException("A Discord role id is digits only");
        }
        return new FacilitatorRole(roleId, null, Clock.systemUTC());
    }

    static boolean isId(String setting) {
        return !setting.isEmpty() && setting.chars().allMatch(Character::isDigit);
    }

    /** Whether the member holds the facilitator role of their server. */
    @Override
    public boolean test(Member member) {
        String roleId = roleId(member.getGuild());
        return roleId != null && member.getRoles().stream().map(ISnowflake::getId).anyMatch(roleId::equals);
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        roleId(event.getGuild());
    }

    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        roleId(event.getGuild());
    }

    /** The server's facilitator role id, or null while no role has the configured name. */
    String roleId(Guild guild) {
        if (byId) {
            return setting;
        }
        String known = resolved.get(guild.getId());
        return known != null ? known : resolve(guild);
    }

    private synchronized String resolve(Guild guild) {
        Optional<String> stored = jdbc.sql("SELECT role_id FROM discord_facilitator_role WHERE guild_id = ? "
                + "AND role_name = ?").params(guild.getId(), setting).query(String.class).optional();
        if (stored.isPresent()) {
            resolved.put(guild.getId(), stored.get());
            return stored.get();
        }
        List<Role> named = guild.getRolesByName(setting, true);
        if (named.isEmpty()) {
            return null;
        }
        Role oldest = named.stream().min(Comparator.comparingLong(Role::getIdLong)).orElseThrow();
        try {
            jdbc.sql("DELETE FROM discord_facilitator_role WHERE guild_id = ?").param(guild.getId()).update();
            jdbc.sql("INSERT INTO discord_facilitator_role (guild_id, role_name, role_id, resolved_at) "
                    + "VALUES (?, ?, ?, ?)").params(guild.getId(), setting, oldest.getId(),
                    Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            // another replica resolved it at the same moment: its answer is the same role
            log.debug("The Discord facilitator role was resolved by another replica");
        }
        resolved.put(guild.getId(), oldest.getId());
        if (named.size() > 1) {
            log.warn("{} roles of a Discord server are named like DISCORD_FACILITATOR_ROLE; the oldest, role id {}, "
                    + "is the facilitator role. Set DISCORD_FACILITATOR_ROLE to a role id to choose", named.size(),
                    oldest.getId());
        } else {
            log.info("DISCORD_FACILITATOR_ROLE resolved to role id {} in a Discord server; that role counts by id "
                    + "from now on, whatever it is renamed to", oldest.getId());
        }
        return oldest.getId();
    }

    /** A purged server's resolution goes with it. */
    @EventListener
    void on(CommunityPurged purged) {
        if (jdbc != null && purged.community().channel().platform() == PlatformKind.DISCORD) {
            String guildId = purged.community().channel().workspaceId();
            jdbc.sql("DELETE FROM discord_facilitator_role WHERE guild_id = ?").param(guildId).update();
            resolved.remove(guildId);
        }
    }
}
