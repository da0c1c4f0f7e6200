package org.copcheckin.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.copcheckin.community.Language;
import org.copcheckin.platform.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A facilitator of a French or Spanish channel reads a safeguarding alert in that language. */
class CareMessagesLanguageTest {

    private static final Set<SignalKind> SIGNALS = new LinkedHashSet<>(List.of(
            new SignalKind("self-harm", "possible self-harm"), new SignalKind("own-kind", "a deployment's own kind")));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr|Protection : une réponse à un bilan pourrait demander votre attention|automutilation possible et a deployment's own kind|Le protocole de votre communauté",
            "es|Protección: una respuesta a una reflexión podría necesitar su atención|posible autolesión y a deployment's own kind|El protocolo de su comunidad"})
    void anAlertComesInTheChannelsLanguageWithTheBundledKindsTranslated(String code, String title, String kinds,
                                                                       String protocol) {
        Message alert = CareMessages.alert(SIGNALS, "https://chat.example/p1", "Appeler la direction",
                Language.fromCode(code).orElseThrow());
        assertThat(alert.title()).isEqualTo(title);
        assertThat(alert.plainText()).contains(kinds).contains("https://chat.example/p1").contains(protocol)
                .contains("Appeler la direction")
                .doesNotContain("A reply in the check-in thread").doesNotContain("reporting duty")
                .doesNotContain("possible self-harm");
    }

    @Test
    void anEnglishAlertKeepsTheSignalListsOwnLabels() {
        Message alert = CareMessages.alert(SIGNALS, "https://chat.example/p1", "Call the lead", Language.EN);
        assertThat(alert.title()).isEqualTo("Safeguarding: a check-in reply may need your attention");
        assertThat(alert.plainText()).contains("may show possible self-harm and a deployment's own kind");
    }
}
