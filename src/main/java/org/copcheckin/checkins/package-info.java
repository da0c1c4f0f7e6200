/**
 * Prompts and check-ins: posting a prompt to a community's channel, and the intake of the replies in its
 * thread. Reply text is handed to {@link org.copcheckin.checkins.ReplyListener}s in memory and never stored.
 */
package org.copcheckin.checkins;
