package org.copcheckin.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.copcheckin.calendar.SchoolCalendar;
import org.copcheckin.community.Community;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.copcheckin.insights.AnswerFamilies;
import org.copcheckin.insights.TrendQuery;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Digests on demand ({@code digest [since DATE]}) and for each facilitator on a schedule. */
@Service
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);
    static final int DEFAULT_DAYS = 7;

    private final DigestQueries queries;
    private final DigestDelivery delivery;
    private final Clock clock;
    private final AnswerFamilies families;
    private final SchoolCalendar calendar;
    private final CommunityLanguages languages;

    Digests(DigestQueries queries, DigestDelivery delivery, Clock clock, AnswerFamilies families,
            SchoolCalendar calendar, CommunityLanguages languages) {
        this.languages = languages;
        this.queries = queries;
        this.delivery = delivery;
        this.clock = clock;
        this.families = families;
        this.calendar = calendar;
    }

    /**
     * The digest since the given day (default: the last 7 days, today included) as the caller's private answer:
     * whole weeks from the Monday of that day, and this week so far; a copy with its chart attached goes to the
     * caller in a direct message.
     */
    public Message forCaller(Community community, MemberRef caller, Optional<LocalDate> since) {
        LocalDate today = LocalDate.now(clock.withZone(community.zone()));
        LocalDate from = since.orElse(today.minusDays(DEFAULT_DAYS - 1));
        if (from.isAfter(today)) {
            return Message.text(languages.of(community.id()).text("digest.since.future", today,
                    community.zone().getId()));
        }
        Digest digest = compose(TrendQuery.finishedWeeksSince(community, from, today).withWeekSoFar(today));
        Message message = DigestMessage.of(digest, languages.of(community.id()));
        Optional<String> chartProblem = delivery.sendWithChart(community, List.of(caller), digest);
        log.info("Composed a digest of community {} for a facilitator", community.id());
        if (digest.chart().isEmpty()) {
            return message;
        }
        return withNote(message, chartNote(chartProblem, languages.of(community.id())));
    }

    private static String chartNote(Optional<String> problem, Language l) {
        return problem.map(why -> l.text("digest.chart.failed", why)).orElse(l.text("digest.chart.sent"));
    }

    /**
     * The digest of a month or a quarter ({@code period} "month" or "quarter") as the caller's private answer, the
     * same as a monthly or quarterly schedule sends: the last whole one before today, or the one {@code in} falls
     * in (its finished weeks only). A copy with its chart goes to the caller in a direct message.
     */
    public Message periodForCaller(Community community, MemberRef caller, String period, Optional<LocalDate> in) {
        Coverage coverage = "quarter".equals(period) ? Coverage.QUARTER : Coverage.MONTH;
        LocalDate today = LocalDate.now(clock.withZone(community.zone()));
        if (in.isPresent() && in.get().isAfter(today)) {
            return Message.text(languages.of(community.id()).text("digest.since.future.period", today,
                    community.zone().getId(), period));
        }
        TrendQuery weeks = in.map(day -> coverage.periodOf(community, day, today))
                .orElseGet(() -> coverage.period(community, today));
        if (weeks.weekCount() == 0) {
            Language l = languages.of(community.id());
            return Message.text(l.text("digest.period.none", coverage.describe(weeks, l), period));
        }
        Digest digest = compose(weeks, coverage);
        Message message = DigestMessage.of(digest, languages.of(community.id()));
        Optional<String> chartProblem = delivery.sendWithChart(community, List.of(caller), digest);
        log.info("Composed a {} digest of community {} for a facilitator", period, community.id());
        if (digest.chart().isEmpty()) {
            return message;
        }
        return withNote(message, chartNote(chartProblem, languages.of(community.id())));
    }

    /**
     * The scheduled digest to each facilitator privately: the last finished week (the weeks of the 7 days before
     * today that are over), never the week in progress.
     *
     * @return how many facilitators it reached
     */
    public int deliverToFacilitators(Community community) {
        return deliverToFacilitators(community, Coverage.WEEK);
    }

    /**
     * The scheduled digest of a week, or of the month or quarter before today (its finished weeks, counted in the
     * month their Monday falls in), with what held, what rose and the answer families for a month or quarter.
     */
    int deliverToFacilitators(Community community, Coverage coverage) {
        LocalDate today = LocalDate.now(clock.withZone(community.zone()));
        return delivery.deliver(community, compose(coverage.period(community, today), coverage));
    }

    Digest compose(TrendQuery period, Coverage coverage) {
        TrendSnapshot snapshot = queries.snapshot(period);
        Digest digest = withBreaks(DigestComposer.compose(snapshot), period);
        return coverage == Coverage.WEEK ? digest
                : digest.withReview(PeriodReview.of(coverage.describe(period,
                languages.of(period.community().id())), snapshot, families));
    }

    /** The on-demand digest since a day as a message, without the chart and without sending anything (tools). */
    public Message preview(Community community, LocalDate since) {
        LocalDate today = LocalDate.now(clock.withZone(community.zone()));
        return DigestMessage.of(compose(TrendQuery.finishedWeeksSince(community, since, today).withWeekSoFar(today)),
                languages.of(community.id()));
    }

    Digest compose(TrendQuery period) {
        return withBreaks(DigestComposer.compose(queries.snapshot(period)), period);
    }

    /** The calendar's skips in the period's days, each cut to the period. */
    private Digest withBreaks(Digest digest, TrendQuery period) {
        LocalDate first = period.firstWeek();
        LocalDate last = period.lastWeek().plusDays(6);
        return digest.withBreaks(calendar.overlapping(period.community().id(), first, last).stream()
                .map(skip -> new Digest.Break(skip.firstDay().isBefore(first) ? first : skip.firstDay(),
                        skip.lastDay().isAfter(last) ? last : skip.lastDay(), skip.label())).toList());
    }

    private static Message withNote(Message message, String note) {
        List<String> paragraphs = new java.util.ArrayList<>(message.paragraphs());
        paragraphs.add(note);
        return new Message(message.title(), paragraphs, message.buttons(), message.mentions());
    }
}
