package org.copcheckin.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.copcheckin.community.Community;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.copcheckin.digest.PairingSummary;
import org.copcheckin.digest.PairingSummarySource;
import org.copcheckin.directory.PartnerDirectory;
import org.copcheckin.insights.PublishedTrends;
import org.copcheckin.insights.TrendCells;
import org.copcheckin.insights.TrendKind;
import org.copcheckin.insights.TrendQuery;
import org.copcheckin.insights.WeekCells;
import org.copcheckin.insights.Weeks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads a community's dashboard: trends through the insights module's one door ({@link PublishedTrends}, finished
 * weeks only), pairing rounds from the pairing module, the partner directory's public details, and the groups that
 * met for the eco-map.
 */
@Component
class DashboardQueries {

    static final int MONTHS = 6;
    static final int WEEKS = 12;
    static final int THEMES_SHOWN = 6;

    private final PublishedTrends trends;
    private final ObjectProvider<PairingSummarySource> pairing;
    private final ObjectProvider<GroupsMetSource> groupsMet;
    private final ObjectProvider<PartnerDirectory> directory;
    private final Clock clock;
    private final CommunityLanguages languages;

    DashboardQueries(PublishedTrends trends, ObjectProvider<PairingSummarySource> pairing,
                     ObjectProvider<GroupsMetSource> groupsMet, ObjectProvider<PartnerDirectory> directory, Clock clock,
                     CommunityLanguages languages) {
        this.languages = languages;
        this.trends = trends;
        this.pairing = pairing;
        this.groupsMet = groupsMet;
        this.directory = directory;
        this.clock = clock;
    }

    DashboardView view(Community community, Instant expires) {
        Language l = languages.of(community.id());
        Formats f = new Formats(l);
        ZoneId zone = community.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate current = Weeks.startOf(today);
        LocalDate firstMonthWeek = YearMonth.from(today).minusMonths(MONTHS - 1L).atDay(1)
                .with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate firstWeek = current.minusWeeks(WEEKS);
        LocalDate first = firstMonthWeek.isBefore(firstWeek) ? firstMonthWeek : firstWeek;
        TrendCells cells = trends.query(new TrendQuery(community, first, current.minusWeeks(1), false));
        Instant windowStart = firstMonthWeek.atStartOfDay(zone).toInstant();
        List<List<Optional<String>>> met = Optional.ofNullable(groupsMet.getIfAvailable())
                .map(source -> source.groupsMet(community, windowStart, clock.instant())).orElse(List.of());
        return new DashboardView(community.channel().platform().name().charAt(0)
                + community.channel().platform().name().substring(1).toLowerCase(Locale.ROOT), zone.getId(),
                cells.k(), f.expires.format(expires.atZone(zone)), cells.itemsWithheld(),
                themes(cells, today, firstMonthWeek, community, f),
                participation(cells.between(firstWeek, current.minusWeeks(1)), f),
                pairing(community, current, f), directory(community), EcoMap.of(met, cells.k()), l);
    }

    /** Dates as the community's language writes them ("7 sept." in French). */
    private record Formats(Language l, DateTimeFormatter week, DateTimeFormatter month, DateTimeFormatter shortMonth,
                           DateTimeFormatter expires) {
        Formats(Language l) {
            this(l, DateTimeFormatter.ofPattern("d MMM", l.locale()), DateTimeFormatter.ofPattern("MMM yyyy", l.locale()),
                    DateTimeFormatter.ofPattern("MMM", l.locale()),
                    DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm (VV)", l.locale()));
        }
    }

    private List<DashboardView.Partner> directory(Community community) {
        PartnerDirectory partners = directory.getIfAvailable();
        if (partners == null) {
            return List.of();
        }
        Map<String, String> labels = trends.themeLabels(languages.of(community.id()));
        return partners.organisations(community).stream().map(organisation -> new DashboardView.Partner(
                organisation.name(), organisation.region().orElse(""),
                String.join(", ", organisation.services().stream().filter(service -> !service.isBlank())
                        .map(service -> labels.getOrDefault(service, service)).toList()),
                organisation.contact().orElse(""))).toList();
    }

    private DashboardView.Themes themes(TrendCells cells, LocalDate today, LocalDate firstMonthWeek,
                                        Community community, Formats f) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(YearMonth.from(today).minusMonths(i));
        }
        Map<String, String> labels = trends.themeLabels(languages.of(community.id()));
        List<Map<String, Integer>> perMonth = new ArrayList<>();
        for (YearMonth month : months) {
            LocalDate firstMonday = month.atDay(1).with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
            LocalDate lastMonday = month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            perMonth.add(firstMonday.isAfter(lastMonday) ? Map.of() : cells.between(firstMonday, lastMonday).sum(TrendKind.THEME));
        }
        Map<String, Integer> totals = cells.between(firstMonthWeek, today).sum(TrendKind.THEME);
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        totals.keySet().stream().limit(THEMES_SHOWN).forEach(theme -> rows.put(labels.getOrDefault(theme, theme),
                perMonth.stream().map(sums -> sums.getOrDefault(theme, 0)).toList()));
        List<String> monthLabels = months.stream().map(f.month()::format).toList();
        BarChart chart = BarChart.of(rows.isEmpty()
                        ? f.l().text("dashboard.chart.themes.none")
                        : f.l().text("dashboard.chart.themes", rows.size(), monthLabels.get(0),
                        monthLabels.get(monthLabels.size() - 1)),
                months.stream().map(f.shortMonth()::format).toList(),
                List.copyOf(rows.keySet()), List.copyOf(rows.values()));
        return new DashboardView.Themes(monthLabels, rows, chart, firstMonthWeek);
    }

    private static DashboardView.Participation participation(TrendCells cells, Formats f) {
        List<DashboardView.Week> weeks = new ArrayList<>();
        List<Integer> people = new ArrayList<>();
        List<Integer> replies = new ArrayList<>();
        List<Integer> reacted = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (WeekCells week : cells.weeks()) {
            String label = f.week().format(week.start());
            labels.add(label);
            people.add(week.people().orElse(0));
            replies.add(week.replies().orElse(0));
            // people who reacted to a prompt and did not reply: a cell of its own, published only when both they and
            // those who replied are at least k (otherwise the total would give the smaller part away)
            Optional<Integer> onlyReacted = Optional.ofNullable(week.cells(TrendKind.TAKEPART).get(TrendKind.REACTED))
                    .map(cell -> cell.people());
            reacted.add(onlyReacted.orElse(0));
            weeks.add(new DashboardView.Week(label, week.people().isPresent() ? String.valueOf(week.people().getAsInt())
                    : "", week.replies().isPresent() ? String.valueOf(week.replies().getAsInt()) : "",
                    onlyReacted.map(String::valueOf).orElse("")));
        }
        Language l = f.l();
        BarChart chart = BarChart.of(l.text("dashboard.chart.participation", weeks.size()), labels,
                List.of(l.text("dashboard.people"), l.text("dashboard.replies"), l.text("dashboard.only.reacted")),
                List.of(people, replies, reacted));
        return new DashboardView.Participation(weeks, chart, cells.peopleWeeks(), cells.replies());
    }

    private DashboardView.Pairing pairing(Community community, LocalDate current, Formats f) {
        PairingSummarySource source = pairing.getIfAvailable();
        List<DashboardView.PairingWeek> weeks = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        List<Integer> met = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = WEEKS - 1; i >= 0; i--) {
            LocalDate week = current.minusWeeks(i);
            Instant from = week.atStartOfDay(community.zone()).toInstant();
            Instant to = week.plusWeeks(1).atStartOfDay(community.zone()).toInstant();
            PairingSummary summary = source == null ? null : source.summarise(community, from, to).orElse(null);
            String label = f.week().format(week) + (i == 0 ? f.l().text("digest.week.so.far") : "");
            labels.add(f.week().format(week));
            int rounds = summary == null ? 0 : summary.rounds();
            groups.add(summary == null ? 0 : summary.groups());
            met.add(summary == null ? 0 : summary.groupsCompleted());
            weeks.add(new DashboardView.PairingWeek(label, rounds, groups.get(groups.size() - 1), met.get(met.size() - 1)));
        }
        BarChart chart = BarChart.of(f.l().text("dashboard.chart.pairing", WEEKS), labels,
                List.of(f.l().text("dashboard.groups.introduced"), f.l().text("dashboard.groups.met")),
                List.of(groups, met));
        return new DashboardView.Pairing(weeks, chart, weeks.stream().mapToInt(DashboardView.PairingWeek::rounds).sum(),
                groups.stream().mapToInt(Integer::intValue).sum(), met.stream().mapToInt(Integer::intValue).sum());
    }
}
