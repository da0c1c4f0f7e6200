/**
 * Operational metrics: the one place that names cop-checkin's Micrometer meters (served at
 * {@code /actuator/prometheus}); features and platform adapters report events through
 * {@link org.copcheckin.metrics.CopMetrics}. Meters carry our own low-cardinality words as tags, never ids of
 * people, channels or messages.
 *
 * <p>Health, the other half of operations: a platform adapter contributes a Spring Boot {@code HealthIndicator}
 * bean (contributors {@code slack}, {@code slackSocketMode} in Socket Mode, {@code discord}) that is DOWN while its
 * connection is; the readiness group includes them when present, the liveness group never (a restart does not
 * bring a platform back).
 */
package org.copcheckin.metrics;
