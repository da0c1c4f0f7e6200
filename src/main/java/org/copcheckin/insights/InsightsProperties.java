package org.copcheckin.insights;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Insights settings; blank or missing values take the defaults.
 *
 * @param taxonomy               {@code cop.insights.taxonomy}: where the theme taxonomy (YAML) is, a Spring
 *                               resource location; default the bundled one
 * @param pseudonymousRetention  {@code cop.insights.pseudonymous-retention}: how long rows keyed by pseudonyms
 *                               are kept, default 90 days
 * @param aggregateRetention     {@code cop.insights.aggregate-retention}: how long weekly counts are kept,
 *                               default 730 days (24 months)
 * @param retentionCron          {@code cop.insights.retention-cron}: when the daily retention job runs (Spring
 *                               cron, server time), default 03:30
 */
@ConfigurationProperties(prefix = "cop.insights")
record InsightsProperties(String taxonomy, Duration pseudonymousRetention, Duration aggregateRetention,
                          String retentionCron) {

    static final String DEFAULT_TAXONOMY = "classpath:insights/taxonomy.yml";

    InsightsProperties {
        taxonomy = taxonomy == null || taxonomy.isBlank() ? DEFAULT_TAXONOMY : taxonomy.strip();
        pseudonymousRetention = pseudonymousRetention == null ? Duration.ofDays(90) : pseudonymousRetention;
        aggregateRetention = aggregateRetention == null ? Duration.ofDays(730) : aggregateRetention;
        retentionCron = retentionCron == null || retentionCron.isBlank() ? "0 30 3 * * *" : retentionCron.strip();
        if (pseudonymousRetention.isNegative() || pseudonymousRetention.isZero()
                || aggregateRetention.compareTo(pseudonymousRetention) < 0) {
            throw new IllegalArgumentException("cop.insights retention periods must be positive, aggregates at "
                    + "least as long as pseudonymous rows");
        }
    }
}
