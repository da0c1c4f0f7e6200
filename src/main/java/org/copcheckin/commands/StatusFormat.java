package org.copcheckin.commands;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.copcheckin.calendar.CalendarSkip;
import org.copcheckin.community.ChannelPauses;
import org.copcheckin.community.Community;
import org.copcheckin.community.Language;
import org.copcheckin.platform.Message;
import org.copcheckin.scheduling.RunRecord;
import org.copcheckin.scheduling.Schedule;
import org.copcheckin.scheduling.ScheduleStatus;

/** Renders schedules and their runs for {@code status} and {@code schedule list}. */
final class StatusFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm z", Locale.ENGLISH);

    private StatusFormat() {
    }

    static String describe(Schedule schedule) {
        return describe(schedule, Language.EN);
    }

    static String describe(Schedule schedule, Language l) {
        return l.kindName(schedule.action().word()) + ", " + schedule.spec() + " (" + schedule.zone().getId() + ")";
    }

    static String dateTime(ZonedDateTime time) {
        return WHEN.format(time);
    }

    static String dateTime(ZonedDateTime time, Language l) {
        return WHEN.withLocale(l.locale()).format(time);
    }

    /** At most this many of the calendar's skips ahead are named in status; {@code calendar list} has them all. */
    static final int SKIPS_SHOWN = 3;

    static Message message(Community community, List<ScheduleStatus> statuses, Optional<ChannelPauses.Pause> pause,
                           List<CalendarSkip> skipsAhead) {
        return message(community, statuses, pause, skipsAhead, Language.EN);
    }

    static Message message(Community community, List<ScheduleStatus> statuses, Optional<ChannelPauses.Pause> pause,
                           List<CalendarSkip> skipsAhead, Language l) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(l.text("status.zone", community.zone().getId()));
        pause.ifPresent(p -> paragraphs.add(l.text("status.paused", dateTime(p.since().atZone(community.zone()), l),
                p.why().words())));
        if (!skipsAhead.isEmpty()) {
            paragraphs.add(l.text("status.calendar", String.join("; ", skipsAhead.stream()
                    .limit(SKIPS_SHOWN).map(skip -> skip(skip, l)).toList())
                    + (skipsAhead.size() > SKIPS_SHOWN ? l.text("status.calendar.more", skipsAhead.size() - SKIPS_SHOWN)
                    : "")));
        }
        if (statuses.isEmpty()) {
            paragraphs.add(l.text("status.none"));
        }
        for (ScheduleStatus status : statuses) {
            Schedule schedule = status.schedule();
            StringBuilder line = new StringBuilder("• *#" + schedule.id() + "* " + describe(schedule, l));
            line.append("\n   ").append(l.text("status.next")).append(" ").append(status.nextRun()
                    .map(next -> dateTime(next.withZoneSameInstant(community.zone()), l)
                            + skippedBy(next.withZoneSameInstant(community.zone()).toLocalDate(), skipsAhead, l))
                    .orElse(l.text("status.next.none")));
            line.append("\n   ").append(l.text("status.last")).append(" ").append(status.lastRun()
                    .map(run -> run(run, community, l)).orElse(l.text("status.last.none")));
            for (RunRecord problem : status.recentProblems()) {
                if (status.lastRun().filter(problem::equals).isEmpty()) {
                    line.append("\n   ").append(l.text("status.earlier")).append(" ").append(run(problem, community, l));
                }
            }
            paragraphs.add(line.toString());
        }
        return new Message(l.text("status.title"), paragraphs, List.of());
    }

    private static String skip(CalendarSkip skip, Language l) {
        java.time.format.DateTimeFormatter day = CalendarCommands.DAY.withLocale(l.locale());
        return (skip.days() == 1 ? day.format(skip.firstDay())
                : l.text("digest.range", day.format(skip.firstDay()), day.format(skip.lastDay())))
                + " (" + skip.label() + ")";
    }

    /** Says when a schedule's next run falls on a day the calendar skips: it will be recorded as skipped. */
    private static String skippedBy(java.time.LocalDate day, List<CalendarSkip> skips, Language l) {
        return skips.stream().filter(skip -> skip.covers(day)).findFirst()
                .map(skip -> l.text("status.falls.in", skip.label())).orElse("");
    }

    private static String run(RunRecord run, Community community, Language l) {
        String outcome = l.text("outcome." + run.outcome().name().toLowerCase(Locale.ROOT));
        return dateTime(run.scheduledFor().atZone(community.zone()), l) + " " + outcome
                + (run.detail() == null ? "" : " (" + run.detail() + ")");
    }
}
