package org.copcheckin.scheduling;

import java.text.ParseException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.quartz.CronExpression;

/**
 * Parses {@code <when>}: {@code daily 08:30}, {@code weekly mon 09:00}, {@code monthly first tue 10:00},
 * {@code monthly last fri 15:00}, {@code monthly 15 09:00}, or a Quartz cron expression (6 or 7 fields,
 * optionally after the word {@code cron}).
 */
public final class ScheduleSpecParser {

    public static final String FORMS = "`daily 08:30`, `weekly mon 09:00`, `monthly first tue 10:00`, "
            + "`monthly 15 09:00`, `quarterly first mon 09:00` or a Quartz cron such as `0 0 9 ? * MON-FRI`";

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?");
    private static final Map<String, Integer> ORDINALS = Map.of(
            "first", 1, "1st", 1, "second", 2, "2nd", 2, "third", 3, "3rd", 3, "fourth", 4, "4th", 4, "last", -1);

    private ScheduleSpecParser() {
    }

    public static ScheduleSpec parse(String when) {
        if (when == null || when.isBlank()) {
            throw new InvalidScheduleException("Say when: " + FORMS + ".");
        }
        List<String> words = List.of(when.trim().split("\\s+"));
        String first = words.get(0).toLowerCase(Locale.ROOT);
        return switch (first) {
            case "daily" -> daily(words);
            case "weekly" -> weekly(words);
            case "monthly" -> monthly(words);
            case "quarterly" -> new ScheduleSpec.Quarterly(monthly(words));
            case "cron" -> cron(String.join(" ", words.subList(1, words.size())));
            default -> cron(String.join(" ", words));
        };
    }

    private static ScheduleSpec daily(List<String> words) {
        expectCount(words, 2, "daily 08:30");
        return new ScheduleSpec.Daily(time(words.get(1)));
    }

    private static ScheduleSpec weekly(List<String> words) {
        expectCount(words, 3, "weekly mon 09:00");
        return new ScheduleSpec.Weekly(day(words.get(1)), time(words.get(2)));
    }

    private static ScheduleSpec monthly(List<String> words) {
        if (words.size() == 3) {
            return new ScheduleSpec.MonthlyDay(dayOfMonth(words.get(1)), time(words.get(2)));
        }
        expectCount(words, 4, "monthly first tue 10:00` or `monthly 15 09:00");
        Integer ordinal = ORDINALS.get(words.get(1).toLowerCase(Locale.ROOT));
        if (ordinal == null) {
            throw new InvalidScheduleException("`" + words.get(1) + "` is not first, second, third, fourth or last.");
        }
        return new ScheduleSpec.MonthlyNthWeekday(ordinal, day(words.get(2)), time(words.get(3)));
    }

    private static ScheduleSpec cron(String expression) {
        int fields = expression.isBlank() ? 0 : expression.trim().split("\\s+").length;
        if (fields < 6 || fields > 7) {
            throw new InvalidScheduleException("`" + expression + "` is not a schedule. Use " + FORMS
                    + " (Quartz cron has 6 or 7 fields, seconds first).");
        }
        try {
            CronExpression cron = new CronExpression(expression.toUpperCase(Locale.ROOT));
            Date next = cron.getTimeAfter(new Date());
            if (next == null) {
                throw new InvalidScheduleException("The cron expression `" + expression + "` never runs again.");
            }
            return new ScheduleSpec.Cron(cron.getCronExpression());
        } catch (ParseException e) {
            throw new InvalidScheduleException("`" + expression + "` is not a valid Quartz cron expression: "
                    + e.getMessage() + ".");
        }
    }

    static LocalTime time(String text) {
        Matcher m = TIME.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidScheduleException("`" + text + "` is not a time of day: write it as 09:00 or 17:30.");
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw new InvalidScheduleException("`" + text + "` is not a time of day.");
            }
            hour = hour % 12 + (half.equals("pm") ? 12 : 0);
        } else if (m.group(2) == null) {
            throw new InvalidScheduleException("`" + text + "` is not a time of day: write it as 09:00 or 17:30.");
        }
        if (hour > 23 || minute > 59) {
            throw new InvalidScheduleException("`" + text + "` is not a time of day: hours go to 23, minutes to 59.");
        }
        return LocalTime.of(hour, minute);
    }

    static DayOfWeek day(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() >= 3) {
            for (DayOfWeek day : DayOfWeek.values()) {
                String name = day.name().toLowerCase(Locale.ROOT);
                if (name.startsWith(lower)) {
                    return day;
                }
            }
        }
        throw new InvalidScheduleException("`" + text + "` is not a day of the week: use mon, tue, wed, thu, fri, sat or sun.");
    }

    private static int dayOfMonth(String text) {
        try {
            int day = Integer.parseInt(text.replaceAll("(st|nd|rd|th)$", ""));
            if (day >= 1 && day <= 31) {
                return day;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw new InvalidScheduleException("`" + text + "` is not a day of the month (1-31) or first/second/third/fourth/last.");
    }

    private static void expectCount(List<String> words, int count, String example) {
        if (words.size() != count) {
            throw new InvalidScheduleException("Write it like `" + example + "`.");
        }
    }
}
