package org.copcheckin.platform;

/**
 * The bot was taken out of a whole tenant: the Slack app uninstalled from a workspace (or its bot token revoked),
 * or the bot removed from a Discord server. Everything kept for that tenant is purged after a grace period,
 * unless it comes back first ({@link TenantReturned}).
 */
public record TenantRemoved(PlatformKind platform, String workspaceId) {
}
