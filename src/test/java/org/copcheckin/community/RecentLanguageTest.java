package org.copcheckin.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.channel;

import java.time.Duration;

import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The language the intake analyses each reply in is looked up at most a minute ago: a change on this replica shows at
 * once, one made on another replica (here: straight in the database) within the minute.
 */
@CoreSpringTest
class RecentLanguageTest {

    @Autowired
    CommunityLanguages languages;
    @Autowired
    Communities communities;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void aChangeOnThisReplicaShowsAtOnce() {
        long community = communities.findOrCreate(channel("C-RECENT-" + System.nanoTime())).id();
        assertThat(languages.recent(community)).isEqualTo(Language.EN);

        languages.change(community, Language.FR);

        assertThat(languages.recent(community)).isEqualTo(Language.FR);
    }

    @Test
    void aChangeOnAnotherReplicaShowsWithinAMinute() {
        long community = communities.findOrCreate(channel("C-RECENT-" + System.nanoTime())).id();
        assertThat(languages.recent(community)).isEqualTo(Language.EN);

        jdbc.sql("UPDATE community SET language_code = 'es' WHERE id = ?").param(community).update();
        assertThat(languages.of(community)).isEqualTo(Language.ES);
        assertThat(languages.recent(community)).isEqualTo(Language.EN);

        java.time.Instant before = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        try {
            assertThat(languages.recent(community)).isEqualTo(Language.ES);
        } finally {
            clock.set(before); // the clock is the shared context's: the other tests find it where they left it
        }
    }
}
