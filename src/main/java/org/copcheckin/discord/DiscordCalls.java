package org.copcheckin.discord;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.copcheckin.metrics.CopMetrics;
import org.copcheckin.platform.DirectMessagesClosed;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs blocking JDA calls and turns their failures into {@link PlatformException}s whose messages a
 * facilitator can act on; log lines carry channel ids and error codes, never message content. Every failure,
 * a permission found missing before the call included, is counted in {@code cop_platform_api_errors_total}
 * with {@code platform="discord"} and the operation as {@code method} (e.g. {@code post_the_prompt_with_its_thread}).
 */
final class DiscordCalls {

    private static final Logger log = LoggerFactory.getLogger(DiscordCalls.class);

    private final CopMetrics metrics;

    DiscordCalls(CopMetrics metrics) {
        this.metrics = metrics;
    }

    <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (PlatformException e) {
            throw e; // ours, already counted where it arose
        } catch (RuntimeException e) {
            metrics.platformApiError("discord", operation(what));
            throw translated(what, e);
        }
    }

    private static PlatformException translated(String what, RuntimeException failure) {
        if (failure instanceof PermissionException e) {
            log.warn("Discord refused to {}: missing permission {}", what, e.getPermission());
            return new PlatformException("the bot is missing the Discord permission \"" + e.getPermission().getName()
                    + "\" here, so it could not " + what);
        }
        if (failure instanceof ErrorResponseException e && e.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER) {
            log.warn("Discord refused to {}: the member does not accept direct messages (error {})", what,
                    e.getErrorCode());
            return new DirectMessagesClosed("the member does not accept direct messages from this server's members "
                    + "(their Discord privacy settings), so the bot could not " + what, e);
        }
        if (failure instanceof ErrorResponseException e) {
            log.warn("Discord refused to {}: error {} ({})", what, e.getErrorCode(), e.getErrorResponse());
            return new PlatformException("Discord refused to " + what + " (" + e.getErrorResponse().getMeaning() + ")", e);
        }
        log.warn("Could not {} on Discord: {}", what, failure.getClass().getSimpleName());
        return new PlatformException("could not reach Discord to " + what, failure);
    }

    void run(String what, Runnable call) {
        call(what, () -> {
            call.run();
            return null;
        });
    }

    /** Sends a message, as embeds where the bot may embed links, otherwise as plain text. */
    void send(MessageChannel channel, Message message, String what) {
        send(channel, message, what, null);
    }

    /** Sends the message with the file attached to its last part (the part a reader sees with the image). */
    void send(MessageChannel channel, Message message, String what, net.dv8tion.jda.api.utils.FileUpload file) {
        boolean embeds = !(channel instanceof GuildChannel guildChannel)
                || guildChannel.getGuild().getSelfMember().hasPermission(guildChannel, Permission.MESSAGE_EMBED_LINKS);
        List<MessageCreateData> parts = new java.util.ArrayList<>(embeds ? DiscordMessages.embeds(message)
                : DiscordMessages.plain(message));
        if (file != null) {
            int last = parts.size() - 1;
            parts.set(last, net.dv8tion.jda.api.utils.messages.MessageCreateBuilder.from(parts.get(last))
                    .addFiles(file).build());
        }
        run(what, () -> parts.forEach(part -> channel.sendMessage(part).complete()));
    }

    /** Fails, before anything is sent, when the bot lacks a permission in the channel. */
    void requirePermissions(GuildChannel channel, String what, Permission... needed) {
        Member self = channel.getGuild().getSelfMember();
        EnumSet<Permission> missing = EnumSet.noneOf(Permission.class);
        for (Permission permission : needed) {
            if (!self.hasPermission(channel, permission)) {
                missing.add(permission);
            }
        }
        if (!missing.isEmpty()) {
            List<String> names = missing.stream().map(Permission::getName).toList();
            log.warn("Cannot {} in a channel: missing permissions {}", what, missing);
            metrics.platformApiError("discord", operation(what));
            throw new PlatformException("the bot is missing the Discord permission" + (names.size() > 1 ? "s " : " ")
                    + String.join(", ", names) + " in this channel, so it could not " + what
                    + ". A server admin can grant it in the channel's settings");
        }
    }

    /** Our own phrase as a metric tag: "post the prompt with its thread" becomes "post_the_prompt_with_its_thread". */
    static String operation(String what) {
        return what.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
