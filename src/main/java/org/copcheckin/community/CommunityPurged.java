package org.copcheckin.community;

/**
 * A community is about to be deleted with everything kept for it (its tenant removed the bot, and the grace period
 * is over). Published inside the purge's transaction, so modules holding state outside the database (Quartz jobs)
 * remove it too.
 */
public record CommunityPurged(Community community) {
}
