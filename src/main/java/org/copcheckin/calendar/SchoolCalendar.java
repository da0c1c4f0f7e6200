package org.copcheckin.calendar;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.copcheckin.community.Community;
import org.copcheckin.community.Wording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A community's school calendar: the ranges of days its scheduled runs skip. Each change is whole or nothing: a
 * range in the wrong order, a label that cannot be kept or a feed that cannot be read changes nothing.
 */
@Service
public class SchoolCalendar {

    private static final Logger log = LoggerFactory.getLogger(SchoolCalendar.class);

    /** The longest skip: a school year's worth of days. */
    public static final int MAX_DAYS = 366;
    /** The most skips a community keeps, past ones included. */
    public static final int MAX_SKIPS = 300;
    /** How far ahead an imported feed is read. */
    static final int IMPORT_YEARS = 2;

    /** A change made, or why not. */
    public sealed interface Result {
        record Added(CalendarSkip skip) implements Result {
        }

        /** @param reason why, put in the community's language when answered */
        record Refused(Wording reason) implements Result {
        }
    }

    /**
     * What an import did: the skips it added, those already there, and what the feed held besides (past closures,
     * all-day events that are not closures, timed and repeating events), or why it changed nothing.
     */
    public record Imported(Optional<Wording> refusal, List<CalendarSkip> added, int alreadyThere, int past,
                           int allDayOthers, int timed, int repeating) {
        static Imported refused(Wording reason) {
            return new Imported(Optional.of(reason), List.of(), 0, 0, 0, 0, 0);
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final FeedFetcher fetcher;
    private final Clock clock;

    SchoolCalendar(JdbcClient jdbc, TransactionTemplate transactions, FeedFetcher fetcher, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    public Result skip(Community community, LocalDate first, LocalDate last, String label) {
        String tidy = SkipLabel.tidy(label).isEmpty() ? SkipLabel.DEFAULT : SkipLabel.tidy(label);
        Optional<Wording> refusal = rangeRefusal(community, first, last).or(() -> SkipLabel.refusal(tidy));
        if (refusal.isPresent()) {
            return new Result.Refused(refusal.get());
        }
        Result result = transactions.execute(status -> {
            if (find(community.id(), first, last).isPresent()) {
                return new Result.Refused(Wording.of("calendar.already.skipped",
                        find(community.id(), first, last).get().id()));
            }
            if (count(community.id()) >= MAX_SKIPS) {
                return new Result.Refused(Wording.of("calendar.full", MAX_SKIPS));
            }
            return new Result.Added(insert(community.id(), first, last, tidy));
        });
        if (result instanceof Result.Added added) {
            log.info("Community {} skips calendar days: skip {}", community.id(), added.skip().id());
        }
        return result;
    }

    private Optional<Wording> rangeRefusal(Community community, LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            return Optional.of(Wording.of("calendar.wrong.order", last, first));
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > MAX_DAYS) {
            return Optional.of(Wording.of("calendar.too.long", days, MAX_DAYS));
        }
        if (last.isBefore(today(community))) {
            return Optional.of(Wording.of("calendar.over", today(community), community.zone().getId()));
        }
        return Optional.empty();
    }

    /** Reads a feed and adds its closed days in one transaction, or nothing when any of it cannot be read. */
    public Imported importFeed(Community community, String address, boolean everyAllDayEvent) {
        IcsClosures.Reading reading;
        try {
            reading = IcsClosures.read(fetcher.fetch(address), everyAllDayEvent);
        } catch (FeedProblem problem) {
            // the reason's key only: its text holds the address typed and the feed's own event titles
            log.info("Community {} calendar import refused: {}", community.id(), problem.wording().key());
            return Imported.refused(problem.wording());
        }
        LocalDate today = today(community);
        LocalDate horizon = today.plusYears(IMPORT_YEARS);
        List<IcsClosures.Closure> wanted = new ArrayList<>();
        int past = 0;
        for (IcsClosures.Closure closure : reading.closures()) {
            if (ChronoUnit.DAYS.between(closure.first(), closure.last()) + 1 > MAX_DAYS) {
                return Imported.refused(Wording.of("calendar.import.too.long", IcsClosures.named(closure.label()),
                        closure.first(), closure.last(), MAX_DAYS));
            }
            if (closure.last().isBefore(today)) {
                past++;
            } else if (!closure.first().isAfter(horizon)) {
                wanted.add(closure);
            }
        }
        int pastCount = past;
        Imported imported = transactions.execute(status -> {
            List<CalendarSkip> added = new ArrayList<>();
            int already = 0;
            for (IcsClosures.Closure closure : wanted) {
                if (find(community.id(), closure.first(), closure.last()).isPresent()) {
                    already++;
                } else {
                    added.add(insert(community.id(), closure.first(), closure.last(), closure.label()));
                }
            }
            if (count(community.id()) > MAX_SKIPS) {
                status.setRollbackOnly();
                return Imported.refused(Wording.of("calendar.import.full", MAX_SKIPS));
            }
            return new Imported(Optional.empty(), added, already, pastCount, reading.allDayOthers(), reading.timed(),
                    reading.repeating());
        });
        log.info("Community {} imported a calendar feed: {} skips added", community.id(), imported.added().size());
        return imported;
    }

    /** The skips that are not over yet, soonest first. */
    public List<CalendarSkip> upcoming(Community community) {
        return jdbc.sql("SELECT * FROM calendar_skip WHERE community_id = ? AND last_day >= ? ORDER BY first_day, id")
                .params(community.id(), Date.valueOf(today(community))).query(SchoolCalendar::row).list();
    }

    public int pastCount(Community community) {
        return jdbc.sql("SELECT COUNT(*) FROM calendar_skip WHERE community_id = ? AND last_day < ?")
                .params(community.id(), Date.valueOf(today(community))).query(Integer.class).single();
    }

    /** The skip that covers this day of the community's calendar, if any (the first one, when several do). */
    public Optional<CalendarSkip> skipOn(long communityId, LocalDate day) {
        return jdbc.sql("SELECT * FROM calendar_skip WHERE community_id = ? AND first_day <= ? AND last_day >= ? "
                        + "ORDER BY first_day, id FETCH FIRST 1 ROWS ONLY")
                .params(communityId, Date.valueOf(day), Date.valueOf(day)).query(SchoolCalendar::row).optional();
    }

    /** The skips that share a day with these days, first first. */
    public List<CalendarSkip> overlapping(long communityId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT * FROM calendar_skip WHERE community_id = ? AND first_day <= ? AND last_day >= ? "
                        + "ORDER BY first_day, id")
                .params(communityId, Date.valueOf(to), Date.valueOf(from)).query(SchoolCalendar::row).list();
    }

    /** Removes one skip of this community by its id; what it removed. */
    public List<CalendarSkip> remove(Community community, long id) {
        return removing(community, "id = ?", id);
    }

    /** Removes every skip of this community that covers the day; what it removed. */
    public List<CalendarSkip> removeCovering(Community community, LocalDate day) {
        return removing(community, "first_day <= ? AND last_day >= ?", Date.valueOf(day), Date.valueOf(day));
    }

    private List<CalendarSkip> removing(Community community, String where, Object... params) {
        List<Object> all = new ArrayList<>(List.of(community.id()));
        all.addAll(List.of(params));
        return transactions.execute(status -> {
            List<CalendarSkip> found = jdbc.sql("SELECT * FROM calendar_skip WHERE community_id = ? AND " + where
                    + " ORDER BY first_day, id").params(all).query(SchoolCalendar::row).list();
            found.forEach(skip -> jdbc.sql("DELETE FROM calendar_skip WHERE id = ?").param(skip.id()).update());
            if (!found.isEmpty()) {
                log.info("Community {} removed {} calendar skip(s)", community.id(), found.size());
            }
            return found;
        });
    }

    private Optional<CalendarSkip> find(long communityId, LocalDate first, LocalDate last) {
        return jdbc.sql("SELECT * FROM calendar_skip WHERE community_id = ? AND first_day = ? AND last_day = ?")
                .params(communityId, Date.valueOf(first), Date.valueOf(last)).query(SchoolCalendar::row).optional();
    }

    private int count(long communityId) {
        return jdbc.sql("SELECT COUNT(*) FROM calendar_skip WHERE community_id = ?").param(communityId)
                .query(Integer.class).single();
    }

    private CalendarSkip insert(long communityId, LocalDate first, LocalDate last, String label) {
        jdbc.sql("INSERT INTO calendar_skip (community_id, first_day, last_day, label) VALUES (?, ?, ?, ?)")
                .params(communityId, Date.valueOf(first), Date.valueOf(last), label).update();
        return find(communityId, first, last).orElseThrow();
    }

    private LocalDate today(Community community) {
        return LocalDate.now(clock.withZone(community.zone()));
    }

    private static CalendarSkip row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CalendarSkip(rs.getLong("id"), rs.getLong("community_id"), rs.getDate("first_day").toLocalDate(),
                rs.getDate("last_day").toLocalDate(), rs.getString("label"));
    }
}
