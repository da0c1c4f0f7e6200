package org.copcheckin.care;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Care settings; blank or missing values take the defaults.
 *
 * @param signals {@code cop.care.signals} ({@code COP_CARE_SIGNALS}): where the crisis-signal list (YAML) is, a
 *                Spring resource location such as {@code file:/etc/cop/crisis-signals.yml}; default the bundled one
 */
@ConfigurationProperties(prefix = "cop.care")
record CareProperties(String signals) {

    static final String DEFAULT_SIGNALS = "classpath:" + CrisisSignals.BUNDLED;

    CareProperties {
        signals = signals == null || signals.isBlank() ? DEFAULT_SIGNALS : signals.strip();
    }
}
