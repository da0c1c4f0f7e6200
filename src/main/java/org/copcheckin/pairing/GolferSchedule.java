package org.copcheckin.pairing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For member counts in groups of three that have no Kirkman design, a schedule of {@code (n-1)/2} rounds with
 * as few repeats as a tabu search on the social golfer problem found offline ({@code GolferSearch}, a test
 * tool; {@code golfer-schedules.txt} holds the result and {@code GolferScheduleTest} checks it). Each round has
 * the shape {@link GroupBuilder} uses: triads, then one or two pairs for the rest. For {@code n ≡ 0 (mod 6)} from
 * 18 to 60 the stored schedule is a nearly Kirkman triple system ({@code NearlyKirkmanSearch}, also a test tool):
 * its {@code (n-2)/2} rounds repeat no pair. Laid over the stable member order like the designs, so with a fixed
 * membership its rounds come up in turn.
 */
final class GolferSchedule {

    static final int MAX_MEMBERS = 60;
    private static final String RESOURCE = "golfer-schedules.txt";
    private static final Map<Integer, int[][]> STORED = load();

    private GolferSchedule() {
    }

    static Optional<int[][]> forCount(int n) {
        int[][] rounds = STORED.get(n);
        return rounds == null ? Optional.empty() : Optional.of(rounds);
    }

    /** Group sizes of a round of n in groups of three: triads, then two pairs (n ≡ 1 mod 3) or one (n ≡ 2). */
    static int[] shape(int n) {
        int pairs = n % 3 == 0 ? 0 : n % 3 == 1 ? 2 : 1;
        int[] sizes = new int[(n - 2 * pairs) / 3 + pairs];
        Arrays.fill(sizes, 3);
        Arrays.fill(sizes, sizes.length - pairs, sizes.length, 2);
        return sizes;
    }

    /** The groups of a round, by position. */
    static List<int[]> groups(int n, int[] round) {
        List<int[]> groups = new ArrayList<>();
        int pos = 0;
        for (int size : shape(n)) {
            groups.add(Arrays.copyOfRange(round, pos, pos + size));
            pos += size;
        }
        return groups;
    }

    /** Pairs meeting again over the whole schedule. */
    static int repeats(int n, int[][] rounds) {
        int[] met = new int[n * n];
        int repeats = 0;
        for (int[] round : rounds) {
            for (int[] group : groups(n, round)) {
                for (int i = 0; i < group.length; i++) {
                    for (int j = i + 1; j < group.length; j++) {
                        repeats += met[group[i] * n + group[j]]++ > 0 ? 1 : 0;
                        met[group[j] * n + group[i]]++;
                    }
                }
            }
        }
        return repeats;
    }

    private static Map<Integer, int[][]> load() {
        Map<Integer, int[][]> stored = new HashMap<>();
        try (InputStream in = GolferSchedule.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return stored;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                int n = Integer.parseInt(line.substring(0, colon).strip());
                int[][] rounds = Arrays.stream(line.substring(colon + 1).split("\\|"))
                        .map(round -> Arrays.stream(round.strip().split(" ")).mapToInt(Integer::parseInt).toArray())
                        .toArray(int[][]::new);
                stored.put(n, rounds);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stored;
    }
}
