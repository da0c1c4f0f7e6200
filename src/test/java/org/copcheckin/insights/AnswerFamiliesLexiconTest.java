package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** The shipped families are exactly what WordNet 3.1 and the seeds give, so they can be regenerated and reviewed. */
class AnswerFamiliesLexiconTest {

    @Test
    void theShippedFamiliesAreTheGeneratedOnes() throws Exception {
        if (Boolean.getBoolean("families.write")) {
            AnswerFamiliesLexicon.write();
        }
        assertThat(Files.readString(AnswerFamiliesLexicon.SHIPPED, StandardCharsets.UTF_8))
                .isEqualTo(AnswerFamiliesLexicon.render(AnswerFamiliesLexicon.generate()));
    }
}
