package org.copcheckin.commands;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.copcheckin.platform.MemberRef;

/** A subcommand's option values, checked against their {@link Option}s: the handler reads them by name. */
public record Args(Map<String, Object> values) {

    public Args {
        values = Map.copyOf(values);
    }

    static Args none() {
        return new Args(Map.of());
    }

    public Optional<String> string(String name) {
        return Optional.ofNullable((String) values.get(name));
    }

    public Optional<Long> integer(String name) {
        return Optional.ofNullable((Long) values.get(name));
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    public Optional<MemberRef> member(String name) {
        return Optional.ofNullable((MemberRef) values.get(name));
    }

    public Optional<LocalDate> date(String name) {
        return Optional.ofNullable((LocalDate) values.get(name));
    }
}
