package org.copcheckin.platform;

import java.util.List;
import java.util.Objects;

/**
 * A platform-neutral message. Adapters render it (Block Kit, JDA embeds, HTML); {@link #plainText()} is the
 * fallback every platform can show.
 *
 * @param title      short heading, may be empty
 * @param paragraphs body paragraphs, light markdown (*bold*, _italic_, bullet lines starting with "• ")
 * @param buttons    optional actions a member can press
 */
public record Message(String title, List<String> paragraphs, List<Button> buttons) {

    public Message {
        title = title == null ? "" : title;
        paragraphs = List.copyOf(paragraphs);
        buttons = List.copyOf(buttons);
    }

    public static Message of(String title, String... paragraphs) {
        return new Message(title, List.of(paragraphs), List.of());
    }

    public static Message text(String text) {
        return new Message("", List.of(text), List.of());
    }

    public Message withButtons(Button... more) {
        return new Message(title, paragraphs, List.of(more));
    }

    public String plainText() {
        StringBuilder text = new StringBuilder();
        if (!title.isEmpty()) {
            text.append(title);
        }
        for (String paragraph : paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(paragraph);
        }
        return text.toString();
    }

    /** A button; {@code value} comes back to the core with the action id when pressed. */
    public record Button(String actionId, String label, String value) {
        public Button {
            Objects.requireNonNull(actionId, "actionId");
            Objects.requireNonNull(label, "label");
        }
    }
}
