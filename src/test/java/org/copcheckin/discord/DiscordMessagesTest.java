package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.copcheckin.platform.Message;
import org.junit.jupiter.api.Test;

class DiscordMessagesTest {

    @Test
    void aMessageIsOneEmbedWithTitleAndParagraphsInDiscordMarkdown() {
        List<MessageCreateData> parts = DiscordMessages.embeds(Message.of("Digest",
                "*Top themes* this week:", "• staffing\n• _transport_", "Run `/cop digest since 2026-09-01` for *more*"));

        assertThat(parts).hasSize(1);
        MessageEmbed embed = parts.get(0).getEmbeds().get(0);
        assertThat(embed.getTitle()).isEqualTo("Digest");
        assertThat(embed.getDescription()).isEqualTo("**Top themes** this week:\n\n• staffing\n• _transport_\n\n"
                + "Run `/cop digest since 2026-09-01` for **more**");
    }

    @Test
    void codeSpansAndLoneAsterisksAreLeftAlone() {
        assertThat(DiscordMessages.markdown("`a *b* c` and 2 * 3 * 4")).isEqualTo("`a *b* c` and 2 * 3 * 4");
    }

    @Test
    void longContentIsSplitWithinTheEmbedLimitsAndNothingIsLost() {
        String paragraph = "word ".repeat(300).strip();
        List<String> paragraphs = java.util.Collections.nCopies(12, paragraph);
        List<MessageCreateData> parts = DiscordMessages.embeds(new Message("Long digest", paragraphs, List.of()));

        List<MessageEmbed> embeds = parts.stream().flatMap(p -> p.getEmbeds().stream()).toList();
        assertThat(embeds).allSatisfy(e -> assertThat(e.getDescription().length())
                .isLessThanOrEqualTo(ContentSplitter.EMBED_DESCRIPTION_LIMIT));
        assertThat(parts).allSatisfy(p -> assertThat(p.getEmbeds().stream().mapToInt(MessageEmbed::getLength).sum())
                .isLessThanOrEqualTo(ContentSplitter.EMBEDS_TOTAL_LIMIT));
        assertThat(embeds.get(0).getTitle()).isEqualTo("Long digest");
        assertThat(embeds.subList(1, embeds.size())).allSatisfy(e -> assertThat(e.getTitle()).isNull());
        String joined = String.join(" ", embeds.stream().map(MessageEmbed::getDescription).toList());
        assertThat(joined.split("\\s+")).hasSize(12 * 300);
    }

    @Test
    void plainContentStaysWithinTwoThousandCharacters() {
        List<MessageCreateData> parts = DiscordMessages.plain(Message.of("T", "x".repeat(4500)));

        assertThat(parts).hasSize(3);
        assertThat(parts).allSatisfy(p -> assertThat(p.getContent().length()).isLessThanOrEqualTo(2000));
    }

    @Test
    void splitterPrefersParagraphsThenLinesThenWords() {
        assertThat(ContentSplitter.split("aaaa\n\nbbbb", 8)).containsExactly("aaaa", "bbbb");
        assertThat(ContentSplitter.split("aaaa\nbbbb cc", 10)).containsExactly("aaaa", "bbbb cc");
        assertThat(ContentSplitter.split("aaa bbb ccc", 8)).containsExactly("aaa bbb", "ccc");
        assertThat(ContentSplitter.split("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
        assertThat(ContentSplitter.split("  ", 4)).isEmpty();
    }

    @Test
    void splitterNeverCutsASurrogatePair() {
        String text = "abc\uD83D\uDE00def";
        List<String> pieces = ContentSplitter.split(text, 4);
        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces.get(0)).isEqualTo("abc");
    }

    @Test
    void buttonsGoOnTheLastMessageCarryingActionAndValue() {
        List<MessageCreateData> parts = DiscordMessages.embeds(Message.of("", "Pause pairing?")
                .withButtons(new Message.Button("pause", "Pause 2 weeks", "2"), new Message.Button("optout", "Opt out", null)));

        ActionRow row = (ActionRow) parts.get(parts.size() - 1).getComponents().get(0);
        assertThat(row.getButtons()).extracting(Button::getCustomId).containsExactly("pause|2", "optout|");
        assertThat(row.getButtons()).extracting(Button::getLabel).containsExactly("Pause 2 weeks", "Opt out");
    }

    @Test
    void everyMessageAllowsMentionsOfUsersOnlyNeverEveryoneHereOrRoles() {
        Message text = new Message("Hi @everyone", List.of("@here <@&123> and <@456>"), List.of());
        for (MessageCreateData part : concat(DiscordMessages.embeds(text), DiscordMessages.plain(text))) {
            assertThat(part.getAllowedMentions()).containsExactly(net.dv8tion.jda.api.entities.Message.MentionType.USER);
            assertThat(part.toData().getObject("allowed_mentions").getArray("parse").toList()).containsExactly("users");
        }
    }

    private static List<MessageCreateData> concat(List<MessageCreateData> a, List<MessageCreateData> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void aNeutralMentionIsWrittenAsDiscordsUserMention() {
        Message message = new Message("", List.of("Hello " + Message.mention(0) + "!"), List.of(),
                List.of(new org.copcheckin.platform.MemberRef(org.copcheckin.platform.PlatformKind.DISCORD, "1", "456")));
        assertThat(DiscordMessages.embeds(message).get(0).getEmbeds().get(0).getDescription()).isEqualTo("Hello <@456>!");
        assertThat(DiscordMessages.plain(message).get(0).getContent()).isEqualTo("Hello <@456>!");
    }
}
