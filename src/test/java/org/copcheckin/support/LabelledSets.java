package org.copcheckin.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The labelled sets' files: one reply a line, its labels, a tab and its text; blank lines and # comments skipped. */
public final class LabelledSets {

    /** A line of a labelled set: the labels as written ({@code -}, {@code housing,food}) and the reply. */
    public record Row(String labels, String text) {
    }

    private LabelledSets() {
    }

    public static List<Row> rows(String resource) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = LabelledSets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No labelled set at " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 2);
                rows.add(new Row(cells[0], cells[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
