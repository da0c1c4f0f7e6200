package org.copcheckin.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copcheckin.community.Language;
import org.copcheckin.platform.MemberRef;

/**
 * Reads {@code /cop} text (Slack, the playground) against the catalogue: finds the row by its words, then its
 * options by their form. A pure function; the options' values are checked by {@link Binding}.
 */
final class TextParser {

    private static final Pattern MENTION = Pattern.compile("<member:(\\d+)>");

    private TextParser() {
    }

    /** The outcome: a row and its raw option values, input that names a row badly, or an unknown word. */
    sealed interface Parsed {
        record Found(Subcommand subcommand, Map<String, Object> raw) implements Parsed {
        }

        record Malformed(List<Subcommand> usage, String problem) implements Parsed {
        }

        record Unknown(String word) implements Parsed {
        }
    }

    private record Token(String word, int start) {
    }

    static Parsed parse(Catalogue catalogue, String text, List<MemberRef> mentions) {
        return parse(catalogue, text, mentions, Language.EN);
    }

    /** The same, with what is wrong said in the community's language. */
    static Parsed parse(Catalogue catalogue, String text, List<MemberRef> mentions, Language l) {
        List<Token> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return new Parsed.Found(catalogue.find(List.of("help")).orElseThrow(), Map.of());
        }
        String first = catalogue.groupWord(tokens.get(0).word());
        List<Subcommand> group = catalogue.rows().stream()
                .filter(row -> row.path().size() == 2 && row.path().get(0).equals(first)).toList();
        if (!group.isEmpty()) {
            return inGroup(text, tokens, mentions, group, l);
        }
        return catalogue.rows().stream().filter(row -> row.path().size() == 1 && names(row, first)).findFirst()
                .map(row -> options(row, text, tokens, 1, mentions, l))
                .orElseGet(() -> new Parsed.Unknown(tokens.get(0).word()));
    }

    private static Parsed inGroup(String text, List<Token> tokens, List<MemberRef> mentions, List<Subcommand> group,
                                  Language l) {
        String verbs = verbs(group, l);
        if (tokens.size() < 2) {
            return group.stream().filter(row -> row.aliases().contains("")).findFirst()
                    .map(row -> options(row, text, tokens, 1, mentions, l))
                    .orElseGet(() -> new Parsed.Malformed(group, l.text("parse.say", verbs)));
        }
        String verb = tokens.get(1).word().toLowerCase(Locale.ROOT);
        // a group's bare row that takes options also takes words that are not a verb: "partners housing"
        Optional<Subcommand> bare = group.stream().filter(row -> row.aliases().contains("") && !row.options().isEmpty())
                .findFirst();
        return group.stream().filter(row -> names(row, verb)).findFirst()
                .map(row -> options(row, text, tokens, 2, mentions, l))
                .or(() -> bare.map(row -> options(row, text, tokens, 1, mentions, l)))
                .orElseGet(() -> new Parsed.Malformed(group, l.text("parse.not.verb",
                        group.get(0).path().get(0) + " " + tokens.get(1).word(), verbs)));
    }

    private static boolean names(Subcommand row, String word) {
        String last = row.path().get(row.path().size() - 1);
        return last.equals(word.toLowerCase(Locale.ROOT)) || row.aliases().contains(word.toLowerCase(Locale.ROOT));
    }

    static String verbs(List<Subcommand> group) {
        return verbs(group, Language.EN);
    }

    static String verbs(List<Subcommand> group, Language l) {
        List<String> verbs = group.stream().map(row -> row.path().get(1)).toList();
        return verbs.size() == 1 ? verbs.get(0)
                : String.join(", ", verbs.subList(0, verbs.size() - 1)) + l.text("list.or") + verbs.get(verbs.size() - 1);
    }

    private static Parsed options(Subcommand row, String text, List<Token> tokens, int from, List<MemberRef> mentions,
                                  Language l) {
        Map<String, Object> raw = new LinkedHashMap<>();
        List<Option> positional = row.options().stream().filter(o -> o.form() == Option.Form.POSITIONAL).toList();
        int next = 0;
        for (int i = from; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            Optional<Option> byWord = row.options().stream().filter(o -> o.form() != Option.Form.POSITIONAL
                    && o.word().equalsIgnoreCase(word) && !raw.containsKey(o.name())).findFirst();
            if (byWord.isPresent()) {
                Option option = byWord.get();
                if (option.form() == Option.Form.FLAG) {
                    raw.put(option.name(), Boolean.TRUE);
                } else if (i + 1 >= tokens.size()) {
                    return new Parsed.Malformed(List.of(row), l.text("bind.needs", word, Binding.describe(option, l)));
                } else if (option.type() == Option.Type.TEXT) {
                    raw.put(option.name(), text.substring(tokens.get(i + 1).start()).strip());
                    break;
                } else {
                    raw.put(option.name(), value(option, tokens.get(++i).word(), mentions));
                }
            } else if (next < positional.size()) {
                Option option = positional.get(next++);
                if (option.type() == Option.Type.TEXT) {
                    raw.put(option.name(), text.substring(tokens.get(i).start()).strip());
                    break;
                }
                raw.put(option.name(), value(option, word, mentions));
                if (option.word() != null && i + 1 < tokens.size()
                        && tokens.get(i + 1).word().toLowerCase(Locale.ROOT).startsWith(option.word())) {
                    i++; // a unit after the number: "pause 2 weeks"
                }
            } else {
                return new Parsed.Malformed(List.of(row), row.options().isEmpty()
                        ? l.text("parse.no.words", row.typed())
                        : l.text("parse.not.taken", row.typed(), word));
            }
        }
        return new Parsed.Found(row, raw);
    }

    private static Object value(Option option, String word, List<MemberRef> mentions) {
        if (option.type() == Option.Type.MEMBER) {
            Matcher mention = MENTION.matcher(word);
            if (mention.matches() && Integer.parseInt(mention.group(1)) < mentions.size()) {
                return mentions.get(Integer.parseInt(mention.group(1)));
            }
        }
        return word;
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(new Token(text.substring(start, i), start));
            }
        }
        return tokens;
    }
}
