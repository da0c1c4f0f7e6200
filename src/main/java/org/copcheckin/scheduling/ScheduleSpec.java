package org.copcheckin.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** When a schedule runs, as a facilitator wrote it; each form maps to one Quartz cron expression. */
public sealed interface ScheduleSpec {

    /** The Quartz cron expression (seconds first) for this spec. */
    String cron();

    /** The canonical way to write it, as {@code schedule list} shows it. */
    String describe();

    record Daily(LocalTime time) implements ScheduleSpec {
        public String cron() {
            return "0 %d %d * * ?".formatted(time.getMinute(), time.getHour());
        }

        public String describe() {
            return "daily " + time;
        }
    }

    record Weekly(DayOfWeek day, LocalTime time) implements ScheduleSpec {
        public String cron() {
            return "0 %d %d ? * %s".formatted(time.getMinute(), time.getHour(), quartzDay(day));
        }

        public String describe() {
            return "weekly " + shortDay(day) + " " + time;
        }
    }

    /** The nth (1-4) or last ({@code -1}) given weekday of each month. */
    record MonthlyNthWeekday(int ordinal, DayOfWeek day, LocalTime time) implements ScheduleSpec {
        public MonthlyNthWeekday {
            if (ordinal != -1 && (ordinal < 1 || ordinal > 4)) {
                throw new IllegalArgumentException("ordinal must be 1-4 or -1 (last)");
            }
        }

        public String cron() {
            String which = ordinal == -1 ? quartzDay(day) + "L" : quartzDay(day) + "#" + ordinal;
            return "0 %d %d ? * %s".formatted(time.getMinute(), time.getHour(), which);
        }

        public String describe() {
            String[] words = {"first", "second", "third", "fourth"};
            return "monthly " + (ordinal == -1 ? "last" : words[ordinal - 1]) + " " + shortDay(day) + " " + time;
        }
    }

    /** A day of the month (1-31); months without that day are skipped, as Quartz does. */
    record MonthlyDay(int dayOfMonth, LocalTime time) implements ScheduleSpec {
        public MonthlyDay {
            if (dayOfMonth < 1 || dayOfMonth > 31) {
                throw new IllegalArgumentException("day of month must be 1-31");
            }
        }

        public String cron() {
            return "0 %d %d %d * ?".formatted(time.getMinute(), time.getHour(), dayOfMonth);
        }

        public String describe() {
            return "monthly " + dayOfMonth + " " + time;
        }
    }

    /**
     * A monthly spec run only in the first month of each quarter (January, April, July, October), for digests that
     * report a quarter to funders: {@code quarterly first mon 09:00}, {@code quarterly 1 09:00}.
     */
    record Quarterly(ScheduleSpec monthly) implements ScheduleSpec {
        public Quarterly {
            if (!(monthly instanceof MonthlyNthWeekday) && !(monthly instanceof MonthlyDay)) {
                throw new IllegalArgumentException("a quarterly schedule is a monthly one run four times a year");
            }
        }

        public String cron() {
            String[] fields = monthly.cron().split(" ");
            fields[4] = "1,4,7,10";
            return String.join(" ", fields);
        }

        public String describe() {
            return "quarterly " + monthly.describe().substring("monthly ".length());
        }
    }

    /** A Quartz cron expression, already validated. */
    record Cron(String expression) implements ScheduleSpec {
        public String cron() {
            return expression;
        }

        public String describe() {
            return "cron " + expression;
        }
    }

    private static String quartzDay(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT);
    }

    private static String shortDay(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
