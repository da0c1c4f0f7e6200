package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.copcheckin.commands.Catalogue;
import org.copcheckin.commands.CatalogueFixtures;
import org.copcheckin.commands.Subcommand;

import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import org.junit.jupiter.api.Test;

class CopSlashCommandTest {

    @Test
    void copIsOneSlashCommandWithTheSubcommandsOfDesign() {
        SlashCommandData data = CopSlashCommand.data(CatalogueFixtures.withoutServices());

        assertThat(data.getName()).isEqualTo("cop");
        assertThat(data.getContexts()).containsExactly(net.dv8tion.jda.api.interactions.InteractionContextType.GUILD);
        assertThat(data.getSubcommands()).extracting(SubcommandData::getName).containsExactly("help", "prompt", "status", "pair",
                "digest", "export", "dashboard", "optout", "optin", "pause", "forget-me", "nudges", "reminders");
        assertThat(data.getSubcommandGroups()).extracting(SubcommandGroupData::getName)
                .containsExactly("schedule", "calendar", "facilitator", "vocabulary", "settings", "profile", "partners");
        assertThat(data.getSubcommandGroups().get(0).getSubcommands()).extracting(SubcommandData::getName)
                .containsExactly("add", "list", "remove");
        // JDA validates the whole command when it is serialised for Discord
        assertThat(data.toData().toString()).contains("glows-grows");
    }

    @Test
    void everyCatalogueRowIsASubcommandWithItsTypedOptions() {
        Catalogue catalogue = CatalogueFixtures.withoutServices();
        SlashCommandData data = CopSlashCommand.data(catalogue);
        for (Subcommand row : catalogue.rows()) {
            SubcommandData sub = row.path().size() == 1
                    ? data.getSubcommands().stream().filter(s -> s.getName().equals(row.path().get(0))).findFirst().orElseThrow()
                    : data.getSubcommandGroups().stream().filter(g -> g.getName().equals(row.path().get(0))).findFirst()
                    .orElseThrow().getSubcommands().stream().filter(s -> s.getName().equals(row.path().get(1)))
                    .findFirst().orElseThrow();
            assertThat(sub.getOptions()).extracting(o -> o.getName() + ":" + o.getType() + ":" + o.isRequired())
                    .as(row.key()).containsExactlyElementsOf(row.options().stream()
                            .map(o -> o.name() + ":" + CopSlashCommand.type(o.type()) + ":" + o.required()).toList());
        }
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
