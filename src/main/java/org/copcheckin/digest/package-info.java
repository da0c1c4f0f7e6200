/**
 * Digests: the facilitator's weekly (or on-demand) summary of anonymised, k-anonymous trends, composed from the
 * insights module's queries, rendered as a neutral message with a PNG chart, and delivered privately. A community's
 * first prompt adds the default weekly digest schedule, by listening to {@code PromptPosted}
 * ({@link org.copcheckin.digest.DefaultDigestSchedule}).
 */
package org.copcheckin.digest;
