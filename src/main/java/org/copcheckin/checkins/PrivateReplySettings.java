package org.copcheckin.checkins;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether a community's private replies have their themes noted in the check-in's thread ({@code /cop settings
 * private-themes on|off}); off unless a facilitator turns it on.
 */
@Service
public class PrivateReplySettings {

    private final JdbcClient jdbc;

    PrivateReplySettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean themesInThread(long communityId) {
        return jdbc.sql("SELECT themes_in_thread FROM private_reply_setting WHERE community_id = ?").param(communityId)
                .query(Boolean.class).optional().orElse(false);
    }

    public void setThemesInThread(long communityId, boolean on) {
        int updated = jdbc.sql("UPDATE private_reply_setting SET themes_in_thread = ? WHERE community_id = ?")
                .params(on, communityId).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO private_reply_setting (community_id, themes_in_thread) VALUES (?, ?)")
                        .params(communityId, on).update();
            } catch (DuplicateKeyException e) {
                jdbc.sql("UPDATE private_reply_setting SET themes_in_thread = ? WHERE community_id = ?")
                        .params(on, communityId).update();
            }
        }
    }
}
