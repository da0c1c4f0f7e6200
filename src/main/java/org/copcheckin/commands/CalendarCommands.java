package org.copcheckin.commands;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.copcheckin.calendar.CalendarSkip;
import org.copcheckin.calendar.SchoolCalendar;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Component;

/** {@code calendar skip|list|remove|import}: the days a community's scheduled runs skip (school breaks). */
@Component
class CalendarCommands {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final int LISTED = 20;

    private final SchoolCalendar calendar;

    CalendarCommands(SchoolCalendar calendar) {
        this.calendar = calendar;
    }

    List<Subcommand> rows() {
        return List.of(
                Subcommand.in("calendar", "calendar", "skip").facilitator()
                        .option(date("first", "The first day skipped, YYYY-MM-DD"),
                                date("last", "The last day skipped, YYYY-MM-DD"),
                                Option.text("label", "A few words, at most 64 characters (winter break)").optional())
                        .form("calendar skip <first> <last> [label]")
                        .does("scheduled runs do not run from the first to the last day (in this channel's zone)")
                        .example("calendar skip 2026-12-21 2027-01-04 winter break").answers(this::skip),
                Subcommand.in("calendar", "calendar", "list").member()
                        .does("this channel's calendar skips that are not over yet").example("calendar list")
                        .answers((context, args) -> list(context)),
                Subcommand.in("calendar", "calendar", "remove").facilitator().alias("delete", "rm")
                        .option(Option.word("which", "A skip's id from /cop calendar list, or a day it covers"))
                        .form("calendar remove <id or date>")
                        .does("remove a calendar skip by its id, or every skip covering a day")
                        .example("calendar remove 2026-12-21").answers(this::remove),
                Subcommand.in("calendar", "calendar", "import").facilitator()
                        .option(Option.word("url", "The district calendar's https:// (or webcal://) iCal address"),
                                Option.flag("all", "Every all-day event, not only closures"))
                        .form("calendar import <https url> [all]")
                        .does("skip the closed days of an iCalendar (.ics) feed: its all-day closures, or `all` "
                                + "its all-day events")
                        .example("calendar import https://example.org/district.ics").answers(this::importFeed));
    }

    private static Option date(String name, String description) {
        return new Option(name, Option.Type.DATE, Option.Form.POSITIONAL, null, description, true, List.of(), 0, 0);
    }

    private Message skip(Context context, Args args) {
        LocalDate first = args.date("first").orElseThrow();
        LocalDate last = args.date("last").orElseThrow();
        SchoolCalendar.Result result = calendar.skip(context.community(), first, last, args.string("label").orElse(""));
        if (result instanceof SchoolCalendar.Result.Added added) {
            return Message.text("Skipping " + describe(added.skip()) + ". Scheduled runs on those days do not run; "
                    + "`status` shows them as skipped for the calendar.");
        }
        return context.malformed(((SchoolCalendar.Result.Refused) result).reason());
    }

    private Message list(Context context) {
        List<CalendarSkip> upcoming = calendar.upcoming(context.community());
        int past = calendar.pastCount(context.community());
        String pastNote = past == 0 ? "" : "\n_" + past + " past skip" + (past == 1 ? " is" : "s are")
                + " kept, so digests of those weeks can say they were a break._";
        if (upcoming.isEmpty()) {
            return Message.of("School calendar", "No calendar skips ahead. A facilitator adds one with "
                    + "`/cop calendar skip 2026-12-21 2027-01-04 winter break` or reads a district feed with "
                    + "`/cop calendar import <https url>`." + pastNote);
        }
        List<String> lines = new ArrayList<>(upcoming.stream().limit(LISTED).map(skip -> "• " + describe(skip)).toList());
        if (upcoming.size() > LISTED) {
            lines.add("• … and " + (upcoming.size() - LISTED) + " more");
        }
        return Message.of("School calendar", "Scheduled runs skip these days (" + context.community().zone().getId()
                + "):\n" + String.join("\n", lines) + pastNote);
    }

    private Message remove(Context context, Args args) {
        String which = args.string("which").orElseThrow().replaceFirst("^#", "");
        List<CalendarSkip> removed;
        if (which.matches("\\d{1,18}")) {
            removed = calendar.remove(context.community(), Long.parseLong(which));
        } else {
            try {
                removed = calendar.removeCovering(context.community(), LocalDate.parse(which));
            } catch (DateTimeParseException e) {
                return context.malformed("`" + which + "` is neither a skip's id (see `/cop calendar list`) nor a "
                        + "date written YYYY-MM-DD.");
            }
        }
        if (removed.isEmpty()) {
            return Message.text("No calendar skip of this channel is `" + which + "`, so nothing changed. "
                    + "`/cop calendar list` shows them.");
        }
        return Message.text("Removed " + String.join("; ", removed.stream().map(CalendarCommands::describe).toList())
                + ". Scheduled runs on those days run again.");
    }

    private Message importFeed(Context context, Args args) {
        SchoolCalendar.Imported result = calendar.importFeed(context.community(), args.string("url").orElseThrow(),
                args.flag("all"));
        if (result.refusal().isPresent()) {
            return Message.of("", "I could not read that calendar: " + result.refusal().get() + ". Nothing changed.",
                    "Check the address of the district's published calendar (it starts with https:// or webcal://): "
                            + context.subcommand().usage());
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(result.added().isEmpty() ? "The feed added no new skips."
                : "Skipping " + result.added().size() + (result.added().size() == 1 ? " range" : " ranges")
                + " from the feed:\n" + String.join("\n", result.added().stream().limit(LISTED)
                .map(skip -> "• " + describe(skip)).toList())
                + (result.added().size() > LISTED ? "\n• … and " + (result.added().size() - LISTED) + " more" : ""));
        List<String> notes = new ArrayList<>();
        if (result.alreadyThere() > 0) {
            notes.add(result.alreadyThere() + " already skipped");
        }
        if (result.past() > 0) {
            notes.add(result.past() + " closures already over");
        }
        if (result.allDayOthers() > 0) {
            notes.add(result.allDayOthers() + " all-day events that do not say the school is closed (add `all` to "
                    + "take them too)");
        }
        if (result.timed() > 0) {
            notes.add(result.timed() + " timed events (meetings, games: never skipped)");
        }
        if (result.repeating() > 0) {
            notes.add(result.repeating() + " repeating events (add those with `/cop calendar skip`)");
        }
        if (!notes.isEmpty()) {
            paragraphs.add("Left out: " + String.join("; ", notes) + ".");
        }
        return new Message("School calendar", paragraphs, List.of());
    }

    static String describe(CalendarSkip skip) {
        String days = skip.days() == 1 ? DAY.format(skip.firstDay())
                : DAY.format(skip.firstDay()) + " to " + DAY.format(skip.lastDay()) + " (" + skip.days() + " days)";
        return "#" + skip.id() + " " + days + ": " + skip.label();
    }
}
