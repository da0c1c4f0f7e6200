package org.copcheckin.commands;

import org.copcheckin.community.Community;
import org.copcheckin.community.Language;

/**
 * A line of {@code /cop settings}. Each setting a feature adds is one of these (a Spring bean) plus its
 * {@code settings <name> ...} rows in the catalogue; the store behind it is the feature's own.
 */
public interface SettingRow {

    /** Where it is listed: lower first. */
    int order();

    /** {@code *Time zone*: America/Los_Angeles (change: `/cop settings zone <IANA zone>`)}, in the language */
    String line(Community community, Language language);
}
