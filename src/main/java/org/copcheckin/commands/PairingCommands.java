package org.copcheckin.commands;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.copcheckin.community.Community;
import org.copcheckin.community.PairingMode;
import org.copcheckin.pairing.Activity;
import org.copcheckin.pairing.PairingMembership;
import org.copcheckin.pairing.PairingRounds;
import org.copcheckin.pairing.RoundNote;
import org.copcheckin.pairing.RoundProgress;
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

    /** A round this recent that went through makes {@code pair} ask whether another one is meant. */
    static final Duration RECENT_ROUND = Duration.ofDays(1);

    private final PairingRounds rounds;
    private final PairingMembership membership;
    private final Confirmations confirmations;
    private final Clock clock;

    PairingCommands(PairingRounds rounds, PairingMembership membership, Confirmations confirmations, Clock clock) {
        this.rounds = rounds;
        this.membership = membership;
        this.confirmations = confirmations;
        this.clock = clock;
    }

    List<Subcommand> rows() {
        return List.of(Subcommand.in("pair", "pair").facilitator()
                .option(Option.integer("size", "Group size", 2, 3).named().optional(),
                        Option.flag("preview", "Only show the groups"),
                        Option.flag("ecomap", "Eco-map: groups of one region across organisations chart its resources"),
                        Option.word("mode", "Only members who join (opt-in), or everyone not opted out", "opt-in",
                                "opt-out").named().optional())
                .form("pair [size 2|3]", "pair preview [size 2|3]", "pair ecomap [preview]", "pair mode opt-in|opt-out")
                .does("a round now, a preview, an eco-map round by region, or who is paired (opt-in or opt-out)")
                .example("pair size 3")
                .confirmed((community, caller, value) -> confirmedRound(community, value))
                .handler(this::pair));
    }

    private Reply pair(Context context, Args args) {
        Optional<String> mode = args.string("mode");
        if (mode.isPresent() && (args.integer("size").isPresent() || args.flag("preview"))) {
            return context.answer(context.malformed("`mode` goes alone: `/cop pair mode opt-in` or `/cop pair mode "
                    + "opt-out` sets who is paired; a round or a preview takes a size."));
        }
        if (mode.isPresent()) {
            if (args.flag("ecomap")) {
                return context.answer(context.malformed("`ecomap` is a kind of round, not a mode: `/cop pair ecomap` runs one."));
            }
            return context.answer(mode(context, mode.get().equals("opt-in") ? PairingMode.OPT_IN : PairingMode.OPT_OUT));
        }
        Activity activity = args.flag("ecomap") ? Activity.ECOMAP : Activity.PARTNER;
        // an eco-map charts best in threes: its default size is 3
        int size = args.integer("size").orElse(activity == Activity.ECOMAP ? 3L : 2L).intValue();
        if (args.flag("preview")) {
            return context.answer(preview(context, size, activity));
        }
        Optional<RoundSummary> recent = rounds.lastRound(context.community())
                .filter(last -> last.outcome() == RoundOutcome.DONE)
                .filter(last -> last.startedAt().isAfter(clock.instant().minus(RECENT_ROUND)));
        if (recent.isPresent()) {
            return confirmations.ask(context, activity.name().toLowerCase(Locale.ROOT) + "-" + size, Message.of("Another pairing round?",
                    "Round #" + recent.get().roundId() + " introduced " + recent.get().groups() + " groups on "
                            + StatusFormat.dateTime(recent.get().startedAt().atZone(context.community().zone()))
                            + ". Another round now introduces everyone again, to new partners.",
                    "Press *Yes, run another round* within " + ConfirmationTokens.VALID.toMinutes()
                            + " minutes, or *Cancel*."), "Yes, run another round");
        }
        return context.answer(round(context.community(), size, activity));
    }

    /** The confirmed value is {@code activity-size} ("ecomap-3"); a bare size is a partner round. */
    private Message confirmedRound(Community community, String value) {
        int dash = value.indexOf('-');
        Activity activity = dash < 0 ? Activity.PARTNER : Activity.valueOf(value.substring(0, dash).toUpperCase(Locale.ROOT));
        return round(community, Integer.parseInt(value.substring(dash + 1)), activity);
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

    private Message round(Community community, int size, Activity activity) {
        RoundReport report = rounds.run(community, size, RoundTrigger.manual(), activity);
        Names names = new Names(community);
        List<String> paragraphs = new ArrayList<>();
        if (report.outcome() == RoundOutcome.RUNNING) {
            return underWay(report, names);
        }
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
                groupSizes(report, size, paragraphs, names);
            }
        }
        report.notes().forEach(note -> paragraphs.add(names.note(note) + "."));
        leftOut(report, paragraphs, names);
        if (!report.failedGroups().isEmpty()) {
            paragraphs.add("Not introduced (the platform refused or could not be reached): "
                    + String.join("; ", report.failedGroups().stream().map(names::group).toList())
                    + ". Run `/cop pair` again today to retry only these groups; nobody is introduced twice.");
        }
        return new Message(title, paragraphs, List.of(), names.members());
    }

    /** A round still introducing its groups at the platform's pace: how far it got, and where to follow it. */
    private static Message underWay(RoundReport report, Names names) {
        List<String> paragraphs = new ArrayList<>();
        int members = report.groups().stream().mapToInt(List::size).sum();
        paragraphs.add((report.resumed() ? "Finishing an earlier round that was interrupted or partial. " : "")
                + "Introducing " + count(report.groups().size()) + " groups privately (" + count(members)
                + " members) at the pace the platform allows; " + count(report.introduced()) + " introduced so far."
                + " Nothing is posted in the channel.");
        paragraphs.add("`/cop status` shows how far it got. Other commands work as usual meanwhile.");
        if (!report.failedGroups().isEmpty()) {
            paragraphs.add(count(report.failedGroups().size()) + " not introduced so far (the platform refused or "
                    + "could not be reached); once the round is over, `/cop pair` again today retries only those.");
        }
        leftOut(report, paragraphs, names);
        return new Message("Pairing round #" + report.roundId().orElse(0) + " under way", paragraphs, List.of(),
                names.members());
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * Says why a group differs from the size asked for, and only then: a triad in a round of pairs makes an odd count
     * work; in a round of threes, a pair is the rest of a count that does not divide by three.
     */
    private static void groupSizes(RoundReport report, int size, List<String> paragraphs, Names names) {
        if (size == 3) {
            List<List<String>> pairs = report.groups().stream().filter(group -> group.size() == 2).toList();
            paragraphs.add(pairs.isEmpty() ? "Groups of three, as asked."
                    : "Groups of three, as asked; " + pairs.size() + (pairs.size() == 1 ? " pair" : " pairs")
                    + " for the rest, since the count does not divide by three and nobody is left out: "
                    + String.join("; ", pairs.stream().map(names::group).toList()) + ".");
            return;
        }
        report.triads().forEach(triad -> paragraphs.add("Group of three (so nobody is left out): " + names.group(triad)
                + "."));
    }

    private Message preview(Context context, int size, Activity activity) {
        RoundReport report = rounds.preview(context.community(), size, activity);
        Names names = new Names(context.community());
        List<String> paragraphs = new ArrayList<>();
        if (report.groups().isEmpty()) {
            paragraphs.add("No round would run: " + report.reason().orElse("nobody to pair") + ".");
        } else {
            List<String> lines = report.groups().stream().limit(MAX_LISTED).map(group -> "• " + names.group(group)).toList();
            String more = report.groups().size() > MAX_LISTED
                    ? "\n… and " + (report.groups().size() - MAX_LISTED) + " more groups" : "";
            paragraphs.add(String.join("\n", lines) + more);
            paragraphs.add(activity == Activity.ECOMAP ? "Groups of one region, across organisations. "
                    + "`/cop pair ecomap` introduces these groups with the eco-map exercise."
                    : "The first member of each group shares first. `/cop pair" + (size == 3 ? " size 3" : "")
                            + "` introduces these groups.");
        }
        report.notes().forEach(note -> paragraphs.add(names.note(note) + "."));
        leftOut(report, paragraphs, names);
        return new Message((activity == Activity.ECOMAP ? "Eco-map preview" : "Pairing preview")
                + ": nothing was sent", paragraphs, List.of(), names.members());
    }

    /** Adds the last pairing round and its outcome (or, while it runs, its progress) to the {@code status} answer. */
    Message withPairingStatus(Context context, Message status) {
        Optional<RoundSummary> last = rounds.lastRound(context.community());
        String line = last.filter(round -> round.outcome() == RoundOutcome.RUNNING)
                .map(round -> running(round, rounds.progress(round), context))
                .orElseGet(() -> "last round " + last.map(round -> describe(round, context))
                        .orElse("no round yet (`/cop pair` runs one)"));
        List<String> paragraphs = new ArrayList<>(status.paragraphs());
        paragraphs.add("*Pairing*: " + line);
        return new Message(status.title(), paragraphs, status.buttons(), status.mentions());
    }

    /** "pairing round #12: 140 of 1,000 groups introduced", or where an interrupted round stopped. */
    private static String running(RoundSummary round, RoundProgress progress, Context context) {
        String counts = count(progress.introduced()) + " of " + count(progress.groups()) + " groups introduced"
                + (progress.failed() > 0 ? ", " + count(progress.failed()) + " not introduced so far" : "");
        String started = StatusFormat.dateTime(round.startedAt().atZone(context.community().zone()));
        if (progress.introducing()) {
            return "round #" + round.roundId() + " under way: " + counts + " (started " + started + ")";
        }
        return "round #" + round.roundId() + " interrupted at " + counts + " (started " + started
                + "); `/cop pair` finishes it without introducing anyone twice";
    }

    private static String describe(RoundSummary last, Context context) {
        String outcome = last.outcome().name().toLowerCase(Locale.ROOT);
        String detail = last.groups() + " groups" + (last.failedGroups() > 0 ? ", " + last.failedGroups()
                + " not introduced" : "") + last.reason().map(why -> "; " + why).orElse("");
        return "#" + last.roundId() + " " + StatusFormat.dateTime(last.startedAt().atZone(context.community().zone()))
                + " (" + last.trigger().name().toLowerCase(Locale.ROOT) + ") " + outcome + " (" + detail + ")";
    }

    private static void leftOut(RoundReport report, List<String> paragraphs, Names names) {
        if (!report.leftOut().isEmpty()) {
            paragraphs.add("Not included: " + String.join(", ", report.leftOut().stream().limit(MAX_LISTED)
                    .map(member -> names.member(member.userId()) + " (" + member.why() + ")").toList())
                    + (report.leftOut().size() > MAX_LISTED ? " and " + (report.leftOut().size() - MAX_LISTED) + " more" : "")
                    + ".");
        }
    }

    /** The members an answer names, as mentions of this channel's members. */
    private static final class Names {
        private final Message.Mentions mentions = new Message.Mentions();
        private final Community community;

        Names(Community community) {
            this.community = community;
        }

        String member(String userId) {
            return mentions.of(community.channel().member(userId));
        }

        String note(RoundNote note) {
            return note.lead() + String.join(", ", note.members().stream()
                    .map(named -> member(named.userId()) + (named.detail().isEmpty() ? "" : " (" + named.detail() + ")"))
                    .toList()) + note.tail();
        }

        String group(List<String> userIds) {
            return String.join(" + ", userIds.stream().map(this::member).toList());
        }

        List<org.copcheckin.platform.MemberRef> members() {
            return mentions.members();
        }
    }
}
