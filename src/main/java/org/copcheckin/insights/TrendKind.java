package org.copcheckin.insights;

/** What a trend row counts: a one-word answer, a taxonomy theme, or a term of a reply. */
public enum TrendKind {
    WORD, THEME, TERM
}
