package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.copcheckin.community.CommunityStores;
import org.copcheckin.community.Facilitators;
import org.copcheckin.support.StoreTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plain {@code COP_FACILITATORS} ids (the test profile's U-CONFIGURED) get one warning once a second server is seen.
 * The facilitators store on the store slice is all the warning needs.
 */
@StoreTest
@ExtendWith(OutputCaptureExtension.class)
class PlainFacilitatorIdsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Value("${cop.facilitators}")
    String configured;

    Facilitators facilitators;

    @BeforeEach
    void facilitatorsAsConfigured() {
        facilitators = CommunityStores.facilitators(jdbc, transaction, configured.split(","));
    }

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
