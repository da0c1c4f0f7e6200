package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.TimeUtil;
import org.copcheckin.platform.ButtonPressed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two real JDA sessions with the same token and shard, as two replicas with the same {@code DISCORD_SHARDS} (or a
 * Deployment beside the StatefulSet) would open: sharing one database, they identify 5 s apart, and a button press
 * that Discord sends to both is acted on once, by the session whose acknowledgement Discord took.
 */
class DiscordTwoSessionsTest {

    private final StandInDiscord discord = StandInDiscord.start();
    private final IdentifyDatabases.Database database = IdentifyDatabases.h2();
    private final List<DiscordClient> clients = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        clients.forEach(client -> client.shutdown(Duration.ofSeconds(5)));
        discord.close();
        database.close();
    }

    @Test
    void twoSessionsIdentifyFiveSecondsApartAndActOnceOnAPressBothReceive() {
        List<Object> first = new CopyOnWriteArrayList<>();
        List<Object> second = new CopyOnWriteArrayList<>();
        connect(first);
        connect(second);

        await().atMost(Duration.ofSeconds(40)).until(() -> clients.stream().flatMap(c -> c.shards().stream())
                .filter(shard -> shard.getStatus() == JDA.Status.CONNECTED).count() == 2);
        List<Instant> identified = discord.gateway().identifiedAt();
        assertThat(identified).hasSize(2);
        assertThat(Duration.between(identified.get(0), identified.get(1)))
                .as("the second session waited for the bucket's turn in the database")
                .isGreaterThanOrEqualTo(IdentifySlots.WINDOW);
        assertThat(discord.gateway().sessions()).isEqualTo(2);

        String press = String.valueOf(TimeUtil.getDiscordTimestamp(System.currentTimeMillis()));
        discord.gateway().dispatchToEverySession("INTERACTION_CREATE",
                DiscordPayloads.buttonPress(press, "token-both", DiscordPayloads.DANA, "pause|2"));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> discord.calls("POST", "/interactions/" + press + "/token-both/callback").size() == 2);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
                .until(() -> first.size() + second.size() == 1);
        List<Object> pressed = new ArrayList<>(first);
        pressed.addAll(second);
        assertThat(pressed).singleElement().isInstanceOfSatisfying(ButtonPressed.class, event -> {
            assertThat(event.actionId()).isEqualTo("pause");
            assertThat(event.value()).isEqualTo("2");
        });
    }

    private void connect(List<Object> published) {
        DiscordProperties properties = new DiscordProperties("test-bot-token", null, DiscordPayloads.GUILD, null,
                discord.apiUrl(), discord.gatewayUrl());
        IdentifySlots slots = new IdentifySlots(JdbcClient.create(database.dataSource()), Clock.systemUTC());
        clients.add(new DiscordConnector(properties, List.of(new ButtonListener(published::add)), slots).connect());
    }
}
