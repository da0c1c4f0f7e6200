package org.copcheckin.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.command;
import static org.copcheckin.support.Fixtures.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.commands.CommandHandler;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.platform.ThreadReplyReceived;
import org.copcheckin.support.ConfirmButtons;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.DatabaseScan;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first-week wording and forget-me's note, from real replies through the real store. */
@CoreSpringTest
class DigestNotesSpringTest {

    /** A Wednesday, ahead of real time: Quartz stays idle. */
    static final Instant NOW = Instant.parse("2031-05-07T12:00:00Z");

    @Autowired
    CheckIns checkIns;
    @Autowired
    ReplyIntake intake;
    @Autowired
    Communities communities;
    @Autowired
    CommandHandler handler;
    @Autowired
    Digests digests;
    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void resetClock() {
        clock.set(Instant.now());
        platform.reset();
    }

    @Test
    void aNewCommunitysDigestSaysItHasNoHistoryAndForgetMeLeavesOneLineSayingFiguresChanged() {
        clock.set(NOW);
        ChannelRef channel = channel("C-NOTES-" + System.nanoTime());
        Community community = communities.findOrCreate(channel);
        CheckIn checkIn = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        for (String user : List.of("U-N1", "U-N2", "U-N3", "U-N4")) {
            intake.receive(new ThreadReplyReceived(checkIn.thread(), member(user), user + "-m",
                    "The landlord raised the rent again and the family may lose their housing", clock.instant(),
                    Set.of()));
        }
        LocalDate today = LocalDate.of(2031, 5, 7);

        String first = digests.preview(community, today).plainText();
        assertThat(first).contains("this is the community's first week with cop-checkin")
                .contains("4 people, 4 replies").contains("*What to discuss:*")
                .doesNotContain("new against the last 8 weeks").doesNotContain("Figures changed");

        ConfirmButtons.confirmed(handler, events, platform, command(channel, "U-N4", "forget-me"));

        String after = digests.preview(community, today).plainText();
        assertThat(after).contains("3 people, 3 replies")
                .contains("*Figures changed:* some figures of these weeks differ from an earlier digest");
        assertThat(DatabaseScan.find(jdbc, List.of("U-N4", "landlord raised"))).isEmpty();
    }
}
