package org.copcheckin.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Benchmarks: {@code mvn -Pbench -Dbench=<name> verify} runs this with the test classpath. Each feature adds its
 * benchmark here by name; {@code all} runs every one.
 */
public final class Bench {

    private static final Map<String, Runnable> BENCHMARKS = new LinkedHashMap<>();

    static {
        BENCHMARKS.put("insights", InsightsBench::run);
    }

    private Bench() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        String name = System.getProperty("bench", "all");
        if ("all".equals(name)) {
            BENCHMARKS.values().forEach(Runnable::run);
        } else if (BENCHMARKS.containsKey(name)) {
            BENCHMARKS.get(name).run();
        } else {
            System.err.println("Unknown benchmark '" + name + "'; known: all, " + String.join(", ", BENCHMARKS.keySet()));
            System.exit(2);
        }
        System.exit(0);
    }
}
