package org.copcheckin.platform;

/**
 * An image that travels with a message (a digest's chart): the file's name, its PNG bytes and the text that
 * describes it to someone who cannot see it.
 */
public record Attachment(String fileName, byte[] png, String altText) {

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + png.length + " bytes]";
    }
}
