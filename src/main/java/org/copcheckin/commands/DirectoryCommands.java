package org.copcheckin.commands;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.copcheckin.community.Language;
import org.copcheckin.community.Members;
import org.copcheckin.community.Wording;
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
        Language l = context.language();
        String region = args.string("region").orElseThrow().replaceAll("\\s+", " ");
        if (region.equalsIgnoreCase("none")) {
            members.setRegion(context.community(), context.caller().userId(), null);
            return Message.text(l.text("partners.region.cleared"));
        }
        Optional<Wording> refusal = PublicDetails.regionRefusal(region);
        if (refusal.isPresent()) {
            return context.malformed(refusal.get().in(l));
        }
        members.setRegion(context.community(), context.caller().userId(), region);
        return Message.text(l.text("partners.region.set", region));
    }

    private Message offers(Context context, Args args) {
        Language l = context.language();
        String text = args.string("services").orElseThrow();
        if (text.strip().equalsIgnoreCase("none")) {
            members.setOffers(context.community(), context.caller().userId(), List.of());
            return Message.text(l.text("partners.offers.cleared"));
        }
        Set<String> keys = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String word : PartnerCsv.serviceWords(text)) {
            services.resolve(context.community(), word).ifPresentOrElse(found -> keys.add(found.key()),
                    () -> unknown.add(word));
        }
        if (!unknown.isEmpty()) {
            return context.malformed(unknownWords(unknown, l));
        }
        if (keys.size() > 20) {
            return context.malformed(l.text("partners.offers.many"));
        }
        members.setOffers(context.community(), context.caller().userId(), List.copyOf(keys));
        return Message.of("", l.text("partners.offers.set", labels(keys, l)), l.text("partners.offers.note"));
    }

    private Message listed(Context context, Args args) {
        boolean yes = "yes".equals(args.string("choice").orElseThrow());
        members.setListed(context.community(), context.caller().userId(), yes);
        return Message.text(context.language().text(yes ? "partners.listed.yes" : "partners.listed.no"));
    }

    private Message find(Context context, Args args) {
        Language l = context.language();
        String need = args.string("need").orElseThrow();
        Optional<String> region = args.string("region").map(r -> r.replaceFirst("(?i)^(in|en|dans)\\s+", "").strip())
                .filter(r -> !r.isEmpty());
        Optional<ServiceWords.ServiceWord> service = services.resolve(context.community(), need);
        if (service.isEmpty()) {
            return context.malformed(unknownWords(List.of(need), l));
        }
        if (region.isPresent() && PublicDetails.regionRefusal(region.get()).isPresent()) {
            return context.malformed(PublicDetails.regionRefusal(region.get()).get().in(l));
        }
        List<PartnerDirectory.Match> matches = directory.find(context.community(), service.get().key(), region);
        String label = service.get().label();
        String what = region.map(r -> l.text("partners.what.in", label, r)).orElse("*" + label + "*");
        String title = l.text("partners.title", label);
        if (matches.isEmpty()) {
            return Message.of(title, l.text("partners.none", what), l.text("partners.none.hint"));
        }
        Message.Mentions mentions = new Message.Mentions();
        List<String> lines = matches.stream().limit(MAX_SHOWN).map(match -> line(match, context, mentions)).toList();
        String more = matches.size() > MAX_SHOWN ? "\n" + l.text("calendar.more", matches.size() - MAX_SHOWN) : "";
        return new Message(title, List.of(l.text("partners.found", what) + "\n" + String.join("\n", lines) + more,
                l.text("partners.found.note")), List.of(), mentions.members());
    }

    private static String line(PartnerDirectory.Match match, Context context, Message.Mentions mentions) {
        Language l = context.language();
        String name = match.name().isEmpty() ? "_" + l.text("partners.no.name") + "_" : "*" + match.name() + "*";
        StringBuilder line = new StringBuilder("• ").append(name).append(match.region().map(r -> " (" + r + ")").orElse(""));
        if (match.members() > 0) {
            line.append(": ").append(l.plural("partners.members.here", match.members()));
            if (!match.listedMembers().isEmpty()) {
                int unnamed = match.members() - match.listedMembers().size();
                line.append(" (").append(String.join(", ", match.listedMembers().stream()
                        .map(id -> mentions.of(context.community().channel().member(id)))
                        .toList())).append(unnamed > 0 ? l.text("partners.not.listed", unnamed) : "").append(")");
            }
        }
        match.contact().ifPresent(contact -> line.append(l.text("partners.contact", contact)));
        return line.toString();
    }

    private Message add(Context context, Args args) {
        Language l = context.language();
        String[] parts = args.string("details").orElseThrow().split("\\|", -1);
        if (parts.length < 3 || parts.length > 4) {
            return context.malformed(l.text("partners.add.parts"));
        }
        String name = parts[0].strip().replaceAll("\\s+", " ");
        String region = parts[1].strip().replaceAll("\\s+", " ");
        String contact = parts.length == 4 ? parts[3].strip() : "";
        Optional<Wording> refusal = PublicDetails.nameRefusal(name).or(() -> PublicDetails.regionRefusal(region))
                .or(() -> PublicDetails.contactRefusal(contact));
        if (refusal.isPresent()) {
            return context.malformed(refusal.get().in(l));
        }
        List<String> keys = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String word : PartnerCsv.serviceWords(parts[2])) {
            services.resolve(context.community(), word).ifPresentOrElse(found -> keys.add(found.key()),
                    () -> unknown.add(word));
        }
        if (!unknown.isEmpty()) {
            return context.malformed(unknownWords(unknown, l));
        }
        if (keys.isEmpty()) {
            return context.malformed(l.text("partners.add.no.service"));
        }
        directory.save(context.community(), new Organisation(name, Optional.of(region), keys.stream().distinct().toList(),
                Optional.of(contact)), PartnerDirectory.Source.ADDED);
        return Message.of("", l.text("partners.added", "*" + name + "*" + (region.isEmpty() ? "" : " (" + region + ")"),
                labels(keys, l)), l.text("partners.added.note"));
    }

    private Message importCsv(Context context, Args args) {
        Language l = context.language();
        Optional<String> csv = args.string("file").or(() -> args.string("csv"));
        if (csv.isEmpty()) {
            return context.malformed(l.text("partners.import.paste"));
        }
        PartnerCsv.Parsed parsed = PartnerCsv.parse(csv.get(),
                word -> services.resolve(context.community(), word).map(ServiceWords.ServiceWord::key));
        if (!parsed.missingColumns().isEmpty()) {
            return context.malformed(l.text("partners.import.columns", String.join(", ", parsed.missingColumns().stream()
                    .map(column -> "`" + column + "`").toList())));
        }
        directory.saveAll(context.community(), parsed.rows().stream().map(PartnerCsv.Row::organisation).toList(),
                PartnerDirectory.Source.IMPORTED);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(l.plural(parsed.problems().isEmpty() ? "partners.imported" : "partners.imported.but",
                parsed.rows().size()));
        if (!parsed.problems().isEmpty()) {
            paragraphs.add(String.join("\n", parsed.problems().stream().limit(MAX_PROBLEMS)
                    .map(p -> "• " + l.text("partners.import.line", p.line(), p.why().in(l))).toList())
                    + (parsed.problems().size() > MAX_PROBLEMS ? "\n" + l.text("partners.import.more.lines",
                    parsed.problems().size() - MAX_PROBLEMS) : ""));
            paragraphs.add(l.text("partners.import.fix"));
        }
        if (!parsed.ignoredColumns().isEmpty()) {
            paragraphs.add(l.text("partners.import.ignored", String.join(", ", parsed.ignoredColumns())));
        }
        return new Message(l.text("partners.import.title"), paragraphs, List.of());
    }

    private Message remove(Context context, Args args) {
        Language l = context.language();
        String name = args.string("name").orElseThrow();
        return directory.remove(context.community(), name)
                ? Message.text(l.text("partners.removed", name.strip()))
                : Message.of("", l.text("partners.not.in", name.strip()));
    }

    private String labels(java.util.Collection<String> keys, Language l) {
        return String.join(", ", keys.stream().map(key -> services.label(key, l)).toList());
    }

    private String unknownWords(List<String> unknown, Language l) {
        return l.text(unknown.size() == 1 ? "partners.unknown.one" : "partners.unknown.many",
                String.join(", ", unknown.stream().map(w -> "*" + w + "*").toList()),
                // English names the themes by their ids; another language by its labels, whose first word it takes
                l == Language.EN ? String.join(", ", services.themes().keySet())
                        : String.join(", ", services.themes().keySet().stream().map(id -> services.label(id, l)).toList()));
    }
}
