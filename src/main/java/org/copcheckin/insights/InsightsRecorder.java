package org.copcheckin.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.copcheckin.care.CrisisSignals;
import org.copcheckin.care.ReplyReviewed;
import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.ReplyListener;
import org.copcheckin.checkins.ReplySummary;
import org.copcheckin.community.Community;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.copcheckin.platform.ThreadReplyReceived;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Analyses each reply before the intake's transaction (in memory) and stores the trend rows inside it, in the
 * ISO week the reply arrives in (the community's zone), under the person's pseudonym for that week and the reply's
 * key. The write holds the analysis (vocabulary words left after anonymising), never the reply text; nothing about
 * it is logged. A deleted reply's rows are removed; the figures already published for a finished week stay as they
 * were (they hold no pseudonym), since publishing the week again without the reply would let two exports be
 * subtracted to find what it said. When the anonymiser removed personal data or the reply carries a crisis signal,
 * the write also publishes a {@link ReplyReviewed} (kinds only) for care to act on once the reply is committed.
 */
@Component
class InsightsRecorder implements ReplyListener {

    static final int MAX_SUMMARY_WORDS = 12;

    private final ReplyAnalysers analysers;
    private final CommunityLanguages languages;
    private final TrendStore store;
    private final PersonPseudonyms people;
    private final CommunityVocabulary vocabulary;
    private final CrisisSignals crisisSignals;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublishedCells published;
    private final TrendRevisions revisions;

    InsightsRecorder(ReplyAnalysers analysers, CommunityLanguages languages, TrendStore store, PersonPseudonyms people,
                     CommunityVocabulary vocabulary, CrisisSignals crisisSignals, ApplicationEventPublisher events,
                     Clock clock, PublishedCells published, TrendRevisions revisions) {
        this.published = published;
        this.revisions = revisions;
        this.crisisSignals = crisisSignals;
        this.events = events;
        this.analysers = analysers;
        this.languages = languages;
        this.store = store;
        this.people = people;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    @Override
    public ReplyWrite prepare(Community community, CheckIn checkIn, ThreadReplyReceived reply, String deliveryKey) {
        // a community's replies are analysed in its language only, so its trends stay in one language
        Language language = languages.recent(community.id());
        ReplyAnalyser analyser = analysers.of(language);
        ReplyAnalyser.Reviewed reviewed = analyser.review(checkIn.kind(), reply.text(), reply.knownNames(),
                vocabulary.words(community, language), crisisSignals);
        ReplyAnalyser.Analysis analysis = reviewed.analysis();
        LocalDate week = Weeks.startOf(LocalDate.now(clock.withZone(community.zone())));
        String person = people.of(community.id(), week, reply.author());
        long communityId = community.id();
        ReplyReviewed forCare = new ReplyReviewed(communityId, checkIn.id(), reply.thread(), reply.author(),
                reply.messageId(), reviewed.removed(), reviewed.signals(), reply.privately());
        return ReplyWrite.recording(summary(analyser, analysis), rows -> {
            store.record(rows, communityId, week, person, deliveryKey, analysis);
            if (!forCare.nothingToDo()) {
                events.publishEvent(forCare); // acted on after the commit, only if it commits
            }
        });
    }

    /** The themes by their labels and the vocabulary words counted, as the member typed them. */
    private static ReplySummary summary(ReplyAnalyser analyser, ReplyAnalyser.Analysis analysis) {
        List<String> themes = analysis.themes().stream().map(analyser.taxonomy()::label).toList();
        Set<String> words = new LinkedHashSet<>();
        analysis.word().filter(word -> !Vocabulary.OTHER.equals(word.stem()))
                .ifPresent(word -> words.add(word.form() == null ? word.stem() : word.form()));
        analysis.terms().forEach((term, form) -> {
            if (!Vocabulary.OTHER.equals(term) && words.size() < MAX_SUMMARY_WORDS) {
                words.add(form == null ? term : form.toLowerCase(Locale.ROOT));
            }
        });
        return new ReplySummary(themes, List.copyOf(words));
    }

    /** A changed one-click answer: the earlier one's rows go, and the new one counts instead; nothing to report. */
    @Override
    public void withdraw(Community community, String deliveryKey) {
        store.retract(community.id(), deliveryKey);
    }

    @Override
    public void retract(Community community, String deliveryKey) {
        store.retract(community.id(), deliveryKey)
                .filter(week -> published.storedWeeks(community.id(), week, week).isEmpty())
                .ifPresent(week -> revisions.mark(community.id(), week, TrendRevision.REMOVED));
    }
}
