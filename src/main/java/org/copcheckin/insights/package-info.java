/**
 * Insights: every reply is anonymised, analysed with Lucene into one-word answers, terms and taxonomy themes,
 * and kept only as rows keyed by per-check-in pseudonyms; trends are read back k-anonymously.
 */
package org.copcheckin.insights;
