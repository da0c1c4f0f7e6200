package org.copcheckin.insights;

/**
 * What a trend row counts: a one-word answer, a taxonomy theme, or a term of a reply. {@link #TAKEPART} is a
 * published cell only: how people took part in a week ({@link #REPLIED} or only {@link #REACTED}).
 */
public enum TrendKind {
    WORD, THEME, TERM, TAKEPART;

    /** The {@link #TAKEPART} item of the people who replied. */
    public static final String REPLIED = "replied";
    /** The {@link #TAKEPART} item of the people who reacted to a prompt and did not reply. */
    public static final String REACTED = "reacted";
}
