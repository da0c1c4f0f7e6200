package org.copcheckin.insights;

/** The bundled answer families, for tests outside this package. */
public final class BundledFamilies {

    private static final AnswerFamilies FAMILIES = AnswerFamilies.bundled(ReplyAnalyser.withDefaults().taxonomy());

    private BundledFamilies() {
    }

    public static AnswerFamilies get() {
        return FAMILIES;
    }
}
