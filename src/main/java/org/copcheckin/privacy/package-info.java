/**
 * Privacy primitives: the deployment's secret key (from {@code COP_SECRET_KEY} or generated once into
 * {@code COP_DATA_DIR}) and keyed pseudonyms derived from it.
 */
package org.copcheckin.privacy;
