package org.copcheckin.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.copcheckin.care.CrisisSignals;
import org.copcheckin.care.SignalKind;
import org.copcheckin.care.SignalQuality;
import org.copcheckin.insights.AnonymisedReplies;
import org.copcheckin.insights.InsightsFixtures;

/**
 * Crisis-signal figures, part of the insights benchmark: recall, precision and false alerts of the bundled list on
 * the labelled replies (through the real anonymiser), and how fast it reads replies on one thread: the labelled
 * replies, replies of 4,000 characters, and 4,000 characters built to wake as many phrases as possible. Times are
 * the thread's CPU time, steadier than the wall clock on a shared machine; wall times are printed beside them.
 */
final class CrisisSignalsBench {

    static final int WARM_UP = 50_000;
    static final int MEASURED = 400_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Mean microseconds per reply. */
    private record Cost(double cpu, double wall) {
        @Override
        public String toString() {
            return String.format("%.1f µs (wall %.1f µs)", cpu, wall);
        }
    }

    private CrisisSignalsBench() {
    }

    static void run() {
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        CrisisSignals signals = CrisisSignals.bundled();
        System.out.printf("crisis signals: list read and indexed in a fresh JVM in %.0f ms of CPU (wall %.0f ms): %s%n",
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - start) / 1e6, signals);
        quality(signals);
        speed(signals);
    }

    private static void quality(CrisisSignals signals) {
        List<String> kinds = signals.kinds().stream().map(SignalKind::id).toList();
        Function<String, Set<String>> detect = SignalQuality.bundledAfterAnonymiser();
        List<SignalQuality.Labelled> tuned = new ArrayList<>();
        SignalQuality.TUNED.forEach(part -> tuned.addAll(SignalQuality.load(part)));
        List<SignalQuality.Labelled> whole = new ArrayList<>(tuned);
        whole.addAll(SignalQuality.load(SignalQuality.HELD_OUT));
        whole.addAll(SignalQuality.load(SignalQuality.FRESH));
        print(SignalQuality.lines("held-out part, never tuned on", SignalQuality.score(
                SignalQuality.load(SignalQuality.HELD_OUT), detect, kinds)));
        print(SignalQuality.lines("fresh part, phrased away from the list, never tuned on", SignalQuality.score(
                SignalQuality.load(SignalQuality.FRESH), detect, kinds)));
        print(SignalQuality.lines("parts tuned on", SignalQuality.score(tuned, detect, kinds)).subList(0, 1));
        print(SignalQuality.lines("whole set", SignalQuality.score(whole, detect, kinds)));
        List<String> others = new ArrayList<>();
        InsightsFixtures.CHALLENGES.forEach(r -> others.add(r.text()));
        InsightsFixtures.WORDS.forEach(r -> others.add(r.text()));
        long alerts = others.stream().filter(reply -> !detect.apply(reply).isEmpty()).count();
        System.out.printf("crisis signals: alerts on the %d ordinary replies of the insights fixtures (written by others, "
                + "never tuned on): %d%n", others.size(), alerts);
    }

    private static void speed(CrisisSignals signals) {
        List<String> replies = new ArrayList<>();
        for (SignalQuality.Labelled reply : SignalQuality.both()) {
            replies.add(AnonymisedReplies.anonymise(reply.text()));
        }
        Cost typical = perReply(signals, replies, WARM_UP, MEASURED);
        System.out.printf("crisis signals: %,.0f replies checked per second on one thread (%,d labelled replies of "
                + "%d characters on average, anonymised beforehand): %s per reply%n", 1e6 / typical.cpu(), MEASURED,
                replies.stream().mapToInt(String::length).sum() / replies.size(), typical);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; joined.length() < 4_000; i++) {
            joined.append(replies.get(i % replies.size())).append(' ');
        }
        String long4000 = joined.substring(0, 4_000);
        System.out.printf("crisis signals: a reply of 4,000 characters of labelled replies: %s%n",
                perReply(signals, List.of(long4000), 2_000, 5_000));
        Cost worst = new Cost(0, 0);
        String worstUnit = "";
        for (String unit : List.of("kill ", "not ", "she ", "he said he ", "sleeping in the ", "dad has been ",
                "ran away ", "threatened to ", " ; ", "suicidal not suicidal ", "left left alone ",
                "mom boyfriend has been always still ", "took a bunch of ", "is missing since ", "told me ")) {
            String hostile = unit.repeat(4_000 / unit.length());
            Cost cost = perReply(signals, List.of(hostile), 500, 1_000);
            if (cost.cpu() > worst.cpu()) {
                worst = cost;
                worstUnit = unit.strip();
            }
        }
        System.out.printf("crisis signals: worst of 15 hostile replies of 4,000 characters (\"%s\" repeated): %s%n",
                worstUnit, worst);
    }

    /** Mean cost per reply, after a warm-up, cycling through the replies. */
    private static Cost perReply(CrisisSignals signals, List<String> replies, int warmUp, int count) {
        int found = 0;
        for (int i = 0; i < warmUp; i++) {
            found += signals.detect(replies.get(i % replies.size())).size();
        }
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            found += signals.detect(replies.get(i % replies.size())).size();
        }
        Cost cost = new Cost((THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / count, (System.nanoTime() - start) / 1e3 / count);
        if (found < 0) {
            throw new IllegalStateException("unreachable: keeps the loop from being optimised away");
        }
        return cost;
    }

    private static void print(List<String> lines) {
        lines.forEach(System.out::println);
    }
}
