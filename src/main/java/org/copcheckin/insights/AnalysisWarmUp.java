package org.copcheckin.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.copcheckin.care.CrisisSignals;
import org.copcheckin.checkins.PromptKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the analysis that comes before a reply's acknowledgement (anonymiser with a large workspace's names, terms,
 * themes, one-word answers, crisis signals) over made-up replies at start-up, before the web server takes requests:
 * a freshly started app then meets its first replies with that code loaded and compiled, instead of paying for it
 * while thousands of members answer a prompt at once. Nothing is written; the replies are the class's own.
 * {@code cop.analysis-warm-up} passes (default 40, about a thousand analyses), 0 for none.
 */
@Component
class AnalysisWarmUp implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AnalysisWarmUp.class);
    private static final String[] FIRST = {"Avery", "Quinn", "Rowan", "Emerson", "Harper", "Sage", "Marlowe", "Ellis"};
    private static final String[] LAST = {"Northcott", "Ashby", "Penhallow", "Kingsley", "Fairbairn", "Thornbury"};
    private static final List<String> REPLIES = List.of(
            "Overwhelmed", "hopeful", "Tired, honestly", "Energised! %s got housed this week",
            "drained - %s's case again", "Grateful. %s covered my group on Tuesday, thank you",
            "proud but stretched after talking to %s",
            "We tried peer observation with the grade 3 team and it helped a lot; next time more time for feedback.",
            "The family shelter waitlist is long and transport to appointments is the hardest part for %s.",
            "Glow: attendance went up after the home visits. Grow: we need interpreters for the parent meeting.",
            "Call %s at 555-010-0199 or write to someone@example.org about the food bank on 12 Main Street.",
            "Nothing new this week.");

    private final ReplyAnalyser analyser;
    private final CrisisSignals crisisSignals;
    private final int passes;
    private volatile boolean running;

    AnalysisWarmUp(ReplyAnalyser analyser, CrisisSignals crisisSignals,
                   @Value("${cop.analysis-warm-up:40}") int passes) {
        this.analyser = analyser;
        this.crisisSignals = crisisSignals;
        this.passes = Math.max(0, passes);
    }

    @Override
    public void start() {
        running = true;
        if (passes == 0) {
            return;
        }
        long started = System.nanoTime();
        int analysed = warm();
        log.info("Warmed the reply analysis with {} made-up replies in {} ms", analysed,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** @return how many made-up replies were analysed */
    int warm() {
        // as many names as a large workspace's list, so the anonymiser's name words are worked out as for one
        List<String> names = new ArrayList<>();
        for (String first : FIRST) {
            for (String last : LAST) {
                names.add(first + " " + last);
                names.add(first.toLowerCase(java.util.Locale.ROOT) + "." + last.toLowerCase(java.util.Locale.ROOT));
            }
        }
        Set<String> known = Set.copyOf(names);
        PromptKind[] kinds = {PromptKind.WORD, PromptKind.CHALLENGE, PromptKind.GLOWS_GROWS};
        int analysed = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < REPLIES.size(); i++) {
                String text = REPLIES.get(i).formatted(names.get((pass * 7 + i) % names.size()));
                analyser.review(kinds[(pass + i) % kinds.length], text, known, CommunityWords.NONE, crisisSignals);
                analysed++;
            }
        }
        return analysed;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server (and the Slack and Discord connections) start taking replies. */
    @Override
    public int getPhase() {
        return 0;
    }
}
