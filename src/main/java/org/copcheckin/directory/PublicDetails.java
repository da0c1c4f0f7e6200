package org.copcheckin.directory;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules an organisation's public details obey before they are stored: lengths, and nothing that points at a
 * person of the chat (a mention). Pure.
 */
public final class PublicDetails {

    public static final int MAX_NAME = 120;
    public static final int MAX_REGION = 64;
    public static final int MAX_CONTACT = 200;

    private static final Pattern MENTION = Pattern.compile("<[@#!]|<member:|@(here|channel|everyone)\\b");

    private PublicDetails() {
    }

    /** Why a region cannot be stored, or empty when it can. */
    public static Optional<String> regionRefusal(String region) {
        if (region.length() > MAX_REGION) {
            return Optional.of("A region can be at most " + MAX_REGION + " characters (this one has "
                    + region.length() + "): give the area's name, such as *East County*.");
        }
        if (MENTION.matcher(region).find() || region.contains("@")) {
            return Optional.of("A region is an area's name, not a person or an address.");
        }
        return Optional.empty();
    }

    public static Optional<String> nameRefusal(String name) {
        if (name.isBlank()) {
            return Optional.of("The organisation needs a name.");
        }
        if (name.length() > MAX_NAME) {
            return Optional.of("An organisation's name can be at most " + MAX_NAME + " characters.");
        }
        if (MENTION.matcher(name).find() || name.contains("@")) {
            return Optional.of("Give the organisation's name, not a person or an address.");
        }
        return Optional.empty();
    }

    public static Optional<String> contactRefusal(String contact) {
        if (contact.length() > MAX_CONTACT) {
            return Optional.of("A contact line can be at most " + MAX_CONTACT + " characters.");
        }
        if (MENTION.matcher(contact).find()) {
            return Optional.of("A contact line is the organisation's public phone, address or web page, not a "
                    + "mention of someone in the chat.");
        }
        return Optional.empty();
    }
}
