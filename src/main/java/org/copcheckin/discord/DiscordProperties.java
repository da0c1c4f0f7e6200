package org.copcheckin.discord;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Discord settings from the environment ({@code DISCORD_TOKEN}, {@code DISCORD_FACILITATOR_ROLE}, ...). A blank
 * value counts as unset.
 *
 * @param token          the bot token; the adapter runs only when it is set
 * @param facilitatorRole the facilitators' role: its id, or a name resolved once per server to the role's id
 * @param guildId        register {@code /cop} in this server only (at once) instead of globally
 * @param shards         e.g. {@code 0-3/16}: run these shards of that total through a ShardManager
 * @param apiUrl         REST base, e.g. {@code http://127.0.0.1:8081/api/v10/}; default Discord's
 * @param gatewayUrl     gateway base, e.g. {@code ws://127.0.0.1:8081/gw}; default Discord's
 */
@ConfigurationProperties(prefix = "discord")
record DiscordProperties(String token, @DefaultValue("Facilitator") String facilitatorRole, String guildId,
                         String shards, String apiUrl, String gatewayUrl) {

    DiscordProperties {
        token = blankToNull(token);
        facilitatorRole = blankToNull(facilitatorRole) == null ? "Facilitator" : facilitatorRole.strip();
        guildId = blankToNull(guildId);
        shards = blankToNull(shards);
        apiUrl = blankToNull(apiUrl);
        gatewayUrl = blankToNull(gatewayUrl);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        // never the token
        return "DiscordProperties[facilitatorRole=" + facilitatorRole + ", guildId=" + guildId + ", shards=" + shards
                + ", apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl + "]";
    }
}
