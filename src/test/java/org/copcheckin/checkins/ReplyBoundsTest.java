package org.copcheckin.checkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.reply;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;

import org.copcheckin.community.Communities;
import org.copcheckin.platform.ThreadReplyReceived;
import org.copcheckin.support.CoreSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** What the analysis sees of a reply: at most 4,000 characters, and nothing at all of a repeated delivery. */
@CoreSpringTest
@Import(ReplyBoundsTest.AnalysedConfiguration.class)
class ReplyBoundsTest {

    @Autowired
    ReplyIntake intake;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Communities communities;
    @Autowired
    Analysed analysed;

    @Test
    void aFortyThousandCharacterReplyCountsButOnlyItsFirstFourThousandCharactersAreAnalysed() {
        CheckIn checkIn = checkIns.post(communities.findOrCreate(channel("C-" + System.nanoTime())), PromptKind.WORD,
                null, OptionalLong.empty());
        String text = "the bus was late again and ".repeat(1_500);

        assertThat(intake.receive(reply(checkIn.thread(), "U-LONG", "1700000000.000100", text))).isEqualTo(ReplyOutcome.RECORDED);

        assertThat(checkIns.replyCount(checkIn.id())).isEqualTo(1);
        assertThat(analysed.texts).last().satisfies(seen -> {
            assertThat(seen.length()).isBetween(3_900, ReplyIntake.MAX_ANALYSED_CHARS);
            assertThat(text).startsWith(seen);
            assertThat(Character.isWhitespace(text.charAt(seen.length()))).isTrue();
        });
    }

    @Test
    void aRepeatedDeliveryIsRecognisedBeforeAnyAnalysis() {
        CheckIn checkIn = checkIns.post(communities.findOrCreate(channel("C-" + System.nanoTime())), PromptKind.WORD,
                null, OptionalLong.empty());
        intake.receive(reply(checkIn.thread(), "U-ANA", "1700000000.000200", "Hopeful"));
        int analyses = analysed.texts.size();

        assertThat(intake.receive(reply(checkIn.thread(), "U-ANA", "1700000000.000200", "Hopeful")))
                .isEqualTo(ReplyOutcome.DUPLICATE);
        assertThat(analysed.texts).hasSize(analyses);
    }

    @TestConfiguration
    static class AnalysedConfiguration {
        @Bean
        Analysed analysed() {
            return new Analysed();
        }
    }

    /** A listener that remembers what it was shown (test memory only). */
    static class Analysed implements ReplyListener {
        final List<String> texts = new CopyOnWriteArrayList<>();

        @Override
        public ReplyWrite prepare(org.copcheckin.community.Community community, CheckIn checkIn,
                                  ThreadReplyReceived reply, String deliveryKey) {
            texts.add(reply.text());
            return () -> { };
        }
    }
}
