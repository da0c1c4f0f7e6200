package org.copcheckin.digest;

import java.util.ArrayList;
import java.util.List;

import org.copcheckin.community.Language;
import org.copcheckin.insights.AnswerFamilies;

/** The paragraphs a month's or a quarter's review adds to the digest message. Pure. */
final class PeriodReviewText {

    private PeriodReviewText() {
    }

    static List<String> paragraphs(PeriodReview r, int k) {
        return paragraphs(r, k, Language.EN);
    }

    static List<String> paragraphs(PeriodReview r, int k, Language l) {
        List<String> p = new ArrayList<>();
        p.add(l.text("review.over", r.covers(), DigestNotesText.weeks(r.activeWeeks(), l), k));
        p.add(l.text("review.held") + bullets(r.held().stream()
                .map(h -> l.text("review.held.line", h.label(), h.weeks(), r.activeWeeks(), h.people())).toList(),
                " " + (r.activeWeeks() < 2 ? l.text("review.held.few") : l.text("review.held.none"))));
        p.add(l.text("review.rose") + (r.earlier() ? bullets(r.rose().stream()
                .map(t -> t.label() + ": " + l.plural("digest.people", t.people()) + ", "
                        + (t.before() == 0 ? l.text("review.rose.new") : l.text("review.rose.from", t.before())))
                .toList(), " " + l.text("review.rose.none"))
                : " " + l.text("review.rose.no.earlier")));
        p.add(l.text("review.families") + bullets(r.families().stream().map(line -> family(line, l)).toList(),
                " " + l.text("review.families.none", k)));
        return p;
    }

    private static String family(AnswerFamilies.FamilyLine line, Language l) {
        return familyLabel(line.family(), l) + " (" + line.people() + ")" + (line.words().isEmpty() ? ""
                : ": " + String.join(", ", line.words()));
    }

    private static String bullets(List<String> items, String none) {
        if (items.isEmpty()) {
            return none;
        }
        StringBuilder text = new StringBuilder();
        items.forEach(item -> text.append("\n• ").append(item));
        return text.toString();
    }

    /**
     * A family's label: the lexicon's own in English (a deployment may bring its own lexicon); in French or Spanish
     * the bundle's {@code family.<id>} for the bundled families, a theme family's translated theme label, else the
     * lexicon's.
     */
    static String familyLabel(AnswerFamilies.Family family, Language l) {
        if (family.id().startsWith("theme:")) {
            return l.themeLabel(family.id().substring("theme:".length()), family.label());
        }
        return l == Language.EN ? family.label() : l.optionalText("family." + family.id()).orElse(family.label());
    }
}
