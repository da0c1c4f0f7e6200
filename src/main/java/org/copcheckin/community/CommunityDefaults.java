package org.copcheckin.community;

import java.time.ZoneId;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for new communities and the start-up facilitators.
 *
 * @param timezone     {@code COP_TIMEZONE}: the zone of new communities
 * @param kAnonymity   {@code COP_K_ANONYMITY}: the k of new communities, never below 2
 * @param facilitators {@code COP_FACILITATORS}: platform user ids who facilitate every community
 */
@ConfigurationProperties(prefix = "cop")
public record CommunityDefaults(@DefaultValue("UTC") ZoneId timezone,
                                @DefaultValue("3") int kAnonymity,
                                @DefaultValue Set<String> facilitators) {

    public CommunityDefaults {
        if (kAnonymity < 2) {
            throw new IllegalArgumentException("COP_K_ANONYMITY must be 2 or more, was " + kAnonymity);
        }
        facilitators = facilitators == null ? Set.of() : Set.copyOf(facilitators.stream()
                .map(String::trim).filter(id -> !id.isEmpty()).toList());
    }
}
