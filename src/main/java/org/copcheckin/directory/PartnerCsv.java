package org.copcheckin.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.copcheckin.community.Wording;

/**
 * Reads a facilitator's CSV of organisations: a header row naming the columns {@code name}, {@code region},
 * {@code services} and {@code contact} (in any order; {@code organisation}, {@code area}, {@code offers} also
 * do), then one organisation a row. Quoted cells may hold commas. Services are theme ids or vocabulary words,
 * separated by semicolons, commas or spaces. Other columns are ignored and never stored. Rows are separated by
 * line breaks, or by {@code ||} in text that has none (Discord's one-line options). Pure.
 *
 * <p>A header without one of the four columns refuses the whole file; a bad row is reported by its line number
 * and the good rows are kept (importing the corrected file again updates them by name).
 */
public final class PartnerCsv {

    public static final int MAX_ROWS = 500;
    static final List<String> COLUMNS = List.of("name", "region", "services", "contact");
    private static final Map<String, String> ALIASES = Map.of("organisation", "name", "organization", "name",
            "area", "region", "offers", "services", "contact line", "contact", "public contact", "contact",
            "public contact line", "contact");

    /** One organisation read from a line. */
    public record Row(int line, Organisation organisation) {
    }

    /** What is wrong with a line, put in the community's language when answered. */
    public record Problem(int line, Wording why) {

        /** The English text, for logs and tests. */
        public String reason() {
            return why.english();
        }
    }

    /**
     * @param missingColumns columns the header lacks (then nothing was read)
     * @param ignoredColumns columns of the header that are not stored
     */
    public record Parsed(List<Row> rows, List<Problem> problems, List<String> missingColumns,
                         List<String> ignoredColumns) {
    }

    private PartnerCsv() {
    }

    /** @param service the stored key of a service word, or empty when the word is not allowed */
    public static Parsed parse(String text, Function<String, Optional<String>> service) {
        String body = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        if (!body.contains("\n")) {
            body = body.replace("||", "\n");
        }
        List<Line> lines = records(body);
        lines.removeIf(line -> line.cells().stream().allMatch(String::isBlank));
        if (lines.isEmpty()) {
            return new Parsed(List.of(), List.of(), COLUMNS, List.of());
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        List<String> header = lines.get(0).cells();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String column = ALIASES.getOrDefault(name, name);
            if (COLUMNS.contains(column) && !index.containsKey(column)) {
                index.put(column, c);
            } else if (!name.isEmpty()) {
                ignored.add(header.get(c).strip());
            }
        }
        List<String> missing = COLUMNS.stream().filter(column -> !index.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            return new Parsed(List.of(), List.of(), missing, ignored);
        }
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Line line : lines.subList(1, lines.size())) {
            if (rows.size() >= MAX_ROWS) {
                problems.add(new Problem(line.number(), Wording.of("partners.csv.too.many", MAX_ROWS)));
                continue;
            }
            read(line, index, header.size(), service).ifPresentOrElse(problem -> problems.add(problem), () -> {
                Organisation organisation = organisation(line, index, service);
                Integer before = seen.putIfAbsent(organisation.name().toLowerCase(Locale.ROOT), line.number());
                if (before != null) {
                    problems.add(new Problem(line.number(), Wording.of("partners.csv.twice",
                            organisation.name(), before)));
                } else {
                    rows.add(new Row(line.number(), organisation));
                }
            });
        }
        return new Parsed(rows, problems, List.of(), ignored);
    }

    private static Optional<Problem> read(Line line, Map<String, Integer> index, int columns,
                                          Function<String, Optional<String>> service) {
        int needed = index.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (line.cells().size() < needed) {
            return Optional.of(new Problem(line.number(), Wording.of("partners.csv.columns", line.cells().size(),
                    columns)));
        }
        Optional<Wording> refusal = PublicDetails.nameRefusal(cell(line, index, "name"))
                .or(() -> PublicDetails.regionRefusal(cell(line, index, "region")))
                .or(() -> PublicDetails.contactRefusal(cell(line, index, "contact")));
        if (refusal.isPresent()) {
            return Optional.of(new Problem(line.number(), refusal.get()));
        }
        List<String> words = serviceWords(cell(line, index, "services"));
        if (words.isEmpty()) {
            return Optional.of(new Problem(line.number(), Wording.of("partners.csv.no.services")));
        }
        List<String> unknown = words.stream().filter(word -> service.apply(word).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            return Optional.of(new Problem(line.number(), Wording.of(unknown.size() == 1 ? "partners.csv.unknown.one"
                    : "partners.csv.unknown.many", String.join(", ", unknown.stream().map(w -> "*" + w + "*").toList()))));
        }
        return Optional.empty();
    }

    private static Organisation organisation(Line line, Map<String, Integer> index,
                                             Function<String, Optional<String>> service) {
        List<String> services = serviceWords(cell(line, index, "services")).stream()
                .map(word -> service.apply(word).orElseThrow()).distinct().toList();
        return new Organisation(cell(line, index, "name").strip().replaceAll("\\s+", " "),
                Optional.of(cell(line, index, "region").strip().replaceAll("\\s+", " ")), services,
                Optional.of(cell(line, index, "contact").strip()));
    }

    /** Services as written: separated by semicolons, commas, slashes or spaces. */
    public static List<String> serviceWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[;,/\\s]+")) {
            if (!word.isBlank()) {
                words.add(word.strip());
            }
        }
        return words;
    }

    private static String cell(Line line, Map<String, Integer> index, String column) {
        return line.cells().get(index.get(column));
    }

    private record Line(int number, List<String> cells) {
    }

    /** RFC 4180 records: quoted cells may hold commas, doubled quotes and line breaks. */
    private static List<Line> records(String body) {
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int lineNo = 1;
        int start = 1;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    lineNo += ch == '\n' ? 1 : 0;
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n') {
                cells.add(cell.toString());
                lines.add(new Line(start, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                start = ++lineNo;
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        lines.add(new Line(start, List.copyOf(cells)));
        return lines;
    }
}
