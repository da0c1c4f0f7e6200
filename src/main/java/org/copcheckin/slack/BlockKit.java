package org.copcheckin.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import org.copcheckin.commands.Reply;
import org.copcheckin.platform.Message;

/**
 * Renders a neutral {@link Message} as Block Kit: the title as a header, each paragraph as a mrkdwn section
 * (our light markdown is Slack's), buttons as an actions block. {@link #fallback} is the notification text.
 */
final class BlockKit {

    private static final int HEADER_MAX = 150;
    private static final int SECTION_MAX = 3000;
    private static final int FALLBACK_MAX = 3900;

    private BlockKit() {
    }

    static List<LayoutBlock> blocks(Message neutral) {
        Message message = withMentions(neutral);
        List<LayoutBlock> blocks = new ArrayList<>();
        if (!message.title().isEmpty()) {
            blocks.add(HeaderBlock.builder().text(PlainTextObject.builder().emoji(true)
                    .text(cut(message.title(), HEADER_MAX)).build()).build());
        }
        for (String paragraph : message.paragraphs()) {
            if (!paragraph.isBlank()) {
                blocks.add(SectionBlock.builder().text(MarkdownTextObject.builder()
                        .text(cut(paragraph, SECTION_MAX)).build()).build());
            }
        }
        for (List<Message.Button> row : message.buttonRows()) {
            // one actions block per row: a feature's buttons (the feelings of a word prompt) stay together
            List<BlockElement> buttons = new ArrayList<>();
            for (Message.Button button : row) {
                buttons.add(ButtonElement.builder().actionId(button.actionId()).value(button.value())
                        .text(PlainTextObject.builder().text(cut(button.label(), 75)).build()).build());
            }
            blocks.add(ActionsBlock.builder().elements(buttons).build());
        }
        return blocks;
    }

    /** A question to confirm: its text, then a red confirm button and a cancel button carrying the token. */
    static List<LayoutBlock> confirm(Reply.Confirm confirm) {
        List<LayoutBlock> blocks = blocks(confirm.message());
        blocks.add(ActionsBlock.builder().elements(List.of(
                ButtonElement.builder().actionId(Reply.Confirm.CONFIRM).value(confirm.token()).style("danger")
                        .text(PlainTextObject.builder().text(cut(confirm.confirmLabel(), 75)).build()).build(),
                ButtonElement.builder().actionId(Reply.Confirm.CANCEL).value(confirm.token())
                        .text(PlainTextObject.builder().text(cut(confirm.cancelLabel(), 75)).build()).build())).build());
        return blocks;
    }

    static String fallback(Message message) {
        return cut(withMentions(message).plainText(), FALLBACK_MAX);
    }

    /** Slack writes a mention of a member as {@code <@U123>}. */
    static Message withMentions(Message message) {
        return message.withMentions(member -> "<@" + member.userId() + ">");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
