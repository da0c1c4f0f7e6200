package org.copcheckin.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the benchmark named by the first argument or {@code -Dbench} ({@code all} runs every one). Started by
 * the {@code bench} Maven profile; never part of {@code mvn test}.
 */
public final class Benchmarks {

    private static final Map<String, Runnable> BENCHMARKS = new LinkedHashMap<>();

    static {
        BENCHMARKS.put("pairing", PairingBenchmark::run);
        BENCHMARKS.put("insights", InsightsBench::run);
        BENCHMARKS.put("long-replies", LongReplyBench::run);
        BENCHMARKS.put("large-channel", () -> {
            try {
                LargeChannelBench.run();
            } catch (Exception e) {
                throw new IllegalStateException("Large-channel benchmark failed", e);
            }
        });
        BENCHMARKS.put("slack", () -> {
            try {
                SlackBench.run();
            } catch (Exception e) {
                throw new IllegalStateException("Slack benchmark failed", e);
            }
        });
    }

    private Benchmarks() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        String which = args.length > 0 && !args[0].isBlank() ? args[0] : System.getProperty("bench", "all");
        which = which.toLowerCase(Locale.ROOT);
        if (!which.equals("all") && !BENCHMARKS.containsKey(which)) {
            throw new IllegalArgumentException("Unknown benchmark '" + which + "'; known: all, "
                    + String.join(", ", BENCHMARKS.keySet()));
        }
        for (Map.Entry<String, Runnable> benchmark : BENCHMARKS.entrySet()) {
            if (which.equals("all") || which.equals(benchmark.getKey())) {
                benchmark.getValue().run();
            }
        }
        // benchmarks start servers and pools; end the JVM once the figures are printed
        System.exit(0);
    }

    /** One figure, in the {@code name: value} form the README quotes. */
    static void print(String name, Object value) {
        System.out.println(name + ": " + value);
    }
}
