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

    private record Kept(CommunityWords words, Instant until) {
    }

    private final JdbcClient jdbc;
    private final ReplyAnalyser analyser;
    private final Clock clock;
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    CommunityVocabulary(JdbcClient jdbc, ReplyAnalyser analyser, Clock clock) {
        this.jdbc = jdbc;
        this.analyser = analyser;
        this.clock = clock;
    }

    /** Whether the word is in the shipped closed vocabulary (everyday words, every name list removed). */
    public boolean isEverydayWord(String word) {
        return word != null && !word.isBlank() && analyser.vocabulary().contains(Folding.fold(word.strip()));
    }

        public Message add(Community community, String entry) {
        String spelling = entry == null ? "" : entry.strip().replaceAll("\\s+", " ");
        Optional<String> refusal = refusal(spelling);
        if (refusal.isPresent()) {
            return Message.of("", refusal.get(), "Nothing was added.");
        }
        String key = Folding.fold(spelling);
        if (list(community).stream().anyMatch(existing -> Folding.fold(existing).equals(key))) {
            return Message.text("*" + spelling + "* is already in this channel's vocabulary.");
        }
        if (!spelling.contains(" ") && !spelling.contains("-") && analyser.vocabulary().contains(key)) {
            return Message.text("*" + spelling + "* is already an everyday word: it is counted without being added.");
        }
        if (list(community).size() >= MAX_ENTRIES) {
            return Message.of("", "This channel's vocabulary already has " + MAX_ENTRIES + " entries; remove some "
                    + "with `/cop vocabulary remove <word>` first.", "Nothing was added.");
        }
        jdbc.sql("INSERT INTO community_word (community_id, word, spelling, added_on) SELECT ?, ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM community_word WHERE community_id = ? AND word = ?)")
                .params(community.id(), key, spelling, Date.valueOf(today(community)), community.id(), key).update();
        kept.remove(community.id());
        return Message.text("Added *" + spelling + "* to this channel's vocabulary: replies that use it count it as a "
                + "term from now on" + (spelling.contains(" ") || spelling.contains("-") ? ", as one term" : "") + ".");
    }

    public Message remove(Community community, String entry) {
        String key = Folding.fold(entry == null ? "" : entry.strip().replaceAll("\\s+", " "));
        int removed = jdbc.sql("DELETE FROM community_word WHERE community_id = ? AND word = ?")
                .params(community.id(), key).update();
        kept.remove(community.id());
        return removed == 0
                ? Message.of("", "*" + entry.strip() + "* is not in this channel's vocabulary.",
                "`/cop vocabulary list` shows what is.")
                : Message.text("Removed *" + entry.strip() + "*: new replies count it as other. Trends already "
                + "published keep it.");
    }

    public Message listMessage(Community community) {
        List<String> entries = list(community);
        if (entries.isEmpty()) {
            return Message.of("", "This channel has no words of its own yet. Everyday English words and the theme "
                    + "words are counted already; add a programme or local term with `/cop vocabulary add <word>`.");
        }
        return Message.of("This channel's vocabulary", String.join(", ", entries),
                entries.size() + (entries.size() == 1 ? " entry" : " entries") + ", counted as terms besides everyday "
                        + "English words and the theme words. `/cop vocabulary remove <word>` takes one out.");
    }

    List<String> list(Community community) {
        return jdbc.sql("SELECT spelling FROM community_word WHERE community_id = ? ORDER BY word")
                .param(community.id()).query(String.class).list();
    }

    /** The community's words for the analysis of one reply. */
    CommunityWords words(Community community) {
        Instant now = clock.instant();
        Kept known = kept.get(community.id());
        if (known != null && now.isBefore(known.until()) && !now.isBefore(known.until().minus(KEEP))) {
            return known.words();
        }
        CommunityWords words = CommunityWords.of(list(community), analyser.textAnalysis());
        kept.put(community.id(), new Kept(words, now.plus(KEEP)));
        return words;
    }

    private Optional<String> refusal(String spelling) {
        if (spelling.isEmpty()) {
            return Optional.of("Which word? `/cop vocabulary add McKinney-Vento`.");
        }
        if (spelling.length() > MAX_LENGTH) {
            return Optional.of("That is " + spelling.length() + " characters: a vocabulary entry can be at most "
                    + MAX_LENGTH + ".");
        }
        if (!ALLOWED.matcher(spelling).matches()) {
            return Optional.of("A vocabulary entry holds only letters, spaces, hyphens and apostrophes (no digits or "
                    + "other signs), so that no id or number can be stored.");
        }
        for (String part : spelling.split("[\\s\\-]+")) {
            String folded = Folding.fold(part);
            // a name that is also an everyday word ("grace period", "foster youth") is a word here
            if (!part.isEmpty() && analyser.names().isFirstName(folded) && !analyser.names().isCommonWord(folded)) {
                return Optional.of("*" + part + "* is also a first name, and a name must never be stored, so *"
                        + spelling + "* cannot be added.");
            }
        }
        return Optional.empty();
    }

    private LocalDate today(Community community) {
        return LocalDate.now(clock.withZone(community.zone()));
    }
}
