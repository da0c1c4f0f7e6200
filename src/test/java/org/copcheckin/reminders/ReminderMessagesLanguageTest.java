package org.copcheckin.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import org.copcheckin.community.Language;
import org.copcheckin.platform.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A member of a French or Spanish channel gets the private reminder in that language, with the same link. */
class ReminderMessagesLanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fr|Un petit rappel|encore ouvert", "es|Un recordatorio amable|sigue abierta"})
    void theReminderComesInTheChannelsLanguage(String code, String title, String open) {
        Message reminder = ReminderMessages.reminder("https://chat.example/t1", Language.fromCode(code).orElseThrow());
        assertThat(reminder.title()).isEqualTo(title);
        assertThat(reminder.plainText()).contains(open).contains("https://chat.example/t1")
                .contains("`/cop reminders off`").doesNotContain("still open").doesNotContain("Only you see this");
        assertThat(ReminderMessages.reminder("https://chat.example/t1").title()).isEqualTo("A gentle reminder");
    }
}
