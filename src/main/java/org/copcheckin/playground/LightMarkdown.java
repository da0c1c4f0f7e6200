package org.copcheckin.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copcheckin.platform.Message;

/**
 * Renders a {@link Message}'s light markdown as HTML: *bold*, _italic_, `code`, "• " bullet lines and
 * {@code <@id>} mentions as @Name. Everything is HTML-escaped first, so no text can become markup.
 */
final class LightMarkdown {

    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern MENTION = Pattern.compile("<@!?([A-Za-z0-9._-]+)(?:\\|[^>]*)?>");
    private static final Pattern BOLD = Pattern.compile("(?<![\\w*])\\*([^*\\n]+?)\\*(?![\\w*])");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w_])_([^_\\n]+?)_(?![\\w_])");
    private static final Pattern LINK = Pattern.compile("https?://[A-Za-z0-9._~:/?#@!$&+,;=%-]+[A-Za-z0-9/_=-]");
    private static final Pattern TOKEN = Pattern.compile("\u0000(\\d+)\u0000");
    private static final String BULLET = "• ";

    private final Function<String, String> nameOf;

    LightMarkdown(Function<String, String> nameOf) {
        this.nameOf = nameOf;
    }

    String message(Message neutral) {
        return message(neutral, false);
    }

    /**
     * A message's mentions are written as the platform writes them, {@code <@id>}, then shown as @Name.
     *
     * @param links whether web addresses become links, as a chat client shows them in the bot's own answers (the
     *              dashboard link); members' replies are shown as text
     */
    String message(Message neutral, boolean links) {
        Message message = neutral.withMentions(member -> "<@" + member.userId() + ">");
        StringBuilder html = new StringBuilder();
        if (!message.title().isBlank()) {
            html.append("<div class=\"msg-title\">").append(inline(message.title(), false)).append("</div>");
        }
        for (String paragraph : message.paragraphs()) {
            html.append(paragraph(paragraph, links));
        }
        return html.toString();
    }

    /** One paragraph: bullet lines become a list (indented lines continue the bullet above), others line breaks. */
    String paragraph(String paragraph) {
        return paragraph(paragraph, false);
    }

    private String paragraph(String paragraph, boolean links) {
        StringBuilder html = new StringBuilder();
        List<String> text = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        for (String line : paragraph.split("\n", -1)) {
            if (line.startsWith(BULLET)) {
                flushText(text, html);
                bullets.add(inline(line.substring(BULLET.length()), links));
            } else if (!bullets.isEmpty() && line.startsWith(" ")) {
                bullets.set(bullets.size() - 1, bullets.get(bullets.size() - 1) + "<br>" + inline(line.strip(), links));
            } else {
                flushBullets(bullets, html);
                text.add(inline(line, links));
            }
        }
        flushText(text, html);
        flushBullets(bullets, html);
        return html.toString();
    }

    /** Inline markup of one line; also used for members' own replies. */
    String inline(String raw) {
        return inline(raw, false);
    }

    private String inline(String raw, boolean links) {
        List<String> tokens = new ArrayList<>();
        String text = raw.replace("\u0000", "");
        if (links) {
            text = replace(LINK, text, m -> token(tokens, "<a href=\"" + escape(m.group()) + "\" target=\"_blank\" "
                    + "rel=\"noopener noreferrer\">" + escape(m.group()) + "</a>"));
        }
        text = replace(CODE, text, m -> token(tokens, "<code>" + escape(m.group(1)) + "</code>"));
        text = replace(MENTION, text, m -> token(tokens, "<span class=\"mention\">@" + escape(nameOf.apply(m.group(1)))
                + "</span>"));
        text = escape(text);
        text = replace(BOLD, text, m -> "<strong>" + m.group(1) + "</strong>");
        text = replace(ITALIC, text, m -> "<em>" + m.group(1) + "</em>");
        return replace(TOKEN, text, m -> tokens.get(Integer.parseInt(m.group(1))));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String token(List<String> tokens, String html) {
        tokens.add(html);
        return "\u0000" + (tokens.size() - 1) + "\u0000";
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static void flushText(List<String> lines, StringBuilder html) {
        if (!lines.isEmpty()) {
            html.append("<p>").append(String.join("<br>", lines)).append("</p>");
            lines.clear();
        }
    }

    private static void flushBullets(List<String> bullets, StringBuilder html) {
        if (!bullets.isEmpty()) {
            html.append("<ul>");
            bullets.forEach(item -> html.append("<li>").append(item).append("</li>"));
            html.append("</ul>");
            bullets.clear();
        }
    }
}
