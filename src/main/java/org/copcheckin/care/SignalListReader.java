package org.copcheckin.care;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a signal list (YAML) strictly: an unknown key, a kind without sources or phrases, an unknown word class
 * or a phrase that cannot match is refused with the origin and the entry named, so a deployment's own list fails
 * at start-up rather than silently matching nothing.
 */
final class SignalListReader {

    private static final Set<String> TOP_LEVEL = Set.of("language", "sources", "words", "ignore", "negations",
            "frames", "disclosures", "kinds");
    private static final Set<String> KIND_KEYS = Set.of("id", "label", "sources", "phrases", "not");

    private final String origin;
    private final Map<String, Set<String>> classes = new LinkedHashMap<>();
    private final List<Phrase> phrases = new ArrayList<>();

    private SignalListReader(String origin) {
        this.origin = origin;
    }

    static CrisisSignals read(InputStream yaml, String origin) {
        return new SignalListReader(origin).read(yaml);
    }

    private CrisisSignals read(InputStream yaml) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (RuntimeException e) {
            throw invalid("is not valid YAML (" + e.getMessage() + ")");
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw invalid("needs a top-level map with a 'kinds' list");
        }
        for (Object key : map.keySet()) {
            if (!TOP_LEVEL.contains(String.valueOf(key))) {
                throw invalid("has an unknown key '" + key + "' (known: " + String.join(", ", TOP_LEVEL) + ")");
            }
        }
        readClasses(map.get("words"));
        phrases(map.get("ignore"), "ignore", Phrase.Role.IGNORE, -1);
        phrases(map.get("negations"), "negations", Phrase.Role.NEGATION, -1);
        phrases(map.get("frames"), "frames", Phrase.Role.FRAME, -1);
        phrases(map.get("disclosures"), "disclosures", Phrase.Role.DISCLOSURE, -1);
        List<SignalKind> kinds = readKinds(map.get("kinds"));
        return new CrisisSignals(kinds, phrases);
    }

    private void readClasses(Object words) {
        if (words == null) {
            return;
        }
        if (!(words instanceof Map<?, ?> map)) {
            throw invalid("'words' must map class names to lists of words");
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String name = String.valueOf(entry.getKey());
            Set<String> members = new HashSet<>();
            for (String word : strings(entry.getValue(), "words." + name)) {
                if (word.startsWith("@")) {
                    Set<String> earlier = classes.get(word.substring(1));
                    if (earlier == null) {
                        throw invalid("word class '" + name + "' uses " + word + ", which is not defined above it");
                    }
                    members.addAll(earlier);
                } else {
                    try {
                        Phrase.addWord(word, new HashSet<>(), new ArrayList<>(), "words." + name);
                    } catch (IllegalArgumentException e) {
                        throw invalid(e.getMessage());
                    }
                    members.add(word);
                }
            }
            classes.put(name, Set.copyOf(members));
        }
    }

    private List<SignalKind> readKinds(Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw invalid("needs a non-empty 'kinds' list");
        }
        if (list.size() > 63) {
            throw invalid("has more than 63 kinds");
        }
        List<SignalKind> kinds = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> kind)) {
                throw invalid("each kind must be a map with id, label, sources and phrases");
            }
            String id = kind.get("id") == null ? "" : String.valueOf(kind.get("id")).strip();
            for (Object key : kind.keySet()) {
                if (!KIND_KEYS.contains(String.valueOf(key))) {
                    throw invalid("kind '" + id + "' has an unknown key '" + key + "'");
                }
            }
            if (!id.matches("[a-z0-9][a-z0-9-]*") || !ids.add(id)) {
                throw invalid("kind id '" + id + "' must be unique, lower case, digits and dashes");
            }
            Object label = kind.get("label");
            if (label == null || String.valueOf(label).isBlank()) {
                throw invalid("kind '" + id + "' needs a label");
            }
            if (strings(kind.get("sources"), id + ".sources").isEmpty()) {
                throw invalid("kind '" + id + "' needs at least one source");
            }
            int index = kinds.size();
            if (strings(kind.get("phrases"), id + ".phrases").isEmpty()) {
                throw invalid("kind '" + id + "' needs at least one phrase");
            }
            phrases(kind.get("phrases"), id + ".phrases", Phrase.Role.SIGNAL, index);
            phrases(kind.get("not"), id + ".not", Phrase.Role.NOT, index);
            kinds.add(new SignalKind(id, String.valueOf(label).strip()));
        }
        return kinds;
    }

    private void phrases(Object value, String where, Phrase.Role role, int kind) {
        for (String text : strings(value, where)) {
            try {
                phrases.add(Phrase.compile(text, role, kind, classes));
            } catch (IllegalArgumentException e) {
                throw invalid(where + ": " + e.getMessage());
            }
        }
    }

    private List<String> strings(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw invalid("'" + where + "' must be a list");
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            if (item == null || String.valueOf(item).isBlank()) {
                throw invalid("'" + where + "' has an empty entry");
            }
            if (!(item instanceof String)) {
                // YAML reads a bare on, off, yes or no as a boolean and 12 as a number: the word would be lost
                throw invalid("'" + where + "' has the entry " + item + ", which YAML did not read as text: put it in "
                        + "quotes");
            }
            strings.add(String.valueOf(item).strip());
        }
        return strings;
    }

    private IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException("Crisis signal list " + origin + " " + problem);
    }
}
