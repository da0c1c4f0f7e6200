package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.command;
import static org.copcheckin.support.Fixtures.member;

import java.time.Duration;
import java.time.Instant;
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
import org.copcheckin.platform.ThreadReplyReceived;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CoreSpringTest
class CommunityVocabularyTest {

    @Autowired
    CommandHandler handler;
    @Autowired
    CheckIns checkIns;
    @Autowired
    ReplyIntake intake;
    @Autowired
    Communities communities;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.set(Instant.now());
    }

    private String as(ChannelRef channel, String user, String text) {
        return handler.handle(command(channel, user, text)).plainText();
    }

    @Test
    void aFacilitatorsWordsAndPhrasesAreCountedAsTermsAndNeverTakenForNames() {
        ChannelRef channel = channel("C-VOCAB-" + System.nanoTime());
        assertThat(as(channel, "U-CONFIGURED", "vocabulary add McKinney-Vento")).startsWith("Added *McKinney-Vento*")
                .contains("as one term");
        assertThat(as(channel, "U-CONFIGURED", "vocabulary add head lease")).startsWith("Added *head lease*");
        assertThat(as(channel, "U-CONFIGURED", "vocabulary add mckinney-vento")).contains("already in");
        assertThat(as(channel, "U-CONFIGURED", "vocabulary list")).contains("head lease, McKinney-Vento");
        Community community = communities.find(channel).orElseThrow();
        CheckIn checkIn = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        int n = 0;
        for (String text : List.of("Our McKinney-Vento liaison quit", "mckinney vento forms again",
                "The head lease fell through", "Nothing on McKinney-Vento from the district")) {
            intake.receive(new ThreadReplyReceived(checkIn.thread(), member("U-V" + n), "v-" + n++, text,
                    clock.instant(), Set.of()));
        }
        assertThat(people(community, "mckinney-vento")).isEqualTo(3);
        assertThat(people(community, "head lease")).isEqualTo(1);

        assertThat(as(channel, "U-CONFIGURED", "vocabulary remove head lease")).startsWith("Removed *head lease*");
        assertThat(as(channel, "U-CONFIGURED", "vocabulary list")).doesNotContain("head lease");
        assertThat(as(channel, "U-CONFIGURED", "vocabulary remove head lease")).contains("is not in");
    }

    @Test
    void badEntriesAreRefusedWithTheReasonAndMembersCannotAddWords() {
        ChannelRef channel = channel("C-VOCAB-BAD-" + System.nanoTime());
        assertThat(as(channel, "U-CONFIGURED", "vocabulary add " + "a".repeat(65)))
                .contains("65 characters").contains("at most 64").contains("Nothing was added");
        assertThat(as(channel, "U-CONFIGURED", "vocabulary add Jordan")).contains("*Jordan* is also a first name")
                .contains("Nothing was added");
        assertThat(as(channel, "U-CONFIGURED", "vocabulary add José Center")).contains("*José* is also a first name");
        assertThat(as(channel, "U-CONFIGURED", "vocabulary add Section 8")).contains("only letters");
        assertThat(as(channel, "U-CONFIGURED", "vocabulary add housing")).contains("already an everyday word");
        assertThat(as(channel, "U-CONFIGURED", "vocabulary")).contains("Say add, remove or list")
                .contains("`/cop vocabulary add <word or phrase>`");
        assertThat(as(channel, "U-MEMBER", "vocabulary add head lease")).startsWith("Sorry, only this channel's facilitators");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM community_word WHERE community_id = ?")
                .param(communities.find(channel).orElseThrow().id()).query(Integer.class).single()).isZero();
    }

    @Test
    void anotherReplicasChangeIsSeenWithinAMinute() {
        ChannelRef channel = channel("C-VOCAB-LATE-" + System.nanoTime());
        Community community = communities.findOrCreate(channel);
        CheckIn checkIn = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
        intake.receive(new ThreadReplyReceived(checkIn.thread(), member("U-1"), "l-1", "wraparound zorbing", clock.instant(),
                Set.of()));
        jdbc.sql("INSERT INTO community_word (community_id, word, spelling, added_on) VALUES (?, 'zorbing', 'zorbing', "
                + "CURRENT_DATE)").param(community.id()).update();
        clock.advance(Duration.ofSeconds(61));
        intake.receive(new ThreadReplyReceived(checkIn.thread(), member("U-2"), "l-2", "zorbing again", clock.instant(),
                Set.of()));
        assertThat(people(community, "zorbing")).isEqualTo(1);
    }

    private int people(Community community, String item) {
        return jdbc.sql("SELECT COUNT(DISTINCT person) FROM trend_mention WHERE community_id = ? AND kind = 'TERM' "
                + "AND item = ?").params(community.id(), item).query(Integer.class).single();
    }
}
