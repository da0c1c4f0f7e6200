package org.copcheckin.community;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for new communities and the start-up facilitators. Blank values (as an empty line in {@code .env}
 * gives them) fall back to the defaults.
 *
 * @param timezone     {@code COP_TIMEZONE}: the IANA zone of new communities, default UTC
 * @param kAnonymity   {@code COP_K_ANONYMITY}: the k of new communities, default 3, never below 2
 * @param facilitators {@code COP_FACILITATORS}: platform user ids who facilitate every community, plain
 *                     ({@code U024BE7LH}) or scoped to one workspace ({@code slack:T…:U…},
 *                     {@code discord:<guild>:<user>}); a malformed scoped entry stops start-up
 */
@ConfigurationProperties(prefix = "cop")
public record CommunityDefaults(String timezone, Integer kAnonymity, Set<String> facilitators) {

    public CommunityDefaults {
        timezone = timezone == null || timezone.isBlank() ? "UTC" : timezone.strip();
        try {
            ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("COP_TIMEZONE '" + timezone + "' is not an IANA time zone such as America/New_York");
        }
        kAnonymity = kAnonymity == null ? 3 : kAnonymity;
        if (kAnonymity < 2) {
            throw new IllegalArgumentException("COP_K_ANONYMITY must be 2 or more, was " + kAnonymity);
        }
        facilitators = facilitators == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(
                facilitators.stream().map(String::trim).filter(id -> !id.isEmpty()).toList()));
        parse(facilitators);
    }

    /** The entries of {@code COP_FACILITATORS}, parsed. */
    List<ConfiguredFacilitator> configured() {
        return parse(facilitators);
    }

    private static List<ConfiguredFacilitator> parse(Set<String> facilitators) {
        List<ConfiguredFacilitator> entries = new ArrayList<>();
        for (String entry : facilitators) {
            entries.add(ConfiguredFacilitator.parse(entry, entries.size() + 1));
        }
        return List.copyOf(entries);
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }
}
