package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class DiscordPropertiesTest {

    @Test
    void environmentVariablesBindByTheirDocumentedNames() {
        DiscordProperties properties = bind(Map.of("DISCORD_TOKEN", "secret-token", "DISCORD_FACILITATOR_ROLE", "Lead",
                "DISCORD_GUILD_ID", "100", "DISCORD_SHARDS", "0-3/16", "DISCORD_API_URL", "http://127.0.0.1:9/api/v10/",
                "DISCORD_GATEWAY_URL", "ws://127.0.0.1:9/gw"));

        assertThat(properties.token()).isEqualTo("secret-token");
        assertThat(properties.facilitatorRole()).isEqualTo("Lead");
        assertThat(properties.guildId()).isEqualTo("100");
        assertThat(properties.shards()).isEqualTo("0-3/16");
        assertThat(properties.apiUrl()).isEqualTo("http://127.0.0.1:9/api/v10/");
        assertThat(properties.gatewayUrl()).isEqualTo("ws://127.0.0.1:9/gw");
        assertThat(properties.toString()).doesNotContain("secret-token");
    }

    @Test
    void theFacilitatorRoleDefaultsAndBlankMeansUnset() {
        DiscordProperties properties = bind(Map.of("DISCORD_TOKEN", "t", "DISCORD_GUILD_ID", " "));

        assertThat(properties.facilitatorRole()).isEqualTo("Facilitator");
        assertThat(properties.guildId()).isNull();
        assertThat(properties.shards()).isNull();
    }

    private static DiscordProperties bind(Map<String, Object> environment) {
        var source = new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                environment);
        return new Binder(ConfigurationPropertySources.from(source)).bind("discord", DiscordProperties.class).get();
    }
}
