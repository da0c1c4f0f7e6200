package org.copcheckin.slack;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import com.slack.api.bolt.service.OAuthStateService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * OAuth state values in the database, so any replica can finish an install another one started. Each expires after
 * Bolt's ten minutes; expired ones are deleted whenever a new one is stored.
 */
@SlackComponent
class SlackOAuthStates implements OAuthStateService {

    /** More unfinished installs than any real rollout has at once; each expires after ten minutes. */
    static final int MAX_LIVE = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    SlackOAuthStates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void addNewStateToDatastore(String state) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM slack_oauth_state WHERE expires_at < ?").param(Timestamp.from(now)).update();
        jdbc.sql("INSERT INTO slack_oauth_state (state, expires_at) VALUES (?, ?)")
                .params(state, Timestamp.from(now.plusSeconds(getExpirationInSeconds()))).update();
    }

    /** States not yet expired: {@code /slack/install} stops issuing more at {@link #MAX_LIVE}. */
    int live() {
        return jdbc.sql("SELECT COUNT(*) FROM slack_oauth_state WHERE expires_at >= ?")
                .param(Timestamp.from(clock.instant())).query(Integer.class).single();
    }

    @Override
    public boolean isAvailableInDatabase(String state) {
        return jdbc.sql("SELECT COUNT(*) FROM slack_oauth_state WHERE state = ? AND expires_at >= ?")
                .params(state, Timestamp.from(clock.instant())).query(Integer.class).single() > 0;
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        jdbc.sql("DELETE FROM slack_oauth_state WHERE state = ?").param(state).update();
    }
}
