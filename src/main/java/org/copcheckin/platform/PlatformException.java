package org.copcheckin.platform;

/** The platform refused a call or could not be reached. The message never carries user content. */
public class PlatformException extends RuntimeException {

    public PlatformException(String message) {
        super(message);
    }

    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
