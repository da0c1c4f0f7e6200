package org.copcheckin.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import org.copcheckin.platform.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PromptTextsTest {

    @ParameterizedTest
    @EnumSource(PromptKind.class)
    void everyPromptAsksForAThreadedReplyAndRemindsMembersNotToNameFamilies(PromptKind kind) {
        Message message = PromptTexts.promptMessage(kind, "What surprised you this week?");
        assertThat(message.plainText()).contains("Reply in this thread")
                .contains("don't name students, families or clients");
        assertThat(PromptTexts.storedPromptText(kind, "What surprised you this week?")).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(value = PromptKind.class, names = "CUSTOM")
    void aCustomPromptCarriesTheFacilitatorsWords(PromptKind kind) {
        assertThat(PromptTexts.promptMessage(kind, "What surprised you this week?").plainText())
                .contains("What surprised you this week?");
    }

    @ParameterizedTest
    @EnumSource(value = PromptKind.class, names = {"CHALLENGE", "WORD", "GLOWS_GROWS"})
    void builtInPromptsSayWhatToShare(PromptKind kind) {
        String text = PromptTexts.promptMessage(kind, null).plainText();
        assertThat(text).containsAnyOf("one challenge", "one word", "Glow");
    }
}
