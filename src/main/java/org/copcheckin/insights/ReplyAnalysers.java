package org.copcheckin.insights;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.copcheckin.community.Language;
import org.springframework.stereotype.Component;

/**
 * The reply analyser of each language: English is built at start-up; French and Spanish (their vocabularies are
 * large) the first time a community of that language needs one, then kept. A community is analysed in its own
 * language only, so its trends stay in one language.
 */
@Component
class ReplyAnalysers {

    private final ReplyAnalyser english;
    private final Map<Language, ReplyAnalyser> others = new ConcurrentHashMap<>();

    ReplyAnalysers(ReplyAnalyser english) {
        this.english = english;
    }

    ReplyAnalyser of(Language language) {
        return language == Language.EN ? english
                : others.computeIfAbsent(language, l -> ReplyAnalyser.build(l.code(), english.taxonomy()));
    }
}
