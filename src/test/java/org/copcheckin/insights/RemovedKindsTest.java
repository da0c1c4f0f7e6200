package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.copcheckin.care.PersonalData;
import org.junit.jupiter.api.Test;

/** The anonymiser tells which kinds of personal data it removed, never the values, and not a member's own name. */
class RemovedKindsTest {

    private static final ReplyAnonymiser ANONYMISER = new ReplyAnonymiser(
            NameList.bundled(ReplyAnalyser.withDefaults().taxonomy().keywordWords()));

    private static Set<PersonalData> removed(String text) {
        return ANONYMISER.anonymiseReporting(text, InsightsFixtures.KNOWN_NAMES, CommunityWords.NONE).removed();
    }

    @Test
    void aNameAndAPhoneNumberAreReportedAsTheirKinds() {
        assertThat(removed("worried about Tran again, call 206-555-0199"))
                .containsExactlyInAnyOrder(PersonalData.NAME, PersonalData.PHONE);
    }

    @Test
    void eMailsAddressesAndIdsAreReportedToo() {
        assertThat(removed("write to family.help@example.org")).containsExactly(PersonalData.EMAIL);
        assertThat(removed("they moved to 1420 Oak Street, apt 3")).contains(PersonalData.ADDRESS);
        assertThat(removed("her case is SID-20231145")).contains(PersonalData.ID);
    }

    @Test
    void aMembersOwnNameIsNotReportedButSomeoneElsesIs() {
        assertThat(removed("Dana and I ran the session")).isEmpty();
        assertThat(removed("Dana and I met Rosalind after the session")).containsExactly(PersonalData.NAME);
    }

    @Test
    void anOrdinaryReplyReportsNothingAndKeepsItsWords() {
        ReplyAnonymiser.Anonymised plain = ANONYMISER.anonymiseReporting("the bus passes ran out again this week",
                Set.of(), CommunityWords.NONE);
        assertThat(plain.removed()).isEmpty();
        assertThat(plain.text()).isEqualTo("the bus passes ran out again this week");
    }
}
