package org.copcheckin.insights;

/**
 * The real anonymiser with the bundled name lists and taxonomy, for tests and benchmarks of other modules that
 * must see a reply as it is after anonymisation (the anonymiser itself is package-private).
 */
public final class AnonymisedReplies {

    private static final ReplyAnonymiser ANONYMISER = new ReplyAnonymiser(
            NameList.bundled(ReplyAnalyser.withDefaults().taxonomy().keywordWords()));

    private AnonymisedReplies() {
    }

    /** The reply as the intake hands it on, with the fixtures' member names known to the channel. */
    public static String anonymise(String text) {
        return ANONYMISER.anonymise(text, InsightsFixtures.KNOWN_NAMES);
    }
}
