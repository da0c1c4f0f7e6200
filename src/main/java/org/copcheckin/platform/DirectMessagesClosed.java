package org.copcheckin.platform;

/**
 * The member does not accept direct messages from the bot (Discord's error 50007: their privacy settings). Callers
 * that message many members count these rather than fail; the message never names the member.
 */
public class DirectMessagesClosed extends PlatformException {

    public DirectMessagesClosed(String message, Throwable cause) {
        super(message, cause);
    }
}
