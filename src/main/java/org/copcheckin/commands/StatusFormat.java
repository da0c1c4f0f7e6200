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
        return schedule.action().word() + ", " + schedule.spec() + " (" + schedule.zone().getId() + ")";
    }

    static String dateTime(ZonedDateTime time) {
        return WHEN.format(time);
    }

    /** At most this many of the calendar's skips ahead are named in status; {@code calendar list} has them all. */
    static final int SKIPS_SHOWN = 3;

    static Message message(Community community, List<ScheduleStatus> statuses, Optional<ChannelPauses.Pause> pause,
                           List<CalendarSkip> skipsAhead) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Community time zone: " + community.zone().getId() + ".");
        pause.ifPresent(p -> paragraphs.add("*Paused* since " + dateTime(p.since().atZone(community.zone()))
                + ": " + p.why().words() + ". Scheduled runs are skipped meanwhile."));
        if (!skipsAhead.isEmpty()) {
            paragraphs.add("*School calendar*: scheduled runs skip " + String.join("; ", skipsAhead.stream()
                    .limit(SKIPS_SHOWN).map(StatusFormat::skip).toList())
                    + (skipsAhead.size() > SKIPS_SHOWN ? "; and " + (skipsAhead.size() - SKIPS_SHOWN) + " more" : "")
                    + " (`/cop calendar list`).");
        }
        if (statuses.isEmpty()) {
            paragraphs.add("No schedules yet. Add one with `/cop schedule add word weekly mon 09:00`.");
        }
        for (ScheduleStatus status : statuses) {
            Schedule schedule = status.schedule();
            StringBuilder line = new StringBuilder("• *#" + schedule.id() + "* " + describe(schedule));
            line.append("\n   next: ").append(status.nextRun()
                    .map(next -> dateTime(next.withZoneSameInstant(community.zone()))
                            + skippedBy(next.withZoneSameInstant(community.zone()).toLocalDate(), skipsAhead))
                    .orElse("none"));
            line.append("\n   last: ").append(status.lastRun().map(run -> run(run, community)).orElse("not run yet"));
            for (RunRecord problem : status.recentProblems()) {
                if (status.lastRun().filter(problem::equals).isEmpty()) {
                    line.append("\n   earlier: ").append(run(problem, community));
                }
            }
            paragraphs.add(line.toString());
        }
        return new Message("Status", paragraphs, List.of());
    }

    private static String skip(CalendarSkip skip) {
        return (skip.days() == 1 ? CalendarCommands.DAY.format(skip.firstDay()) : CalendarCommands.DAY.format(
                skip.firstDay()) + " to " + CalendarCommands.DAY.format(skip.lastDay())) + " (" + skip.label() + ")";
    }

    /** Says when a schedule's next run falls on a day the calendar skips: it will be recorded as skipped. */
    private static String skippedBy(java.time.LocalDate day, List<CalendarSkip> skips) {
        return skips.stream().filter(skip -> skip.covers(day)).findFirst()
                .map(skip -> ", falls in " + skip.label() + ": it will be skipped for the calendar").orElse("");
    }

    private static String run(RunRecord run, Community community) {
        String outcome = run.outcome().name().toLowerCase(Locale.ROOT);
        return dateTime(run.scheduledFor().atZone(community.zone())) + " " + outcome
                + (run.detail() == null ? "" : " (" + run.detail() + ")");
    }
}
