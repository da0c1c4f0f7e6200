package org.copcheckin.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.copcheckin.platform.Message;
import org.junit.jupiter.api.Test;

class LightMarkdownTest {

    private final LightMarkdown markdown = new LightMarkdown(Personas::nameOf);

    @Test
    void escapesHtmlBeforeAnyMarkupSoTextNeverBecomesTags() {
        assertThat(markdown.inline("<script>alert('x')</script> & \"more\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;");
        assertThat(markdown.inline("*<img src=x onerror=alert(1)>*"))
                .isEqualTo("<strong>&lt;img src=x onerror=alert(1)&gt;</strong>");
    }

    @Test
    void rendersBoldItalicAndCode() {
        assertThat(markdown.inline("In *one word*, _why_? Try `/cop help`"))
                .isEqualTo("In <strong>one word</strong>, <em>why</em>? Try <code>/cop help</code>");
    }

    @Test
    void codeIsLeftLiteralInside() {
        assertThat(markdown.inline("`*not bold* <@ana>`")).isEqualTo("<code>*not bold* &lt;@ana&gt;</code>");
    }

    @Test
    void snakeCaseWordsAndLoneStarsStayPlain() {
        assertThat(markdown.inline("reply_count is 2 * 3")).isEqualTo("reply_count is 2 * 3");
    }

    @Test
    void mentionsShowTheMembersName() {
        assertThat(markdown.inline("<@ana> and <@ben|ben.b> meet <@U999>"))
                .isEqualTo("<span class=\"mention\">@Ana</span> and <span class=\"mention\">@Ben</span> meet "
                        + "<span class=\"mention\">@U999</span>");
    }

    @Test
    void bulletLinesBecomeAListAndIndentedLinesContinueTheirBullet() {
        assertThat(markdown.paragraph("*Schedules*\n• #1 word\n   next: Mon\n• #2 pair"))
                .isEqualTo("<p><strong>Schedules</strong></p><ul><li>#1 word<br>next: Mon</li><li>#2 pair</li></ul>");
    }

    @Test
    void messageHasItsTitleThenOneBlockPerParagraph() {
        Message message = new Message("Check-in", List.of("First", "Second\nline"), List.of());

        assertThat(markdown.message(message))
                .isEqualTo("<div class=\"msg-title\">Check-in</div><p>First</p><p>Second<br>line</p>");
    }

    @Test
    void placeholderCharactersInTheTextCannotForgeMarkup() {
        assertThat(markdown.inline("\u00000\u0000 `x`")).isEqualTo("0 <code>x</code>");
    }

    @Test
    void aNeutralMentionShowsThePersonasName() {
        org.copcheckin.platform.Message message = new org.copcheckin.platform.Message("",
                java.util.List.of("Meet " + org.copcheckin.platform.Message.mention(0)), java.util.List.of(),
                java.util.List.of(new org.copcheckin.platform.MemberRef(org.copcheckin.platform.PlatformKind.PLAYGROUND,
                        Personas.WORKSPACE, "ben")));
        assertThat(markdown.message(message)).contains("Meet <span class=\"mention\">@Ben</span>");
    }
}
