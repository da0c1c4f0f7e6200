package org.copcheckin.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The eco-map: organisations as nodes, joined by the pairing groups that met across them. A group of members from
 * organisations A, B and C adds one meeting to A-B, A-C and B-C; members without an organisation, and members of
 * the same one, add nothing. An edge is drawn only when at least k meetings made it, and an organisation is drawn
 * only at the end of a drawn edge, so the map never shows a single group. A pure function, laid out on a circle.
 */
record EcoMap(int k, List<Node> nodes, List<Edge> edges) {

    static final int WIDTH = 640;
    static final int HEIGHT = 440;
    private static final int LABEL_CHARS = 26;

    /** An organisation, where the picture draws it; {@code anchor} is the SVG text-anchor of its label. */
    record Node(String name, int x, int y, int labelX, int labelY, String anchor, String shortName) {
    }

    /** Two organisations and the groups that met across them (at least k). */
    record Edge(String from, String to, int meetings, int x1, int y1, int x2, int y2, int strokeWidth) {
        public int midX() {
            return (x1 + x2) / 2;
        }

        public int midY() {
            return (y1 + y2) / 2;
        }
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public boolean empty() {
        return edges.isEmpty();
    }

    /**
     * @param groupsMet each group that met, as its members' organisations (empty for a member without one)
     * @param k         the community's k: the fewest meetings an edge needs
     */
    static EcoMap of(List<List<Optional<String>>> groupsMet, int k) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<List<String>, Integer> meetings = new HashMap<>();
        for (List<Optional<String>> group : groupsMet) {
            TreeSet<String> keys = new TreeSet<>();
            for (Optional<String> organisation : group) {
                organisation.map(String::strip).filter(name -> !name.isEmpty()).ifPresent(name -> {
                    String key = name.toLowerCase(Locale.ROOT);
                    keys.add(key);
                    spellings.computeIfAbsent(key, any -> new TreeMap<>()).merge(name, 1, Integer::sum);
                });
            }
            List<String> ordered = List.copyOf(keys);
            for (int i = 0; i < ordered.size(); i++) {
                for (int j = i + 1; j < ordered.size(); j++) {
                    meetings.merge(List.of(ordered.get(i), ordered.get(j)), 1, Integer::sum);
                }
            }
        }
        Map<List<String>, Integer> drawn = new TreeMap<>(Comparator.<List<String>, String>comparing(p -> p.get(0))
                .thenComparing(p -> p.get(1)));
        meetings.forEach((pair, count) -> {
            if (count >= k) {
                drawn.put(pair, count);
            }
        });
        TreeSet<String> nodeKeys = new TreeSet<>();
        drawn.keySet().forEach(nodeKeys::addAll);
        return layOut(k, List.copyOf(nodeKeys), drawn, spellings);
    }

    private static EcoMap layOut(int k, List<String> keys, Map<List<String>, Integer> drawn,
                                 Map<String, Map<String, Integer>> spellings) {
        Map<String, Node> nodes = new HashMap<>();
        int n = keys.size();
        double radius = 130;
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n - Math.PI / 2;
            int x = (int) Math.round(WIDTH / 2.0 + radius * Math.cos(angle));
            int y = (int) Math.round(HEIGHT / 2.0 + radius * Math.sin(angle));
            double cos = Math.cos(angle);
            String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
            int labelX = (int) Math.round(WIDTH / 2.0 + (radius + 14) * cos);
            int labelY = (int) Math.round(HEIGHT / 2.0 + (radius + 14) * Math.sin(angle)) + (Math.sin(angle) > 0.2 ? 10 : 4);
            String name = shown(spellings.get(keys.get(i)));
            nodes.put(keys.get(i), new Node(name, x, y, labelX, labelY, anchor, shorten(name)));
        }
        int most = drawn.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Edge> edges = new ArrayList<>();
        drawn.forEach((pair, count) -> {
            Node a = nodes.get(pair.get(0));
            Node b = nodes.get(pair.get(1));
            edges.add(new Edge(a.name(), b.name(), count, a.x(), a.y(), b.x(), b.y(),
                    1 + (int) Math.round(5.0 * count / most)));
        });
        List<Node> ordered = keys.stream().map(nodes::get).toList();
        return new EcoMap(k, ordered, edges);
    }

    /** The spelling most members typed; ties go to the first in alphabetical order. */
    private static String shown(Map<String, Integer> spellings) {
        return spellings.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    private static String shorten(String name) {
        return name.length() <= LABEL_CHARS ? name : name.substring(0, LABEL_CHARS - 1) + "…";
    }
}
