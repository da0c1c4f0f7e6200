package org.copcheckin.commands;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.copcheckin.calendar.CalendarSkip;
import org.copcheckin.calendar.SchoolCalendar;
import org.copcheckin.community.Language;
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
        Language l = context.language();
        LocalDate first = args.date("first").orElseThrow();
        LocalDate last = args.date("last").orElseThrow();
        // a skip without a label is named in the channel's language; the label is kept as written
        SchoolCalendar.Result result = calendar.skip(context.community(), first, last,
                args.string("label").orElse(l.text("calendar.default.label")));
        if (result instanceof SchoolCalendar.Result.Added added) {
            return Message.text(l.text("calendar.skipping", describe(added.skip(), l)));
        }
        return context.malformed(((SchoolCalendar.Result.Refused) result).reason().in(l));
    }

    private Message list(Context context) {
        Language l = context.language();
        List<CalendarSkip> upcoming = calendar.upcoming(context.community());
        int past = calendar.pastCount(context.community());
        String pastNote = past == 0 ? "" : "\n_" + l.plural("calendar.past", past) + "_";
        if (upcoming.isEmpty()) {
            return Message.of(l.text("calendar.title"), l.text("calendar.none") + pastNote);
        }
        List<String> lines = new ArrayList<>(upcoming.stream().limit(LISTED).map(skip -> "• " + describe(skip, l))
                .toList());
        if (upcoming.size() > LISTED) {
            lines.add("• " + l.text("calendar.more", upcoming.size() - LISTED));
        }
        return Message.of(l.text("calendar.title"), l.text("calendar.list", context.community().zone().getId())
                + "\n" + String.join("\n", lines) + pastNote);
    }

    private Message remove(Context context, Args args) {
        Language l = context.language();
        String which = args.string("which").orElseThrow().replaceFirst("^#", "");
        List<CalendarSkip> removed;
        if (which.matches("\\d{1,18}")) {
            removed = calendar.remove(context.community(), Long.parseLong(which));
        } else {
            try {
                removed = calendar.removeCovering(context.community(), LocalDate.parse(which));
            } catch (DateTimeParseException e) {
                return context.malformed(l.text("calendar.remove.which", which));
            }
        }
        if (removed.isEmpty()) {
            return Message.text(l.text("calendar.remove.none", which));
        }
        return Message.text(l.text("calendar.removed", String.join("; ", removed.stream()
                .map(skip -> describe(skip, l)).toList())));
    }

    private Message importFeed(Context context, Args args) {
        Language l = context.language();
        SchoolCalendar.Imported result = calendar.importFeed(context.community(), args.string("url").orElseThrow(),
                args.flag("all"));
        if (result.refusal().isPresent()) {
            return Message.of("", l.text("calendar.import.unreadable", result.refusal().get().in(l)),
                    l.text("calendar.import.check", context.subcommand().usage(l)));
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(result.added().isEmpty() ? l.text("calendar.import.none")
                : l.plural("calendar.import.added", result.added().size()) + "\n"
                + String.join("\n", result.added().stream().limit(LISTED).map(skip -> "• " + describe(skip, l)).toList())
                + (result.added().size() > LISTED ? "\n• " + l.text("calendar.more", result.added().size() - LISTED) : ""));
        List<String> notes = new ArrayList<>();
        if (result.alreadyThere() > 0) {
            notes.add(l.text("calendar.import.already", result.alreadyThere()));
        }
        if (result.past() > 0) {
            notes.add(l.text("calendar.import.past", result.past()));
        }
        if (result.allDayOthers() > 0) {
            notes.add(l.text("calendar.import.all.day", result.allDayOthers()));
        }
        if (result.timed() > 0) {
            notes.add(l.text("calendar.import.timed", result.timed()));
        }
        if (result.repeating() > 0) {
            notes.add(l.text("calendar.import.repeating", result.repeating()));
        }
        if (!notes.isEmpty()) {
            paragraphs.add(l.text("calendar.import.left.out", String.join("; ", notes)));
        }
        return new Message(l.text("calendar.title"), paragraphs, List.of());
    }

    static String describe(CalendarSkip skip) {
        return describe(skip, Language.EN);
    }

    static String describe(CalendarSkip skip, Language l) {
        DateTimeFormatter day = DAY.withLocale(l.locale());
        String days = skip.days() == 1 ? day.format(skip.firstDay())
                : l.text("calendar.range", day.format(skip.firstDay()), day.format(skip.lastDay()), skip.days());
        return "#" + skip.id() + " " + days + ": " + skip.label();
    }
}
