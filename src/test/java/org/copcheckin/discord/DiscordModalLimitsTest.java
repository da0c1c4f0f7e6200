package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;

import net.dv8tion.jda.api.modals.Modal;
import org.copcheckin.checkins.PrivateReplies;
import org.copcheckin.community.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Discord takes a modal title of at most 45 characters: the private reply's fits in every language, uncut. */
class DiscordModalLimitsTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void thePrivateReplyModalsTitleFitsDiscordsLimitInEveryLanguage(Language l) {
        String title = l.text("private.title");
        assertThat(title).hasSizeLessThanOrEqualTo(Modal.MAX_TITLE_LENGTH).hasSizeLessThanOrEqualTo(45);
        Modal modal = PrivateReplyListener.modal(new PrivateReplies.Form("rp.x", title, "Question?",
                l.text("private.hint"), l));
        assertThat(modal.getTitle()).isEqualTo(title);
        assertThat(modal.toData().toString()).contains(l.text("modal.private.label"));
    }
}
