package org.copcheckin.checkins;

import org.springframework.jdbc.core.JdbcTemplate;

/** For tests of a listener's rows outside the group commit: writes them as the group commit would. */
public final class ReplyRowsWriter {

    private ReplyRowsWriter() {
    }

    public static void write(ReplyRows rows, JdbcTemplate template) {
        rows.write(template);
    }
}
