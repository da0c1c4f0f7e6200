package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.copcheckin.platform.Message;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The adapter's small rules, without Spring. */
class SlackAdapterRulesTest {

    @Test
    void retryAfterIsSlacksSecondsWithASaneDefaultAndCap() {
        assertThat(RateLimitWaits.retryAfter("3")).isEqualTo(Duration.ofSeconds(3));
        assertThat(RateLimitWaits.retryAfter(null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RateLimitWaits.retryAfter("soon")).isEqualTo(Duration.ofSeconds(1));
        assertThat(RateLimitWaits.retryAfter("86400")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void mentionsReachTheCoreAsMembersWithoutNames() {
        assertThat(SlashCommands.input("T1", "facilitator add <@U123ABC|jane.doe>")).isEqualTo(
                new org.copcheckin.platform.CommandInvoked.Input.Text("facilitator add <member:0>",
                        java.util.List.of(new org.copcheckin.platform.MemberRef(org.copcheckin.platform.PlatformKind.SLACK,
                                "T1", "U123ABC"))));
        assertThat(SlashCommands.input("T1", null).text()).isEmpty();
    }

    @Test
    void channelHereEveryoneAndUserGroupMentionsInCommandTextBecomeText() {
        assertThat(SlashCommands.input("T1", "prompt custom Hi <!channel> <!here|here> <!everyone> <!subteam^S1|@staff> <@U1|jo>").text())
                .isEqualTo("prompt custom Hi &lt;!channel&gt; &lt;!here|here&gt; &lt;!everyone&gt; &lt;!subteam^S1|@staff&gt; <member:0>");
    }

    @Test
    void aReplysTsIsItsSendingInstant() {
        assertThat(ThreadReplies.sentAt("1700000000.000100")).isEqualTo(Instant.ofEpochSecond(1700000000, 100_000));
    }

    @Test
    void aMessageBecomesHeaderSectionsAndButtonsWithItsPlainTextAsFallback() {
        Message message = Message.of("Glows and grows", "What *glowed*?", "• one\n• two")
                .withButtons(new Message.Button("join", "Join", "7"));

        assertThat(BlockKit.blocks(message)).extracting(block -> block.getType())
                .containsExactly("header", "section", "section", "actions");
        assertThat(BlockKit.fallback(message)).isEqualTo(message.plainText());
    }

    @Test
    void theManifestsAskForExactlyTheScopesTheOAuthInstallRequests() throws IOException {
        for (String file : List.of("app-manifest.yml", "app-manifest-socket-mode.yml")) {
            Map<String, Object> manifest = manifest(file);
            List<String> scopes = get(manifest, "oauth_config", "scopes", "bot");
            assertThat(scopes).as(file).containsExactlyInAnyOrderElementsOf(
                    Arrays.asList(SlackConfiguration.BOT_SCOPES.split(",")));
            List<String> events = get(manifest, "settings", "event_subscriptions", "bot_events");
            assertThat(events).as(file).contains("message.channels", "message.groups", "member_left_channel",
                    "app_uninstalled", "tokens_revoked", "reaction_added", "reaction_removed");
        }
        assertThat(Files.readString(Path.of("manifests/slack/app-manifest.yml")))
                .contains("/slack/events").contains("/slack/oauth_redirect").contains("command: /cop");
    }

    private static Map<String, Object> manifest(String file) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("manifests/slack", file))) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Map<String, Object> map, String... path) {
        Object value = map;
        for (String key : path) {
            value = ((Map<String, Object>) value).get(key);
        }
        return (T) value;
    }

    @Test
    void aNeutralMentionIsWrittenAsSlacksUserMentionInBlocksAndFallback() {
        Message message = new Message("", List.of("Hello " + Message.mention(0) + "!"), List.of(),
                List.of(new org.copcheckin.platform.MemberRef(org.copcheckin.platform.PlatformKind.SLACK, "T1", "U42")));
        assertThat(BlockKit.fallback(message)).isEqualTo("Hello <@U42>!");
        assertThat(BlockKit.blocks(message).get(0).toString()).contains("Hello <@U42>!");
    }
}
