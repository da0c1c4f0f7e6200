package org.copcheckin.ops;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * The application in a separate JVM, on the test classpath, so a test can kill it the hard way
 * ({@link Process#destroyForcibly()} is SIGKILL on Linux: no shutdown hooks, no graceful anything).
 * Its standard output is collected line by line; the child prints markers the test waits for.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.reader = new Thread(this::readOutput, "child-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** @param log where the child's output is copied, for a look after a failure */
    static ChildJvm start(Class<?> mainClass, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new ChildJvm(process, log);
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
                Files.writeString(log, line + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException ignored) {
            // the process was killed: its output ends here
        }
    }

    /** Waits for a line of output; fails with the child's last lines when it does not come or the JVM exits. */
    String awaitLine(Predicate<String> matching, Duration timeout) {
        try {
            return await().atMost(timeout).pollInterval(Duration.ofMillis(50))
                    .failFast("the child JVM exited", () -> !process.isAlive() && firstMatch(matching).isEmpty())
                    .until(() -> firstMatch(matching), Optional::isPresent).orElseThrow();
        } catch (TerminalFailureException exited) {
            throw new AssertionError("The child JVM exited with " + process.exitValue() + ":\n" + tail());
        } catch (ConditionTimeoutException late) {
            throw new AssertionError("The child JVM did not print the expected line in " + timeout + ":\n" + tail());
        }
    }

    private Optional<String> firstMatch(Predicate<String> matching) {
        return lines.stream().filter(matching).findFirst();
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** SIGKILL, as the kernel's OOM killer or a pulled plug would do it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        // what the child printed before it died may still be in the pipe: read it all, so lines() is complete
        reader.join(TimeUnit.SECONDS.toMillis(10));
        if (reader.isAlive()) {
            throw new AssertionError("The killed child's output did not end within 10 s");
        }
    }

    private String tail() {
        List<String> all = lines();
        return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
