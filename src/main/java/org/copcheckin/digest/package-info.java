/**
 * Digests: the facilitator's weekly (or on-demand) summary of anonymised, k-anonymous trends, composed from the
 * insights module's queries, rendered as a neutral message with a PNG chart, and delivered privately.
 */
package org.copcheckin.digest;
