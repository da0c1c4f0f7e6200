package org.copcheckin.discord;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import org.copcheckin.platform.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs blocking JDA calls and turns their failures into {@link PlatformException}s whose messages a
 * facilitator can act on; log lines carry channel ids and error codes, never message content.
 */
final class DiscordCalls {

    private static final Logger log = LoggerFactory.getLogger(DiscordCalls.class);

    private DiscordCalls() {
    }

    static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (PlatformException e) {
            throw e;
        } catch (PermissionException e) {
            log.warn("Discord refused to {}: missing permission {}", what, e.getPermission());
            throw new PlatformException("the bot is missing the Discord permission \"" + e.getPermission().getName()
                    + "\" here, so it could not " + what);
        } catch (ErrorResponseException e) {
            log.warn("Discord refused to {}: error {} ({})", what, e.getErrorCode(), e.getErrorResponse());
            throw new PlatformException("Discord refused to " + what + " (" + e.getErrorResponse().getMeaning() + ")", e);
        } catch (RuntimeException e) {
            log.warn("Could not {} on Discord: {}", what, e.getClass().getSimpleName());
            throw new PlatformException("could not reach Discord to " + what, e);
        }
    }

    static void run(String what, Runnable call) {
        call(what, () -> {
            call.run();
            return null;
        });
    }

    /** Fails, before anything is sent, when the bot lacks a permission in the channel. */
    static void requirePermissions(GuildChannel channel, String what, Permission... needed) {
        Member self = channel.getGuild().getSelfMember();
        EnumSet<Permission> missing = EnumSet.noneOf(Permission.class);
        for (Permission permission : needed) {
            if (!self.hasPermission(channel, permission)) {
                missing.add(permission);
            }
        }
        if (!missing.isEmpty()) {
            List<String> names = missing.stream().map(Permission::getName).toList();
            log.warn("Cannot {} in channel {}: missing permissions {}", what, channel.getId(), missing);
            throw new PlatformException("the bot is missing the Discord permission" + (names.size() > 1 ? "s " : " ")
                    + String.join(", ", names) + " in this channel, so it could not " + what
                    + ". A server admin can grant it in the channel's settings");
        }
    }
}
