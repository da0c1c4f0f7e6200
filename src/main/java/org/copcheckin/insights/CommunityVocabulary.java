package org.copcheckin.insights;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.copcheckin.community.Community;
import org.copcheckin.community.Language;
import org.copcheckin.platform.Message;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@code /cop vocabulary add|remove|list}: the words and phrases a community adds to the closed vocabulary
 * ("McKinney-Vento", "head lease"), so they are counted instead of falling into "other". An entry is refused, with
 * the reason, when it is longer than 64 characters, holds anything but letters, spaces, hyphens and apostrophes,
 * or contains a known first name: nothing added here can ever store a name. Entries are read on the reply path
 * from a copy kept for a minute per community (other replicas see a change within that minute).
 */
@Service
public class CommunityVocabulary {

    static final int MAX_LENGTH = 64;
    static final int MAX_ENTRIES = 500;
    private static final Duration KEEP = Duration.ofMinutes(1);
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}' ’-]*");

    private record Kept(CommunityWords words, Language language, Instant until) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    private final ReplyAnalysers analysers;

    CommunityVocabulary(JdbcClient jdbc, Clock clock, ReplyAnalysers analysers) {
        this.analysers = analysers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the word is in the shipped closed vocabulary (everyday words, every name list removed). */
    public boolean isEverydayWord(String word) {
        return isEverydayWord(word, Language.EN);
    }

    /** Whether the word is in the shipped closed vocabulary of that language ("fatigue" in French). */
    public boolean isEverydayWord(String word, Language language) {
        return word != null && !word.isBlank()
                && analysers.of(language).vocabulary().contains(Folding.fold(word.strip()));
    }

    public Message add(Community community, String entry) {
        return add(community, entry, Language.EN);
    }

    /** Adds the word or phrase and answers in the community's language. */
    public Message add(Community community, String entry, Language l) {
        String spelling = entry == null ? "" : entry.strip().replaceAll("\\s+", " ");
        Optional<String> refusal = refusal(spelling, l);
        if (refusal.isPresent()) {
            return Message.of("", refusal.get(), l.text("vocabulary.nothing.added"));
        }
        String key = Folding.fold(spelling);
        if (list(community).stream().anyMatch(existing -> Folding.fold(existing).equals(key))) {
            return Message.text(l.text("vocabulary.already", spelling));
        }
        // the community's own language's closed vocabulary: "fatigue" is an everyday word of a French channel
        if (!spelling.contains(" ") && !spelling.contains("-") && analysers.of(l).vocabulary().contains(key)) {
            return Message.text(l.text("vocabulary.everyday", spelling));
        }
        if (list(community).size() >= MAX_ENTRIES) {
            return Message.of("", l.text("vocabulary.full", MAX_ENTRIES), l.text("vocabulary.nothing.added"));
        }
        jdbc.sql("INSERT INTO community_word (community_id, word, spelling, added_on) SELECT ?, ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM community_word WHERE community_id = ? AND word = ?)")
                .params(community.id(), key, spelling, Date.valueOf(today(community)), community.id(), key).update();
        kept.remove(community.id());
        return Message.text(l.text(spelling.contains(" ") || spelling.contains("-") ? "vocabulary.added.phrase"
                : "vocabulary.added", spelling));
    }

    public Message remove(Community community, String entry) {
        return remove(community, entry, Language.EN);
    }

    public Message remove(Community community, String entry, Language l) {
        String key = Folding.fold(entry == null ? "" : entry.strip().replaceAll("\\s+", " "));
        int removed = jdbc.sql("DELETE FROM community_word WHERE community_id = ? AND word = ?")
                .params(community.id(), key).update();
        kept.remove(community.id());
        return removed == 0
                ? Message.of("", l.text("vocabulary.not.in", entry.strip()), l.text("vocabulary.list.hint"))
                : Message.text(l.text("vocabulary.removed", entry.strip()));
    }

    public Message listMessage(Community community) {
        return listMessage(community, Language.EN);
    }

    public Message listMessage(Community community, Language l) {
        List<String> entries = list(community);
        if (entries.isEmpty()) {
            return Message.of("", l.text("vocabulary.empty"));
        }
        return Message.of(l.text("vocabulary.title"), String.join(", ", entries),
                l.plural("vocabulary.entries", entries.size()));
    }

    List<String> list(Community community) {
        return jdbc.sql("SELECT spelling FROM community_word WHERE community_id = ? ORDER BY word")
                .param(community.id()).query(String.class).list();
    }

    /** The community's words for the analysis of one reply. */
    CommunityWords words(Community community) {
        return words(community, Language.EN);
    }

    /** The same, its phrases read with the analysis of the language the community's replies are analysed in. */
    CommunityWords words(Community community, Language language) {
        Instant now = clock.instant();
        Kept known = kept.get(community.id());
        if (known != null && known.language() == language && now.isBefore(known.until())
                && !now.isBefore(known.until().minus(KEEP))) {
            return known.words();
        }
        CommunityWords words = CommunityWords.of(list(community), analysers.of(language).textAnalysis());
        kept.put(community.id(), new Kept(words, language, now.plus(KEEP)));
        return words;
    }

    private Optional<String> refusal(String spelling, Language l) {
        if (spelling.isEmpty()) {
            return Optional.of(l.text("vocabulary.which"));
        }
        if (spelling.length() > MAX_LENGTH) {
            return Optional.of(l.text("vocabulary.long", spelling.length(), MAX_LENGTH));
        }
        if (!ALLOWED.matcher(spelling).matches()) {
            return Optional.of(l.text("vocabulary.signs"));
        }
        for (String part : spelling.split("[\\s\\-]+")) {
            String folded = Folding.fold(part);
            // a name that is also an everyday word ("grace period", "foster youth") is a word here
            NameList names = analysers.of(l).names();
            if (!part.isEmpty() && names.isFirstName(folded) && !names.isCommonWord(folded)) {
                return Optional.of(l.text("vocabulary.name", part, spelling));
            }
        }
        return Optional.empty();
    }

    private LocalDate today(Community community) {
        return LocalDate.now(clock.withZone(community.zone()));
    }
}
