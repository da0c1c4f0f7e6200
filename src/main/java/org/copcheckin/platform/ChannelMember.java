package org.copcheckin.platform;

/**
 * A human member of a channel as the platform reports it. The display name is held in memory only (for
 * greetings and for removing names from replies), never stored.
 *
 * @param platformAdmin workspace admin/owner (Slack), Manage Server or facilitator role (Discord)
 */
public record ChannelMember(MemberRef ref, String displayName, boolean platformAdmin) {
}
