package org.copcheckin.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.copcheckin.community.Language;
import org.copcheckin.platform.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PromptLanguageTest {

    @Test
    void aFrenchPromptAsksInFrenchAndRemindsMembersNotToNameAnyone() {
        Message message = PromptTexts.promptMessage(List.of(Language.FR), PromptKind.WORD, null);
        assertThat(message.title()).isEqualTo("Bilan : un mot");
        assertThat(message.plainText()).contains("En *un mot*").contains("Répondez dans ce fil.")
                .contains("Merci de ne nommer aucun élève, aucune famille").doesNotContain("Reply in this thread");
    }

    @Test
    void aSpanishPromptAsksInSpanish() {
        Message message = PromptTexts.promptMessage(List.of(Language.ES), PromptKind.CHALLENGE, null);
        assertThat(message.title()).isEqualTo("Reflexión: un desafío");
        assertThat(message.plainText()).contains("Comparta *un desafío*").contains("Responda en este hilo.")
                .contains("no nombre a estudiantes, familias ni clientes");
    }

    @Test
    void bothLanguagesPutTheCommunitysFirstThenEnglishInOneMessage() {
        String text = PromptTexts.promptMessage(List.of(Language.ES, Language.EN), PromptKind.WORD, null).plainText();
        assertThat(text.indexOf("En *una palabra*")).isGreaterThanOrEqualTo(0)
                .isLessThan(text.indexOf("In *one word*"));
        assertThat(text).contains("Por favor, no nombre").contains("Please don't name");
        assertThat(PromptTexts.promptMessage(List.of(Language.ES, Language.EN), PromptKind.WORD, null).title())
                .isEqualTo("Reflexión: una palabra / Check-in: one word");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasEveryPromptAndTheStoredTextIsItsBody(Language language) {
        for (PromptKind kind : PromptKind.values()) {
            Message message = PromptTexts.promptMessage(List.of(language), kind, "Texte");
            assertThat(message.title()).isNotBlank();
            assertThat(message.paragraphs()).hasSize(3);
        }
        assertThat(PromptTexts.storedPromptText(language, PromptKind.WORD, null))
                .isEqualTo(language.text("prompt.word.body"));
    }
}
