package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.view.View;
import org.copcheckin.checkins.PrivateReplies;
import org.copcheckin.community.Language;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Slack takes a modal's title, submit and close texts of at most 24 characters: every language's fit. */
class ModalLimitsTest {

    private static final int SLACK_MAX = 24;

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyModalsTitleAndButtonsFitSlacksLimitInEveryLanguage(Language l) {
        ChannelRef channel = new ChannelRef(PlatformKind.SLACK, "T1", "C1");
        View reply = PrivateReplyModal.modal(new PrivateReplies.Form("rp.x", l.text("private.title"), "Question?",
                l.text("private.hint"), l), channel);
        View prompt = CustomPromptModal.modal(channel, l);
        for (View view : new View[] {reply, prompt}) {
            assertThat(view.getTitle().getText()).hasSizeLessThanOrEqualTo(SLACK_MAX);
            assertThat(view.getSubmit().getText()).hasSizeLessThanOrEqualTo(SLACK_MAX);
            assertThat(view.getClose().getText()).hasSizeLessThanOrEqualTo(SLACK_MAX);
        }
        assertThat(l.text("modal.close")).hasSizeLessThanOrEqualTo(SLACK_MAX);
        assertThat(reply.getSubmit().getText()).isEqualTo(l.text("modal.private.submit"));
    }
}
