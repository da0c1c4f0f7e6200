package org.copcheckin.digest;

import java.util.ArrayList;
import java.util.List;

import org.copcheckin.insights.AnswerFamilies;

/** The paragraphs a month's or a quarter's review adds to the digest message. Pure. */
final class PeriodReviewText {

    private PeriodReviewText() {
    }

    static List<String> paragraphs(PeriodReview r, int k) {
        List<String> p = new ArrayList<>();
        p.add("*Over " + r.covers() + ":* " + r.activeWeeks() + (r.activeWeeks() == 1 ? " week" : " weeks")
                + " with at least " + k + " people taking part.");
        p.add("*Themes that held* (raised in at least two thirds of those weeks):" + bullets(r.held().stream()
                .map(h -> h.label() + ": " + h.weeks() + " of " + r.activeWeeks() + " weeks, " + h.people()
                        + " people over the weeks").toList(), r.activeWeeks() < 2
                ? " not enough weeks with people taking part to tell" : " none this time"));
        p.add("*Themes that rose* against the period before:" + (r.earlier() ? bullets(r.rose().stream()
                .map(t -> t.label() + ": " + t.people() + " people, "
                        + (t.before() == 0 ? "not shown before" : "from " + t.before())).toList(), " none rose clearly")
                : " no earlier period with published figures to compare with"));
        p.add("*One-word answers by family:*" + bullets(r.families().stream().map(PeriodReviewText::family).toList(),
                " no family was given by " + k + " or more people"));
        return p;
    }

    private static String family(AnswerFamilies.FamilyLine line) {
        return line.family().label() + " (" + line.people() + ")" + (line.words().isEmpty() ? ""
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
}
