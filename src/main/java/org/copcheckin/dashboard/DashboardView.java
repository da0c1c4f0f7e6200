package org.copcheckin.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.copcheckin.community.Language;

/**
 * Everything the dashboard page shows, already published: every figure is a weekly cell of at least k people, a
 * sum of such cells, or a count of pairing rounds and groups. No names, no reply text, no platform ids.
 *
 * @param platform      "Slack", "Discord" or "playground", for the heading
 * @param expires       when the link stops working, in the community's zone, as text
 * @param itemsWithheld the channel has fewer than k members: participation only, no themes
 * @param language      the community's, for the page's words
 */
record DashboardView(String platform, String zone, int k, String expires, boolean itemsWithheld,
                     Themes themes, Participation participation, Pairing pairing, List<Partner> directory,
                     EcoMap ecoMap, Language language) {

    /**
     * @param months  month labels, oldest first
     * @param rows    each shown theme's people-weeks per month (weeks count in the month of their Monday)
     */
    record Themes(List<String> months, Map<String, List<Integer>> rows, BarChart chart, LocalDate from) {
    }

    /**
     * One week: people (who replied, pressed a feeling or reacted) and replies when at least k people took part,
     * otherwise empty; {@code onlyReacted}, the people who reacted to a prompt without replying, only when both they
     * and those who replied are at least k.
     */
    record Week(String label, String people, String replies, String onlyReacted) {
    }

    record Participation(List<Week> weeks, BarChart chart, int peopleWeeks, int replies) {
    }

    /** One week of pairing: rounds run, groups introduced and groups that said they met. */
    record PairingWeek(String label, int rounds, int groups, int met) {
    }

    /** An organisation of the partner directory, with its public details only (services as their labels). */
    record Partner(String name, String region, String services, String contact) {
    }

    record Pairing(List<PairingWeek> weeks, BarChart chart, int rounds, int groups, int met) {
    }
}
