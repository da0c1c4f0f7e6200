/**
 * Privacy primitives: the deployment's secret key (from {@code COP_SECRET_KEY} or generated once into
 * {@code COP_DATA_DIR}), keyed pseudonyms derived from it,
 * and the short keyed signatures the bot's tokens carry.
 */
package org.copcheckin.privacy;
