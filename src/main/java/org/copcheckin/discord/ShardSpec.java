package org.copcheckin.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which shards this replica runs, from {@code DISCORD_SHARDS}: {@code 0-3/16} (a range), {@code 0,2,4/8} (a
 * list) or {@code 5/16} (one), always with the total after the slash.
 */
record ShardSpec(List<Integer> shardIds, int total) {

    private static final Pattern SPEC = Pattern.compile("\\s*([0-9,\\-\\s]+)/\\s*([0-9]+)\\s*");

    ShardSpec {
        shardIds = List.copyOf(shardIds);
    }

    static ShardSpec parse(String text) {
        Matcher matcher = SPEC.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw invalid(text);
        }
        int total = Integer.parseInt(matcher.group(2));
        List<Integer> ids = new ArrayList<>();
        for (String part : matcher.group(1).split(",")) {
            String[] range = part.strip().split("\\s*-\\s*");
            if (range.length == 0 || range.length > 2 || range[0].isEmpty()) {
                throw invalid(text);
            }
            int from = Integer.parseInt(range[0]);
            int to = range.length == 2 ? Integer.parseInt(range[1]) : from;
            if (from > to) {
                throw invalid(text);
            }
            for (int id = from; id <= to; id++) {
                ids.add(id);
            }
        }
        if (total < 1 || ids.stream().anyMatch(id -> id >= total) || ids.stream().distinct().count() != ids.size()) {
            throw invalid(text);
        }
        return new ShardSpec(ids, total);
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("DISCORD_SHARDS must look like 0-3/16, 0,2/8 or 5/16 (shard ids below "
                + "the total), not '" + text + "'");
    }
}
