package org.copcheckin.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A platform-neutral message. Adapters render it (Block Kit, JDA embeds, HTML); {@link #plainText()} is the
 * fallback every platform can show.
 *
 * @param title      short heading, may be empty
 * @param paragraphs body paragraphs, light markdown (*bold*, _italic_, bullet lines starting with "• ")
 * @param buttons    optional actions a member can press
 * @param mentions   the members the text mentions: {@link #mention(int)} stands for the member at that place, and
 *                   each adapter renders it its own way ({@link #withMentions})
 */
public record Message(String title, List<String> paragraphs, List<Button> buttons, List<MemberRef> mentions) {

    private static final Pattern MENTION = Pattern.compile("<member:(\\d+)>");

    public Message {
        title = title == null ? "" : title;
        paragraphs = List.copyOf(paragraphs);
        buttons = List.copyOf(buttons);
        mentions = List.copyOf(mentions);
    }

    public Message(String title, List<String> paragraphs, List<Button> buttons) {
        this(title, paragraphs, buttons, List.of());
    }

    /** The neutral token standing for the {@code index}-th member of {@link #mentions}. */
    public static String mention(int index) {
        return "<member:" + index + ">";
    }

    public static Message of(String title, String... paragraphs) {
        return new Message(title, List.of(paragraphs), List.of());
    }

    public static Message text(String text) {
        return new Message("", List.of(text), List.of());
    }

    public Message withButtons(Button... more) {
        return new Message(title, paragraphs, List.of(more), mentions);
    }

    /** This message with one more button after the ones it has. */
    public Message withButton(Button more) {
        List<Button> all = new ArrayList<>(buttons);
        all.add(more);
        return new Message(title, paragraphs, all, mentions);
    }

    /** This message with more buttons after the ones it has (a feature's own row, say). */
    public Message plusButtons(List<Button> more) {
        List<Button> all = new ArrayList<>(buttons);
        all.addAll(more);
        return new Message(title, paragraphs, all, mentions);
    }

    /**
     * The buttons in rows, in order: each {@link Button#row()} its own row (an actions block on Slack, an action
     * row on Discord), so features that add buttons to one message keep them apart.
     */
    public List<List<Button>> buttonRows() {
        java.util.Map<String, List<Button>> rows = new java.util.LinkedHashMap<>();
        buttons.forEach(button -> rows.computeIfAbsent(button.row(), row -> new ArrayList<>()).add(button));
        return List.copyOf(rows.values());
    }

    /**
     * This message with each mention written as the platform writes it; a token with no member behind it (text a
     * member typed) is left as it is.
     */
    public Message withMentions(Function<MemberRef, String> render) {
        if (mentions.isEmpty()) {
            return this;
        }
        return new Message(render(title, render), paragraphs.stream().map(p -> render(p, render)).toList(), buttons,
                List.of());
    }

    private String render(String text, Function<MemberRef, String> render) {
        Matcher token = MENTION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (token.find()) {
            int index = Integer.parseInt(token.group(1));
            token.appendReplacement(out, Matcher.quoteReplacement(index < mentions.size()
                    ? render.apply(mentions.get(index)) : token.group()));
        }
        return token.appendTail(out).toString();
    }

    /** The text every platform can show; a mention is {@code @} and the member's user id. */
    public String plainText() {
        Message rendered = withMentions(member -> "@" + member.userId());
        StringBuilder text = new StringBuilder();
        if (!rendered.title.isEmpty()) {
            text.append(rendered.title);
        }
        for (String paragraph : rendered.paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(paragraph);
        }
        return text.toString();
    }

    /** Collects the members a message's text mentions, each once, and hands out their tokens. */
    public static final class Mentions {
        private final List<MemberRef> members = new ArrayList<>();

        /** The token for this member in the text. */
        public String of(MemberRef member) {
            int index = members.indexOf(member);
            if (index < 0) {
                members.add(member);
                index = members.size() - 1;
            }
            return mention(index);
        }

        public List<MemberRef> members() {
            return List.copyOf(members);
        }
    }

    /**
     * A button; {@code value} comes back to the core with the action id when pressed.
     *
     * @param row the row it is shown in: buttons of the same row go together ({@link #buttonRows()}); "" by default
     */
    public record Button(String actionId, String label, String value, String row) {
        public Button {
            Objects.requireNonNull(actionId, "actionId");
            Objects.requireNonNull(label, "label");
            row = row == null ? "" : row;
        }

        public Button(String actionId, String label, String value) {
            this(actionId, label, value, "");
        }
    }
}
