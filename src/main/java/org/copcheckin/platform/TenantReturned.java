package org.copcheckin.platform;

/** The app was installed again in a Slack workspace, or the bot added again to a Discord server. */
public record TenantReturned(PlatformKind platform, String workspaceId) {
}
