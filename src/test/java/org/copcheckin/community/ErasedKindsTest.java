package org.copcheckin.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What forget-me lists as erased comes from explicit bundle keys, one per kind of record, so the English label can be
 * reworded without losing the French and Spanish ones.
 */
class ErasedKindsTest {

    @ParameterizedTest
    @EnumSource(MemberErasure.Kind.class)
    void everyKindHasItsOwnLabelInEveryLanguage(MemberErasure.Kind kind) {
        assertThat(kind.key()).startsWith("forget.kind.");
        for (Language language : Language.values()) {
            assertThat(language.optionalText(kind.key())).as("%s in %s", kind, language).isPresent();
        }
        assertThat(kind.in(Language.FR)).isNotEqualTo(kind.in(Language.EN));
        assertThat(kind.in(Language.ES)).isNotEqualTo(kind.in(Language.EN)).isNotEqualTo(kind.in(Language.FR));
    }

    @Test
    void theKindsAreTheOnesMembersWereToldOfInEnglish() {
        assertThat(Arrays.stream(MemberErasure.Kind.values()).map(kind -> kind.in(Language.EN))).contains(
                "pairing history (who you met)", "time zone", "private replies' receipts", "nudge preference",
                "anonymous trend rows of your replies").doesNotHaveDuplicates();
        assertThat(MemberErasure.Kind.TIME_ZONE.in(Language.FR)).isEqualTo("fuseau horaire");
    }
}
