package org.copcheckin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MessageTest {

    private static final MemberRef ANA = new MemberRef(PlatformKind.SLACK, "T1", "U1");
    private static final MemberRef BEN = new MemberRef(PlatformKind.SLACK, "T1", "U2");

    @Test
    void mentionsAreCollectedOnceEachAndRenderedByWhoeverShowsTheMessage() {
        Message.Mentions mentions = new Message.Mentions();
        String text = mentions.of(ANA) + " meets " + mentions.of(BEN) + "; " + mentions.of(ANA) + " shares first";
        Message message = new Message("", List.of(text), List.of(), mentions.members());

        assertThat(message.mentions()).containsExactly(ANA, BEN);
        assertThat(message.withMentions(member -> "[" + member.userId() + "]").paragraphs())
                .containsExactly("[U1] meets [U2]; [U1] shares first");
        assertThat(message.plainText()).isEqualTo("@U1 meets @U2; @U1 shares first");
    }

    @Test
    void aTokenWithNoMemberBehindItIsLeftAsTyped() {
        Message message = new Message("", List.of("see " + Message.mention(0) + " and " + Message.mention(3)),
                List.of(), List.of(ANA));
        assertThat(message.withMentions(member -> "@ana").paragraphs()).containsExactly("see @ana and <member:3>");
        assertThat(Message.text("typed <member:0>").withMentions(member -> "x").plainText()).isEqualTo("typed <member:0>");
    }
}
