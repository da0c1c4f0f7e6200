package org.copcheckin.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 2026-12-03 privacy review: {@code status} showed reminder counts below k as they were. */
class ReminderOutcomeTest {

    @Test
    void countsOfAtLeastKAreShownAndSmallerOnesAreFewerThanK() {
        assertThat(new ReminderOutcome(5, 3, 0).words(3)).isEqualTo("5 reminders sent; 3 members do not accept direct "
                + "messages from the bot (their privacy settings), so theirs were not delivered");
        assertThat(new ReminderOutcome(4, 1, 2).words(3)).isEqualTo("4 reminders sent; fewer than 3 members do not "
                + "accept direct messages from the bot (their privacy settings), so theirs were not delivered; fewer "
                + "than 3 could not be sent (the platform failed)").doesNotContain(" 1 ").doesNotContain(" 2 ");
        assertThat(new ReminderOutcome(1, 0, 0).words(2)).isEqualTo("fewer than 2 reminders sent");
        assertThat(new ReminderOutcome(0, 0, 0).words(3)).isEqualTo("0 reminders sent");
    }
}
