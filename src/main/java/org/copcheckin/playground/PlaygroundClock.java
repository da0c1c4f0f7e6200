package org.copcheckin.playground;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.copcheckin.community.Communities;
import org.copcheckin.insights.PrivateThemeNotes;
import org.copcheckin.reminders.Reminders;
import org.springframework.stereotype.Component;

/**
 * The playground's own clock: the app's time plus however far a visitor moved it forward, at most
 * {@value #MAX_DAYS} days. It moves nothing else: only the playground channel's reminders and private replies'
 * theme note (a day after a prompt) are looked at, at the moved time, so what is a few hours away can be seen now. Slack and Discord communities never see it.
 */
@Component
@ConditionalOnPlayground
class PlaygroundClock {

    static final int MAX_DAYS = 7;

    private final Clock clock;
    private final Communities communities;
    private final Reminders reminders;
    private final PrivateThemeNotes notes;
    private Duration ahead = Duration.ZERO;

    PlaygroundClock(Clock clock, Communities communities, Reminders reminders, PrivateThemeNotes notes) {
        this.clock = clock;
        this.communities = communities;
        this.reminders = reminders;
        this.notes = notes;
    }

    synchronized Instant now() {
        return clock.instant().plus(ahead);
    }

    /** Moves forward (never back, never beyond the bound) and sends the playground's reminders due by then. */
    synchronized Moved forward(Duration by) {
        Duration next = ahead.plus(by);
        if (by.isNegative() || by.isZero() || next.compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            return new Moved(now(), ahead, -1, 0);
        }
        ahead = next;
        int sent = Personas.CHANNELS.stream().mapToInt(channel -> communities.find(channel.ref())
                .map(community -> reminders.sweep(community, now())).orElse(0)).sum();
        int noted = Personas.CHANNELS.stream().mapToInt(channel -> communities.find(channel.ref())
                .map(community -> notes.sweep(community, now())).orElse(0)).sum();
        return new Moved(now(), ahead, sent, noted);
    }

    /**
     * @param sent  reminders sent at the new time; -1 when the move was refused
     * @param noted private replies' theme notes posted at the new time
     */
    record Moved(Instant now, Duration ahead, int sent, int noted) {
    }
}
