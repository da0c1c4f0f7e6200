package org.copcheckin.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.pairing.PairingFixtures.byFacilitator;
import static org.copcheckin.pairing.PairingFixtures.channelMembers;
import static org.copcheckin.pairing.PairingFixtures.freshChannel;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.copcheckin.commands.CommandHandler;
import org.copcheckin.community.Communities;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.support.CoreSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A platform that fails for some groups: the round finishes the others, and a re-run introduces nobody twice. The
 * recording platform is told which private conversations fail, so this test shares the core context.
 */
@CoreSpringTest
class PairingFailuresTest {

    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    CommandHandler commands;
    @Autowired
    PairingRounds rounds;
    @Autowired
    Communities communities;

    ChannelRef channel;

    @BeforeEach
    void freshChannelAndPlatform() {
        platform.reset();
        channel = freshChannel();
        platform.setMembers(channel, channelMembers("U1", "U2", "U3", "U4", "U5", "U6"));
    }

    @AfterEach
    void platformAnswersAgain() {
        platform.reset();
    }

    @Test
    void aPlatformFailureForOneGroupMakesTheRoundPartialAndTheOthersAreStillIntroduced() {
        platform.failPrivateConversations(includes("U3"), new PlatformException("cannot_dm_bot"));

        Message answer = commands.handle(byFacilitator(channel, "pair")).message();

        assertThat(platform.sent("private")).hasSize(2).noneMatch(sent -> sent.target().contains("U3"));
        assertThat(rounds.lastRound(communities.findOrCreate(channel)).orElseThrow())
                .satisfies(last -> {
                    assertThat(last.outcome()).isEqualTo(RoundOutcome.PARTIAL);
                    assertThat(last.failedGroups()).isEqualTo(1);
                });
        assertThat(answer.plainText()).contains("Introduced 2 of 3 groups", "Not introduced", "@U3");
    }

    @Test
    void runningThePartialRoundAgainIntroducesOnlyTheGroupsThatFailedAndNobodyTwice() {
        platform.failPrivateConversations(includes("U3"), new PlatformException("ratelimited"), 1);
        commands.handle(byFacilitator(channel, "pair"));

        Message answer = commands.handle(byFacilitator(channel, "pair")).message();

        Map<String, Long> introductions = platform.sent("private").stream()
                .flatMap(sent -> Arrays.stream(sent.target().split(",")))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(answer.plainText()).contains("Finished an earlier round");
        assertThat(introductions).containsOnlyKeys("U1", "U2", "U3", "U4", "U5", "U6");
        assertThat(introductions.values()).allMatch(times -> times == 1);
        assertThat(rounds.lastRound(communities.findOrCreate(channel)).orElseThrow().outcome())
                .isEqualTo(RoundOutcome.DONE);
    }

    @Test
    void whenNoGroupCanBeIntroducedTheRoundFails() {
        platform.failPrivateConversations(members -> true, new PlatformException("account_inactive"));

        Message answer = commands.handle(byFacilitator(channel, "pair")).message();

        assertThat(rounds.lastRound(communities.findOrCreate(channel)).orElseThrow().outcome())
                .isEqualTo(RoundOutcome.FAILED);
        assertThat(answer.plainText()).contains("Introduced 0 of 3 groups");
        assertThat(platform.sent("private")).isEmpty();
    }

    private static Predicate<List<MemberRef>> includes(String userId) {
        return members -> members.stream().anyMatch(member -> member.userId().equals(userId));
    }
}
