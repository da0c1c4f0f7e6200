package org.copcheckin.care;

/**
 * A kind of personal data the anonymiser removed from a reply: only the kind, never the value, so a member can be
 * told "a name and a phone number" were found.
 */
public enum PersonalData {
    NAME("a name"),
    PHONE("a phone number"),
    EMAIL("an e-mail address"),
    ADDRESS("an address"),
    ID("an id number");

    private final String phrase;

    PersonalData(String phrase) {
        this.phrase = phrase;
    }

    /** How a message names it: "a phone number". */
    public String phrase() {
        return phrase;
    }
}
