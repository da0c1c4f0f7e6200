package org.copcheckin.directory;

import java.util.Optional;
import java.util.regex.Pattern;

import org.copcheckin.community.Wording;

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

    /** Why a region cannot be stored (put in the community's language when answered), or empty when it can. */
    public static Optional<Wording> regionRefusal(String region) {
        if (region.length() > MAX_REGION) {
            return Optional.of(Wording.of("partners.region.long", MAX_REGION, region.length()));
        }
        if (MENTION.matcher(region).find() || region.contains("@")) {
            return Optional.of(Wording.of("partners.region.person"));
        }
        return Optional.empty();
    }

    public static Optional<Wording> nameRefusal(String name) {
        if (name.isBlank()) {
            return Optional.of(Wording.of("partners.name.missing"));
        }
        if (name.length() > MAX_NAME) {
            return Optional.of(Wording.of("partners.name.long", MAX_NAME));
        }
        if (MENTION.matcher(name).find() || name.contains("@")) {
            return Optional.of(Wording.of("partners.name.person"));
        }
        return Optional.empty();
    }

    public static Optional<Wording> contactRefusal(String contact) {
        if (contact.length() > MAX_CONTACT) {
            return Optional.of(Wording.of("partners.contact.long", MAX_CONTACT));
        }
        if (MENTION.matcher(contact).find()) {
            return Optional.of(Wording.of("partners.contact.person"));
        }
        return Optional.empty();
    }
}
