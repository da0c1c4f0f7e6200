package org.copcheckin.care;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.copcheckin.insights.AnonymisedReplies;
import org.copcheckin.support.LabelledSets;

/**
 * Recall and precision of the crisis signals on the labelled replies in {@code care/signals/}: the parts the list
 * was tuned on ({@link #TUNED}), the held-out part split from the first set before any rule was written, and the
 * last fresh part, phrased away from the list and never tuned on ({@link #FRESH}). A reply counts as caught when
 * any kind is found, since any kind sends the alert; per kind, a reply counts for each kind it is labelled with.
 */
public final class SignalQuality {

    public static final String TUNING = "care/signals/tuning.tsv";
    public static final String HELD_OUT = "care/signals/held-out.tsv";
    /** The last fresh part: phrased away from the list, committed before its first run, never tuned on. */
    public static final String FRESH = "care/signals/fresh-5.tsv";
    /** The parts the list was tuned on, in the order they were written. */
    public static final List<String> TUNED = List.of(TUNING, "care/signals/fresh.tsv", "care/signals/fresh-2.tsv",
            "care/signals/fresh-3.tsv", "care/signals/fresh-4.tsv");

    /** One reply, the kinds a reader gives it, and whether it is a hard negative (sounds like a signal, is not). */
    public record Labelled(String text, Set<String> kinds, boolean hard) {
        public boolean signal() {
            return !kinds.isEmpty();
        }
    }

    /** Counts over a labelled set. */
    public record Figures(int replies, int signals, int caught, int alerts, int ordinary, int ordinaryAlerts,
                          int hard, int hardAlerts, Map<String, int[]> perKind) {

        public double recall() {
            return signals == 0 ? 1.0 : (double) caught / signals;
        }

        public double precision() {
            return alerts == 0 ? 1.0 : (double) caught / alerts;
        }

        public double falseAlertsPerThousandOrdinary() {
            return ordinary == 0 ? 0 : 1000.0 * ordinaryAlerts / ordinary;
        }

        public double falseAlertsPerThousandHard() {
            return hard == 0 ? 0 : 1000.0 * hardAlerts / hard;
        }
    }

    private SignalQuality() {
    }

    public static List<Labelled> load(String resource) {
        List<Labelled> replies = new ArrayList<>();
        for (LabelledSets.Row row : LabelledSets.rows(resource)) {
            boolean none = row.labels().equals("-") || row.labels().equals("hard");
            Set<String> kinds = none ? Set.of() : new LinkedHashSet<>(Arrays.asList(row.labels().split(",")));
            replies.add(new Labelled(row.text(), kinds, row.labels().equals("hard")));
        }
        return replies;
    }

    public static List<Labelled> both() {
        List<Labelled> all = new ArrayList<>(load(TUNING));
        all.addAll(load(HELD_OUT));
        return all;
    }

    /** The bundled list's kinds (ids) for a raw reply, run through the real anonymiser first as the intake will. */
    public static Function<String, Set<String>> bundledAfterAnonymiser() {
        CrisisSignals signals = CrisisSignals.bundled();
        return text -> signals.detect(AnonymisedReplies.anonymise(text)).stream().map(SignalKind::id)
                .collect(Collectors.toSet());
    }

    public static Figures score(List<Labelled> replies, Function<String, Set<String>> detector, List<String> kindIds) {
        int signals = 0;
        int caught = 0;
        int alerts = 0;
        int ordinary = 0;
        int ordinaryAlerts = 0;
        int hard = 0;
        int hardAlerts = 0;
        Map<String, int[]> perKind = new LinkedHashMap<>();
        kindIds.forEach(id -> perKind.put(id, new int[3]));
        for (Labelled reply : replies) {
            Set<String> found = detector.apply(reply.text());
            boolean alert = !found.isEmpty();
            alerts += alert ? 1 : 0;
            if (reply.signal()) {
                signals++;
                caught += alert ? 1 : 0;
            } else if (reply.hard()) {
                hard++;
                hardAlerts += alert ? 1 : 0;
            } else {
                ordinary++;
                ordinaryAlerts += alert ? 1 : 0;
            }
            for (Map.Entry<String, int[]> kind : perKind.entrySet()) {
                boolean labelled = reply.kinds().contains(kind.getKey());
                boolean matched = found.contains(kind.getKey());
                int[] c = kind.getValue();
                if (labelled && matched) {
                    c[0]++;
                } else if (matched) {
                    c[1]++;
                } else if (labelled) {
                    c[2]++;
                }
            }
        }
        return new Figures(replies.size(), signals, caught, alerts, ordinary, ordinaryAlerts, hard, hardAlerts, perKind);
    }

    /** The figures as the benchmark prints them, one line each. */
    public static List<String> lines(String name, Figures f) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("crisis signals, %s (%d replies): recall %.1f%% (%d of %d with a signal), precision %.1f%% "
                        + "(%d of %d alerts right), false alerts %.1f per 1,000 ordinary replies (%d of %d), %.0f per 1,000 "
                        + "hard negatives (%d of %d)", name, f.replies(), 100 * f.recall(), f.caught(), f.signals(),
                100 * f.precision(), f.caught(), f.alerts(), f.falseAlertsPerThousandOrdinary(), f.ordinaryAlerts(),
                f.ordinary(), f.falseAlertsPerThousandHard(), f.hardAlerts(), f.hard()));
        f.perKind().forEach((id, c) -> lines.add(String.format("crisis signals, %s, %-15s recall %5.1f%%  precision %5.1f%%  "
                + "(%d right, %d wrongly added, %d missed)", name, id, c[0] + c[2] == 0 ? 100.0 : 100.0 * c[0] / (c[0] + c[2]),
                c[0] + c[1] == 0 ? 100.0 : 100.0 * c[0] / (c[0] + c[1]), c[0], c[1], c[2])));
        return lines;
    }
}
