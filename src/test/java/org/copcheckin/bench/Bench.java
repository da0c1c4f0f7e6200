package org.copcheckin.bench;

/**
 * Entry point of {@code mvn -Pbench -Dbench=<name> verify}: runs the benchmark named by the {@code bench}
 * system property. Add a case per benchmark.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String name = System.getProperty("bench", "");
        switch (name) {
            case "slack":
                SlackBench.run();
                break;
            default:
                System.err.println("Unknown benchmark '" + name + "'. Known: slack");
                System.exit(2);
        }
        System.exit(0);
    }
}
