package org.copcheckin.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.copcheckin.community.PairingMode;
import org.copcheckin.pairing.Activity;
import org.copcheckin.pairing.LeftOut;
import org.copcheckin.pairing.PairingMembership;
import org.copcheckin.pairing.PairingRounds;
import org.copcheckin.pairing.RoundOutcome;
import org.copcheckin.pairing.RoundReport;
import org.copcheckin.pairing.RoundSummary;
import org.copcheckin.pairing.RoundTrigger;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Component;

/** {@code pair}, {@code pair preview} and the pairing line of {@code status}: the facilitator's private answers. */
@Component
class PairingCommands {

    private static final int MAX_LISTED = 40;

    private final PairingRounds rounds;
    private final PairingMembership membership;

    PairingCommands(PairingRounds rounds, PairingMembership membership) {
        this.rounds = rounds;
        this.membership = membership;
    }

    List<Subcommand> rows() {
        return List.of(Subcommand.in("pair", "pair").facilitator()
                .option(Option.integer("size", "Group size", 2, 3).named().optional(),
                        Option.flag("preview", "Only show the groups"),
                        Option.flag("ecomap", "Eco-map: groups of one region across organisations chart its resources"),
                        Option.word("mode", "Only members who join (opt-in), or everyone not opted out", "opt-in",
                                "opt-out").named().optional())
                .form("pair [size 2|3]", "pair preview", "pair ecomap [preview]", "pair mode opt-in|opt-out")
                .does("a round now, a preview, an eco-map round by region, or who is paired (opt-in or opt-out)")
                .example("pair size 3").answers(this::pair));
    }

    private Message pair(Context context, Args args) {
        Optional<String> mode = args.string("mode");
        int given = (args.integer("size").isPresent() ? 1 : 0) + (args.flag("preview") ? 1 : 0) + (mode.isPresent() ? 1 : 0);
        if (given > 1) {
            return context.malformed("Choose one: a size, preview or mode.");
        }
        if (mode.isPresent()) {
            if (args.flag("ecomap")) {
                return context.malformed("`ecomap` is a kind of round, not a mode: `/cop pair ecomap` runs one.");
            }
            return mode(context, mode.get().equals("opt-in") ? PairingMode.OPT_IN : PairingMode.OPT_OUT);
        }
        Activity activity = args.flag("ecomap") ? Activity.ECOMAP : Activity.PARTNER;
        // an eco-map charts best in threes: its default size is 3
        int size = args.integer("size").orElse(activity == Activity.ECOMAP ? 3L : 2L).intValue();
        return args.flag("preview") ? preview(context, size, activity) : round(context, size, activity);
    }

    private Message mode(Context context, PairingMode mode) {
        if (context.community().pairingMode() == mode) {
            return Message.text("Pairing in this channel already is " + modeName(mode) + "; nothing changed.");
        }
        Optional<String> problem = membership.changeMode(context.community(), mode);
        if (mode == PairingMode.OPT_OUT) {
            return Message.text("Pairing is now opt-out: every member who has not run `/cop optout` or paused is "
                    + "paired in the next round.");
        }
        return Message.text("Pairing is now opt-in: only members who join are paired. "
                + problem.map(p -> "I couldn't post the announcement with its *Join pairing* button (" + p
                        + "); members can join with `/cop optin`.")
                .orElse("I posted an announcement with a *Join pairing* button; `/cop optin` works too."));
    }

    private static String modeName(PairingMode mode) {
        return mode == PairingMode.OPT_IN ? "opt-in" : "opt-out";
    }

    private Message round(Context context, int size, Activity activity) {
        RoundReport report = rounds.run(context.community(), size, RoundTrigger.manual(), activity);
        List<String> paragraphs = new ArrayList<>();
        String title = (activity == Activity.ECOMAP ? "Eco-map round #" : "Pairing round #") + report.roundId().orElse(0) + (report.resumed() ? " (finished)" : "");
        if (report.groups().isEmpty()) {
            paragraphs.add((report.outcome() == RoundOutcome.FAILED ? "The round could not run: " : "No round ran: ")
                    + report.reason().orElse("nobody to pair") + ". Nothing was sent.");
        } else {
            int introduced = report.groups().size() - report.failedGroups().size();
            paragraphs.add((report.resumed() ? "Finished an earlier round that was interrupted or partial. " : "")
                    + "Introduced " + introduced + " of " + report.groups().size() + " groups privately ("
                    + report.groups().stream().mapToInt(List::size).sum() + " members). Nothing was posted in the channel.");
            if (activity == Activity.ECOMAP) {
                paragraphs.add("Each group works in one region for different organisations, and has the eco-map "
                        + "exercise with a button to add what it charts to the directory (`/cop partners`).");
            } else {
                report.triads().forEach(triad -> paragraphs.add("Group of three (so nobody is left out): "
                        + names(triad) + "."));
            }
        }
        report.notes().forEach(note -> paragraphs.add(note + "."));
        leftOut(report, paragraphs);
        if (!report.failedGroups().isEmpty()) {
            paragraphs.add("Not introduced (the platform refused or could not be reached): "
                    + String.join("; ", report.failedGroups().stream().map(PairingCommands::names).toList())
                    + ". Run `/cop pair` again today to retry only these groups; nobody is introduced twice.");
        }
        return new Message(title, paragraphs, List.of());
    }

    private Message preview(Context context, int size, Activity activity) {
        RoundReport report = rounds.preview(context.community(), size, activity);
        List<String> paragraphs = new ArrayList<>();
        if (report.groups().isEmpty()) {
            paragraphs.add("No round would run: " + report.reason().orElse("nobody to pair") + ".");
        } else {
            List<String> lines = report.groups().stream().limit(MAX_LISTED).map(group -> "• " + names(group)).toList();
            String more = report.groups().size() > MAX_LISTED
                    ? "\n… and " + (report.groups().size() - MAX_LISTED) + " more groups" : "";
            paragraphs.add(String.join("\n", lines) + more);
            paragraphs.add(activity == Activity.ECOMAP ? "Groups of one region, across organisations. "
                    + "`/cop pair ecomap` introduces these groups with the eco-map exercise."
                    : "The first member of each group shares first. `/cop pair` introduces these groups.");
        }
        report.notes().forEach(note -> paragraphs.add(note + "."));
        leftOut(report, paragraphs);
        return new Message((activity == Activity.ECOMAP ? "Eco-map preview" : "Pairing preview")
                + ": nothing was sent", paragraphs, List.of());
    }

    /** Adds the last pairing round and its outcome to the {@code status} answer. */
    Message withPairingStatus(Context context, Message status) {
        String line = rounds.lastRound(context.community()).map(last -> describe(last, context))
                .orElse("no round yet (`/cop pair` runs one)");
        List<String> paragraphs = new ArrayList<>(status.paragraphs());
        paragraphs.add("*Pairing*: last round " + line);
        return new Message(status.title(), paragraphs, status.buttons());
    }

    private static String describe(RoundSummary last, Context context) {
        String outcome = last.outcome().name().toLowerCase(Locale.ROOT);
        String detail = last.groups() + " groups" + (last.failedGroups() > 0 ? ", " + last.failedGroups()
                + " not introduced" : "") + last.reason().map(why -> "; " + why).orElse("");
        return "#" + last.roundId() + " " + StatusFormat.dateTime(last.startedAt().atZone(context.community().zone()))
                + " (" + last.trigger().name().toLowerCase(Locale.ROOT) + ") " + outcome + " (" + detail + ")";
    }

    private static void leftOut(RoundReport report, List<String> paragraphs) {
        if (!report.leftOut().isEmpty()) {
            paragraphs.add("Not included: " + String.join(", ", report.leftOut().stream().limit(MAX_LISTED)
                    .map(PairingCommands::leftOut).toList())
                    + (report.leftOut().size() > MAX_LISTED ? " and " + (report.leftOut().size() - MAX_LISTED) + " more" : "")
                    + ".");
        }
    }

    private static String leftOut(LeftOut member) {
        return "<@" + member.userId() + "> (" + member.why() + ")";
    }

    private static String names(List<String> group) {
        return String.join(" + ", group.stream().map(id -> "<@" + id + ">").toList());
    }
}
