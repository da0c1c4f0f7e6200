package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.copcheckin.community.Facilitators;
import org.copcheckin.support.CoreSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Plain {@code COP_FACILITATORS} ids (the test profile's U-CONFIGURED) get one warning once a second server is seen. */
@CoreSpringTest
@ExtendWith(OutputCaptureExtension.class)
class PlainFacilitatorIdsTest {

    @Autowired
    Facilitators facilitators;

    @Test
    void aSecondServerWarnsOnceWithoutNamingAnyId(CapturedOutput output) {
        PlainFacilitatorIds warning = new PlainFacilitatorIds(facilitators);

        warning.seen("100");
        warning.seen("100");
        assertThat(output.getOut()).doesNotContain("plain user id");

        warning.seen("101");
        warning.seen("102");

        assertThat(output.getOut().split("plain user id", -1)).hasSize(2);
        assertThat(output.getOut()).contains("COP_FACILITATORS has 1 plain user id(s)")
                .contains("discord:<server id>:<user id>").doesNotContain("U-CONFIGURED");
    }
}
