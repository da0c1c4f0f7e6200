package org.copcheckin.commands;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.copcheckin.community.Community;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
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

    private final CommunityLanguages languages;

    PairingCommands(PairingRounds rounds, PairingMembership membership, Confirmations confirmations, Clock clock,
                    CommunityLanguages languages) {
        this.languages = languages;
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
            return context.answer(context.malformed(context.language().text("pair.mode.alone")));
        }
        if (mode.isPresent()) {
            if (args.flag("ecomap")) {
                return context.answer(context.malformed(context.language().text("pair.mode.ecomap")));
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
            return confirmations.ask(context, activity.name().toLowerCase(Locale.ROOT) + "-" + size, Message.of(
                    context.language().text("pairing.again.title"), context.language().text("pairing.again",
                            recent.get().roundId(), recent.get().groups(), StatusFormat.dateTime(recent.get().startedAt()
                                    .atZone(context.community().zone()), context.language())),
                    context.language().text("pairing.again.press", ConfirmationTokens.VALID.toMinutes())),
                    context.language().text("pairing.again.yes"));
        }
        return context.answer(round(context.community(), size, activity, context.language()));
    }

    /** The confirmed value is {@code activity-size} ("ecomap-3"); a bare size is a partner round. */
    private Message confirmedRound(Community community, String value) {
        int dash = value.indexOf('-');
        Activity activity = dash < 0 ? Activity.PARTNER : Activity.valueOf(value.substring(0, dash).toUpperCase(Locale.ROOT));
        return round(community, Integer.parseInt(value.substring(dash + 1)), activity, languages.of(community.id()));
    }

    private Message mode(Context context, PairingMode mode) {
        Language l = context.language();
        if (context.community().pairingMode() == mode) {
            return Message.text(l.text("pair.mode.same", modeName(mode, l)));
        }
        Optional<String> problem = membership.changeMode(context.community(), mode);
        if (mode == PairingMode.OPT_OUT) {
            return Message.text(l.text("pair.mode.optout"));
        }
        return Message.text(problem.map(p -> l.text("pair.mode.optin.failed", p)).orElse(l.text("pair.mode.optin")));
    }

    private static String modeName(PairingMode mode, Language l) {
        return l.text(mode == PairingMode.OPT_IN ? "pair.mode.name.optin" : "pair.mode.name.optout");
    }

    private Message round(Community community, int size, Activity activity, Language l) {
        RoundReport report = rounds.run(community, size, RoundTrigger.manual(), activity);
        Names names = new Names(community);
        List<String> paragraphs = new ArrayList<>();
        if (report.outcome() == RoundOutcome.RUNNING) {
            return underWay(report, names, l);
        }
        String title = l.text(activity == Activity.ECOMAP ? "pairing.round.ecomap" : "pairing.round.partner",
                report.roundId().orElse(0)) + (report.resumed() ? l.text("pairing.round.finished") : "");
        if (report.groups().isEmpty()) {
            paragraphs.add(l.text(report.outcome() == RoundOutcome.FAILED ? "pairing.round.failed" : "pairing.round.none",
                    report.reason().orElse(l.text("pairing.nobody"))));
        } else {
            int introduced = report.groups().size() - report.failedGroups().size();
            paragraphs.add((report.resumed() ? l.text("pairing.round.resumed") : "")
                    + l.text("pairing.round.introduced", introduced, report.groups().size(),
                    report.groups().stream().mapToInt(List::size).sum()));
            if (activity == Activity.ECOMAP) {
                paragraphs.add(l.text("pairing.round.ecomap.groups"));
            } else {
                groupSizes(report, size, paragraphs, names, l);
            }
        }
        report.notes().forEach(note -> paragraphs.add(names.note(note) + "."));
        leftOut(report, paragraphs, names, l);
        if (!report.failedGroups().isEmpty()) {
            paragraphs.add(l.text("pairing.round.not.introduced",
                    String.join("; ", report.failedGroups().stream().map(names::group).toList())));
        }
        return new Message(title, paragraphs, List.of(), names.members());
    }

    /** A round still introducing its groups at the platform's pace: how far it got, and where to follow it. */
    private static Message underWay(RoundReport report, Names names, Language l) {
        List<String> paragraphs = new ArrayList<>();
        int members = report.groups().stream().mapToInt(List::size).sum();
        paragraphs.add((report.resumed() ? l.text("pairing.underway.resumed") : "")
                + l.text("pairing.underway", count(report.groups().size()), count(members), count(report.introduced())));
        paragraphs.add(l.text("pairing.underway.status"));
        if (!report.failedGroups().isEmpty()) {
            paragraphs.add(l.text("pairing.underway.failed", count(report.failedGroups().size())));
        }
        leftOut(report, paragraphs, names, l);
        return new Message(l.text("pairing.underway.title", report.roundId().orElse(0)), paragraphs, List.of(),
                names.members());
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * Says why a group differs from the size asked for, and only then: a triad in a round of pairs makes an odd count
     * work; in a round of threes, a pair is the rest of a count that does not divide by three.
     */
    private static void groupSizes(RoundReport report, int size, List<String> paragraphs, Names names, Language l) {
        if (size == 3) {
            List<List<String>> pairs = report.groups().stream().filter(group -> group.size() == 2).toList();
            paragraphs.add(pairs.isEmpty() ? l.text("pairing.threes")
                    : l.text("pairing.threes.rest", l.plural("pairing.pairs", pairs.size()),
                    String.join("; ", pairs.stream().map(names::group).toList())));
            return;
        }
        report.triads().forEach(triad -> paragraphs.add(l.text("pairing.triad", names.group(triad))));
    }

    private Message preview(Context context, int size, Activity activity) {
        RoundReport report = rounds.preview(context.community(), size, activity);
        Names names = new Names(context.community());
        Language l = context.language();
        List<String> paragraphs = new ArrayList<>();
        if (report.groups().isEmpty()) {
            paragraphs.add(l.text("pairing.preview.none", report.reason().orElse(l.text("pairing.nobody"))));
        } else {
            List<String> lines = report.groups().stream().limit(MAX_LISTED).map(group -> "• " + names.group(group)).toList();
            String more = report.groups().size() > MAX_LISTED
                    ? "\n" + l.text("pairing.preview.more", report.groups().size() - MAX_LISTED) : "";
            paragraphs.add(String.join("\n", lines) + more);
            paragraphs.add(activity == Activity.ECOMAP ? l.text("pairing.preview.ecomap")
                    : l.text("pairing.preview.partner", size == 3 ? " size 3" : ""));
        }
        report.notes().forEach(note -> paragraphs.add(names.note(note) + "."));
        leftOut(report, paragraphs, names, l);
        return new Message(l.text(activity == Activity.ECOMAP ? "pairing.preview.title.ecomap"
                : "pairing.preview.title"), paragraphs, List.of(), names.members());
    }

    /** Adds the last pairing round and its outcome (or, while it runs, its progress) to the {@code status} answer. */
    Message withPairingStatus(Context context, Message status) {
        Optional<RoundSummary> last = rounds.lastRound(context.community());
        String line = last.filter(round -> round.outcome() == RoundOutcome.RUNNING)
                .map(round -> running(round, rounds.progress(round), context))
                .orElseGet(() -> last.map(round -> context.language().text("pairing.status.last",
                                describe(round, context)))
                        .orElse(context.language().text("pairing.status.none")));
        List<String> paragraphs = new ArrayList<>(status.paragraphs());
        paragraphs.add(context.language().text("pairing.status", line));
        return new Message(status.title(), paragraphs, status.buttons(), status.mentions());
    }

    /** "pairing round #12: 140 of 1,000 groups introduced", or where an interrupted round stopped. */
    private static String running(RoundSummary round, RoundProgress progress, Context context) {
        Language l = context.language();
        String counts = l.text("pairing.status.counts", count(progress.introduced()), count(progress.groups()))
                + (progress.failed() > 0 ? l.text("pairing.status.failed", count(progress.failed())) : "");
        String started = StatusFormat.dateTime(round.startedAt().atZone(context.community().zone()), l);
        if (progress.introducing()) {
            return l.text("pairing.status.underway", round.roundId(), counts, started);
        }
        return l.text("pairing.status.interrupted", round.roundId(), counts, started);
    }

    private static String describe(RoundSummary last, Context context) {
        Language l = context.language();
        String outcome = l.text("outcome." + last.outcome().name().toLowerCase(Locale.ROOT));
        String detail = l.plural("pairing.groups", last.groups()) + (last.failedGroups() > 0
                ? l.text("pairing.status.not.introduced", last.failedGroups()) : "")
                + last.reason().map(why -> "; " + why).orElse("");
        return "#" + last.roundId() + " " + StatusFormat.dateTime(last.startedAt().atZone(context.community().zone()), l)
                + " (" + l.text("trigger." + last.trigger().name().toLowerCase(Locale.ROOT)) + ") " + outcome
                + " (" + detail + ")";
    }

    private static void leftOut(RoundReport report, List<String> paragraphs, Names names, Language l) {
        if (!report.leftOut().isEmpty()) {
            paragraphs.add(l.text("pairing.left.out") + String.join(", ", report.leftOut().stream().limit(MAX_LISTED)
                    .map(member -> names.member(member.userId()) + " (" + member.why() + ")").toList())
                    + (report.leftOut().size() > MAX_LISTED ? l.text("digest.other.more", report.leftOut().size() - MAX_LISTED) : "")
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
