package org.copcheckin.reminders;

import java.time.Duration;

/** A community's reminder: how long after the prompt, and the quiet hours (each member's local time). */
public record ReminderSetting(Duration delay, QuietHours quiet) {

    public static final Duration SHORTEST = Duration.ofMinutes(15);
    public static final Duration LONGEST = Duration.ofHours(72);

    /** {@code 4h}, {@code 90m}, {@code 1h30m}, {@code 2d} */
    public static java.util.Optional<Duration> parseDelay(String text) {
        var matcher = java.util.regex.Pattern.compile("(?:(\\d{1,2})d)?(?:(\\d{1,2})h)?(?:(\\d{1,4})m(?:in)?)?")
                .matcher(text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT));
        if (text == null || text.isBlank() || !matcher.matches()) {
            return java.util.Optional.empty();
        }
        Duration delay = Duration.ZERO;
        if (matcher.group(1) != null) {
            delay = delay.plusDays(Long.parseLong(matcher.group(1)));
        }
        if (matcher.group(2) != null) {
            delay = delay.plusHours(Long.parseLong(matcher.group(2)));
        }
        if (matcher.group(3) != null) {
            delay = delay.plusMinutes(Long.parseLong(matcher.group(3)));
        }
        return delay.isZero() ? java.util.Optional.empty() : java.util.Optional.of(delay);
    }

    /** {@code 4h}, {@code 1h30m}, {@code 45m} */
    public static String words(Duration delay) {
        long hours = delay.toHours();
        long minutes = delay.toMinutesPart();
        return (hours > 0 ? hours + "h" : "") + (minutes > 0 || hours == 0 ? minutes + "m" : "");
    }
}
