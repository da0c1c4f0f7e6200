package org.copcheckin.commands;

import java.util.ArrayList;
import java.util.List;

/** The catalogue written out: the README's command table and the playground's example commands. */
public final class CommandTable {

    private CommandTable() {
    }

    /** The README's table: one line per group, its forms, who may run them and what they do. */
    public static String markdown(Catalogue catalogue) {
        StringBuilder table = new StringBuilder("| command | who | what it does |\n|---|---|---|\n");
        for (Catalogue.Group group : catalogue.groups()) {
            List<Subcommand> rows = catalogue.inGroup(group.name());
            String forms = String.join(" / ", merged(rows.stream().flatMap(row -> row.forms().stream()).toList())
                    .stream().map(form -> "`" + form.replace("|", "\\|") + "`").toList());
            table.append("| ").append(forms).append(" | ").append(who(group, rows)).append(" | ")
                    .append(group.description()).append(" |\n");
        }
        return table.toString();
    }

    /** Every row's example as the playground offers it ({@code /cop prompt word}); rows needing a mention left out. */
    public static List<String> examples(Catalogue catalogue) {
        return catalogue.rows().stream().map(Subcommand::example).filter(example -> !example.contains("@"))
                .map(example -> "/cop " + example).distinct().toList();
    }

    private static String who(Catalogue.Group group, List<Subcommand> rows) {
        List<String> open = rows.stream().filter(row -> !row.facilitatorOnly())
                .map(row -> row.path().get(row.path().size() - 1)).toList();
        if (open.isEmpty()) {
            return "facilitator";
        }
        return open.size() == rows.size() ? group.audience()
                : "facilitator (" + String.join(", ", open) + ": anyone)";
    }

    /** {@code vocabulary add <word>} and {@code vocabulary remove <word>} become {@code vocabulary add|remove <word>}. */
    private static List<String> merged(List<String> forms) {
        List<String> out = new ArrayList<>();
        for (String form : forms) {
            String[] words = form.split(" ", 3);
            if (!out.isEmpty() && words.length == 3) {
                String[] last = out.get(out.size() - 1).split(" ", 3);
                if (last.length == 3 && last[0].equals(words[0]) && last[2].equals(words[2])) {
                    out.set(out.size() - 1, last[0] + " " + last[1] + "|" + words[1] + " " + words[2]);
                    continue;
                }
            }
            out.add(form);
        }
        return out;
    }
}
