/**
 * The Discord adapter: JDA connection (single or sharded), the {@code /cop} slash command, prompt threads and
 * private pair threads behind {@link org.copcheckin.platform.ChatPlatform}. The only package that imports JDA.
 */
package org.copcheckin.discord;
