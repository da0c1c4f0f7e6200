package org.copcheckin.checkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.reply;

import java.util.OptionalLong;

import org.copcheckin.community.Communities;
import org.copcheckin.support.AnalysedReplies;
import org.copcheckin.support.CoreSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the analysis sees of a reply: at most 4,000 characters, and nothing at all of a repeated delivery. */
@CoreSpringTest
class ReplyBoundsTest {

    @Autowired
    ReplyIntake intake;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Communities communities;
    @Autowired
    AnalysedReplies analysed;

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
}
