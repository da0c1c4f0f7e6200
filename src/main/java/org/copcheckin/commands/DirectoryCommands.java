package org.copcheckin.commands;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.copcheckin.community.Members;
import org.copcheckin.directory.Organisation;
import org.copcheckin.directory.PartnerCsv;
import org.copcheckin.directory.PartnerDirectory;
import org.copcheckin.directory.PublicDetails;
import org.copcheckin.insights.ServiceWords;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Component;

/**
 * The partner directory: a member's region, offers and listing ({@code profile region|offers|listed}), and
 * {@code partners} to find, add, import and remove organisations. Answers are private.
 */
@Component
class DirectoryCommands {

    private static final int MAX_SHOWN = 25;
    private static final int MAX_PROBLEMS = 20;

    private final Members members;
    private final PartnerDirectory directory;
    private final ServiceWords services;

    DirectoryCommands(Members members, PartnerDirectory directory, ServiceWords services) {
        this.members = members;
        this.directory = directory;
        this.services = services;
    }

    List<Subcommand> rows() {
        return List.of(
                Subcommand.in("profile", "profile", "region").member()
                        .option(Option.text("region", "Your organisation's area, up to 64 characters (none clears it)"))
                        .form("profile region <region>")
                        .does("your organisation's area, for the partner directory and eco-map rounds")
                        .example("profile region East County").answers(this::region),
                Subcommand.in("profile", "profile", "offers").member()
                        .option(Option.text("services", "Themes or words, separated by commas (none clears it)"))
                        .form("profile offers <themes>")
                        .does("what your organisation offers: themes such as housing, transport, food")
                        .example("profile offers housing, transport, food").answers(this::offers),
                Subcommand.in("profile", "profile", "listed").member()
                        .option(Option.word("choice", "yes or no", "yes", "no"))
                        .form("profile listed yes|no")
                        .does("whether directory answers may name you beside your organisation (no by default)")
                        .example("profile listed yes").answers(this::listed),
                Subcommand.in("partners", "partners", "find").member().alias("")
                        .option(Option.word("need", "A theme or word, such as housing"),
                                Option.text("region", "An area, such as East County").optional())
                        .form("partners <need> [region]")
                        .does("organisations offering it, privately: how many members each, named only if listed")
                        .example("partners housing East County").answers(this::find),
                Subcommand.in("partners", "partners", "add").member()
                        .option(Option.text("details", "name | region | services | public contact"))
                        .form("partners add <name> | <region> | <services> | <contact>")
                        .does("adds an organisation's public details to the directory (or updates it by name)")
                        .example("partners add Westside Food Bank | East County | food; transport | 555-0100, "
                                + "weekdays 9-5").answers(this::add),
                Subcommand.in("partners", "partners", "import").facilitator()
                        .option(Option.text("csv", "CSV with the columns name, region, services, contact").optional(),
                                Option.file("file", "Or a .csv file with those columns"))
                        .form("partners import <csv>")
                        .does("imports organisations from CSV text (columns name, region, services, contact)")
                        .example("partners import name,region,services,contact || Eastside Shelter,East County,"
                                + "housing,555-0101").answers(this::importCsv),
                Subcommand.in("partners", "partners", "remove").facilitator()
                        .option(Option.text("name", "The organisation's name"))
                        .form("partners remove <name>")
                        .does("removes an organisation from the directory")
                        .example("partners remove Westside Food Bank").answers(this::remove));
    }

    private Message region(Context context, Args args) {
        String region = args.string("region").orElseThrow().replaceAll("\\s+", " ");
        if (region.equalsIgnoreCase("none")) {
            members.setRegion(context.community(), context.caller().userId(), null);
            return Message.text("Your region is cleared.");
        }
        Optional<String> refusal = PublicDetails.regionRefusal(region);
        if (refusal.isPresent()) {
            return context.malformed(refusal.get());
        }
        members.setRegion(context.community(), context.caller().userId(), region);
        return Message.text("Your organisation's region is now *" + region + "*. Eco-map rounds group you with "
                + "members of other organisations in the same region.");
    }

    private Message offers(Context context, Args args) {
        String text = args.string("services").orElseThrow();
        if (text.strip().equalsIgnoreCase("none")) {
            members.setOffers(context.community(), context.caller().userId(), List.of());
            return Message.text("What your organisation offers is cleared.");
        }
        Set<String> keys = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String word : PartnerCsv.serviceWords(text)) {
            services.resolve(context.community(), word).ifPresentOrElse(found -> keys.add(found.key()),
                    () -> unknown.add(word));
        }
        if (!unknown.isEmpty()) {
            return context.malformed(unknownWords(unknown));
        }
        if (keys.size() > 20) {
            return context.malformed("Name at most 20 themes or words.");
        }
        members.setOffers(context.community(), context.caller().userId(), List.copyOf(keys));
        return Message.of("", "Your organisation offers: " + labels(keys) + ".",
                "`/cop partners <need>` finds it; you are named there only after `/cop profile listed yes`.");
    }

    private Message listed(Context context, Args args) {
        boolean yes = "yes".equals(args.string("choice").orElseThrow());
        members.setListed(context.community(), context.caller().userId(), yes);
        return Message.text(yes
                ? "Directory answers may now name you beside your organisation. `/cop profile listed no` stops it."
                : "Directory answers count you with your organisation without naming you.");
    }

    private Message find(Context context, Args args) {
        String need = args.string("need").orElseThrow();
        Optional<String> region = args.string("region").map(r -> r.replaceFirst("(?i)^in\\s+", "").strip())
                .filter(r -> !r.isEmpty());
        Optional<ServiceWords.ServiceWord> service = services.resolve(context.community(), need);
        if (service.isEmpty()) {
            return context.malformed(unknownWords(List.of(need)));
        }
        if (region.isPresent() && PublicDetails.regionRefusal(region.get()).isPresent()) {
            return context.malformed(PublicDetails.regionRefusal(region.get()).get());
        }
        List<PartnerDirectory.Match> matches = directory.find(context.community(), service.get().key(), region);
        String what = "*" + service.get().label() + "*" + region.map(r -> " in *" + r + "*").orElse("");
        if (matches.isEmpty()) {
            return Message.of("Partners: " + service.get().label(), "No organisation here offers " + what + " yet.",
                    "Members add theirs with `/cop profile offers`; a facilitator imports a list with "
                            + "`/cop partners import`.");
        }
        Message.Mentions mentions = new Message.Mentions();
        List<String> lines = matches.stream().limit(MAX_SHOWN).map(match -> line(match, context, mentions)).toList();
        String more = matches.size() > MAX_SHOWN ? "\n… and " + (matches.size() - MAX_SHOWN) + " more" : "";
        return new Message("Partners: " + service.get().label(), List.of("Organisations offering " + what + ":\n"
                        + String.join("\n", lines) + more,
                "Members are named only when they chose `/cop profile listed yes`."), List.of(), mentions.members());
    }

    private static String line(PartnerDirectory.Match match, Context context, Message.Mentions mentions) {
        String name = match.name().isEmpty() ? "_organisation not given_" : "*" + match.name() + "*";
        StringBuilder line = new StringBuilder("• ").append(name).append(match.region().map(r -> " (" + r + ")").orElse(""));
        if (match.members() > 0) {
            line.append(": ").append(match.members()).append(match.members() == 1 ? " member here" : " members here");
            if (!match.listedMembers().isEmpty()) {
                int unnamed = match.members() - match.listedMembers().size();
                line.append(" (").append(String.join(", ", match.listedMembers().stream()
                        .map(id -> mentions.of(context.community().channel().member(id)))
                        .toList())).append(unnamed > 0 ? " and " + unnamed + " not listed" : "").append(")");
            }
        }
        match.contact().ifPresent(contact -> line.append(" · contact: ").append(contact));
        return line.toString();
    }

    private Message add(Context context, Args args) {
        String[] parts = args.string("details").orElseThrow().split("\\|", -1);
        if (parts.length < 3 || parts.length > 4) {
            return context.malformed("Give the name, region, services and contact separated by `|`: `/cop partners "
                    + "add Westside Food Bank | East County | food; transport | 555-0100`.");
        }
        String name = parts[0].strip().replaceAll("\\s+", " ");
        String region = parts[1].strip().replaceAll("\\s+", " ");
        String contact = parts.length == 4 ? parts[3].strip() : "";
        Optional<String> refusal = PublicDetails.nameRefusal(name).or(() -> PublicDetails.regionRefusal(region))
                .or(() -> PublicDetails.contactRefusal(contact));
        if (refusal.isPresent()) {
            return context.malformed(refusal.get());
        }
        List<String> keys = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String word : PartnerCsv.serviceWords(parts[2])) {
            services.resolve(context.community(), word).ifPresentOrElse(found -> keys.add(found.key()),
                    () -> unknown.add(word));
        }
        if (!unknown.isEmpty()) {
            return context.malformed(unknownWords(unknown));
        }
        if (keys.isEmpty()) {
            return context.malformed("Name at least one service, such as housing or food.");
        }
        directory.save(context.community(), new Organisation(name, Optional.of(region), keys.stream().distinct().toList(),
                Optional.of(contact)), PartnerDirectory.Source.ADDED);
        return Message.of("", "*" + name + "*" + (region.isEmpty() ? "" : " (" + region + ")") + " is in the "
                + "directory, offering " + labels(keys) + ".", "Only the organisation's public details are kept.");
    }

    private Message importCsv(Context context, Args args) {
        Optional<String> csv = args.string("file").or(() -> args.string("csv"));
        if (csv.isEmpty()) {
            return context.malformed("Paste the CSV after the command (or, in Discord, attach the file): its first "
                    + "row names the columns `name,region,services,contact`.");
        }
        PartnerCsv.Parsed parsed = PartnerCsv.parse(csv.get(),
                word -> services.resolve(context.community(), word).map(ServiceWords.ServiceWord::key));
        if (!parsed.missingColumns().isEmpty()) {
            return context.malformed("Nothing was imported: the first row must name the columns "
                    + "`name,region,services,contact`, and it lacks " + String.join(", ", parsed.missingColumns()) + ".");
        }
        directory.saveAll(context.community(), parsed.rows().stream().map(PartnerCsv.Row::organisation).toList(),
                PartnerDirectory.Source.IMPORTED);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Imported " + parsed.rows().size() + (parsed.rows().size() == 1 ? " organisation" : " organisations")
                + " into this channel's directory" + (parsed.problems().isEmpty() ? "." : "; the lines below were not."));
        if (!parsed.problems().isEmpty()) {
            paragraphs.add(String.join("\n", parsed.problems().stream().limit(MAX_PROBLEMS)
                    .map(p -> "• line " + p.line() + ": " + p.reason()).toList())
                    + (parsed.problems().size() > MAX_PROBLEMS ? "\n… and " + (parsed.problems().size() - MAX_PROBLEMS)
                    + " more lines" : ""));
            paragraphs.add("Fix them and import the whole file again: organisations already imported are updated by "
                    + "name, not repeated.");
        }
        if (!parsed.ignoredColumns().isEmpty()) {
            paragraphs.add("Columns not kept (the directory stores only name, region, services and contact): "
                    + String.join(", ", parsed.ignoredColumns()) + ".");
        }
        return new Message("Partner import", paragraphs, List.of());
    }

    private Message remove(Context context, Args args) {
        String name = args.string("name").orElseThrow();
        return directory.remove(context.community(), name)
                ? Message.text("Removed *" + name.strip() + "* from the directory.")
                : Message.of("", "*" + name.strip() + "* is not in this channel's directory.");
    }

    private String labels(java.util.Collection<String> keys) {
        return String.join(", ", keys.stream().map(services::label).toList());
    }

    private String unknownWords(List<String> unknown) {
        return String.join(", ", unknown.stream().map(w -> "*" + w + "*").toList())
                + (unknown.size() == 1 ? " is" : " are") + " not a theme or a word of the vocabulary. Themes: "
                + String.join(", ", services.themes().keySet()) + "; a facilitator can add a local word with "
                + "`/cop vocabulary add`.";
    }
}
