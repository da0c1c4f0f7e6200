package org.copcheckin.commands;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.copcheckin.digest.Digests;
import org.copcheckin.digest.ExportFiles;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Component;

/** {@code digest} and {@code export}: the facilitator's private views of the anonymised trends. */
@Component
class DigestCommands {

    /** The export's default period, stated in its usage and the README. */
    static final int EXPORT_WEEKS = 12;

    private final Digests digests;
    private final ExportFiles export;
    private final Clock clock;

    DigestCommands(Digests digests, ExportFiles export, Clock clock) {
        this.digests = digests;
        this.export = export;
        this.clock = clock;
    }

    List<Subcommand> rows() {
        return List.of(
                Subcommand.in("digest", "digest").facilitator()
                        .option(Option.word("period", "A whole month or quarter instead of weeks", "month", "quarter")
                                .optional(), since())
                        .form("digest [since YYYY-MM-DD]").form("digest month|quarter [since YYYY-MM-DD]")
                        .does("to you only: weeks from `since` and this week so far, or a whole month or quarter")
                        .example("digest month").answers(this::digest),
                Subcommand.in("export", "export").facilitator().option(since()).form("export [since YYYY-MM-DD]")
                        .does("a CSV file of the published weekly counts, to you only (default: the last "
                                + EXPORT_WEEKS + " weeks)").example("export")
                        .answers(this::export));
    }

    private static Option since() {
        return new Option("since", Option.Type.DATE, Option.Form.NAMED, "since", "Start date, YYYY-MM-DD", false,
                List.of(), 0, 0);
    }

    private Message digest(Context context, Args args) {
        return args.string("period").map(period -> digests.periodForCaller(context.community(), context.caller(),
                period, args.date("since"))).orElseGet(() -> digests.forCaller(context.community(), context.caller(),
                args.date("since")));
    }

    private Message export(Context context, Args args) {
        LocalDate today = LocalDate.now(clock.withZone(context.community().zone()));
        return export.toCaller(context.community(), context.caller(),
                args.date("since").orElse(today.minusWeeks(EXPORT_WEEKS)));
    }
}
