package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import org.junit.jupiter.api.Test;

class CopSlashCommandTest {

    @Test
    void copIsOneSlashCommandWithTheSubcommandsOfDesign() {
        SlashCommandData data = CopSlashCommand.data();

        assertThat(data.getName()).isEqualTo("cop");
        assertThat(data.getSubcommands()).extracting(SubcommandData::getName).containsExactly("help", "prompt", "pair",
                "digest", "status", "optout", "optin", "pause", "profile", "forget-me", "nudges", "export");
        assertThat(data.getSubcommandGroups()).extracting(SubcommandGroupData::getName)
                .containsExactly("schedule", "settings", "facilitator", "vocabulary");
        assertThat(data.getSubcommandGroups().get(0).getSubcommands()).extracting(SubcommandData::getName)
                .containsExactly("add", "list", "remove");
        // JDA validates the whole command when it is serialised for Discord
        assertThat(data.toData().toString()).contains("glows-grows");
    }

    @Test
    void textIsRebuiltInTheDeclaredOrderWhateverOrderTheOptionsCameIn() {
        Map<String, String> options = Map.of("zone", "Europe/London", "when", "daily 08:30", "what", "digest");
        assertThat(CopSlashCommand.text("schedule", "add", options::get)).isEqualTo("schedule add digest daily 08:30 Europe/London");
        assertThat(CopSlashCommand.text("schedule", "remove", Map.of("id", "3")::get)).isEqualTo("schedule remove 3");
        assertThat(CopSlashCommand.text(null, "pause", Map.of("weeks", "2")::get)).isEqualTo("pause 2");
        assertThat(CopSlashCommand.text(null, "pair", Map.of("preview", "false")::get)).isEqualTo("pair");
        assertThat(CopSlashCommand.text(null, "forget-me", Map.<String, String>of()::get)).isEqualTo("forget-me");
        assertThat(CopSlashCommand.text(null, "nudges", Map.of("state", "off")::get)).isEqualTo("nudges off");
        assertThat(CopSlashCommand.text("settings", "safeguarding", Map.of("protocol", "Call the lead", "state", "on")::get))
                .isEqualTo("settings safeguarding on Call the lead");
    }

    @Test
    void shardSpecsReadRangesListsAndSingleShards() {
        assertThat(ShardSpec.parse("0-3/16")).isEqualTo(new ShardSpec(java.util.List.of(0, 1, 2, 3), 16));
        assertThat(ShardSpec.parse("0,2, 5/8")).isEqualTo(new ShardSpec(java.util.List.of(0, 2, 5), 8));
        assertThat(ShardSpec.parse("5/16")).isEqualTo(new ShardSpec(java.util.List.of(5), 16));
        assertThatThrownBy(() -> ShardSpec.parse("0-16/16")).hasMessageContaining("0-3/16");
        assertThatThrownBy(() -> ShardSpec.parse("3-1/4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShardSpec.parse("0-3")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theInviteUrlAsksForExactlyThePermissionsTheReadmeLists() {
        assertThat(CommandRegistrar.inviteUrl("123")).isEqualTo("https://discord.com/oauth2/authorize?client_id=123"
                + "&scope=bot+applications.commands&permissions=380104723456");
    }
}
