package org.copcheckin.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import org.copcheckin.platform.ThreadReplyReceived;
import org.junit.jupiter.api.Test;

/** Where the analysed part of a long reply ends: a rule of its own, tested without Spring. */
class BoundedReplyTest {

    @Test
    void aLongWordWithoutSpacesIsCutAtTheLimitAndNeverInsideASurrogatePair() {
        String text = "a".repeat(ReplyIntake.MAX_ANALYSED_CHARS - 1) + "😀".repeat(100);
        ThreadReplyReceived cut = ReplyIntake.bounded(new ThreadReplyReceived(null, null, "m", text, null, null));
        assertThat(cut.text()).hasSize(ReplyIntake.MAX_ANALYSED_CHARS - 1);
    }
}
