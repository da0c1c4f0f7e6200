package org.copcheckin.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The language each community works in ({@code /cop settings language}); English until a facilitator changes it. */
@Service
public class CommunityLanguages {

    private static final Duration RECENT = Duration.ofMinutes(1);
    private static final int MAX_RECENT = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Long, Recent> recent = new ConcurrentHashMap<>();

    CommunityLanguages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Language of(long communityId) {
        return jdbc.sql("SELECT language_code FROM community WHERE id = ?").param(communityId)
                .query(String.class).optional().flatMap(Language::fromCode).orElse(Language.EN);
    }

    /**
     * The language as {@link #of} gives it, looked up at most a minute ago: for each reply the intake analyses, which
     * otherwise queried it once per reply before the acknowledgement. A change made on this replica is seen at once;
     * one made on another replica within a minute, as the intake sees the community's other settings.
     */
    public Language recent(long communityId) {
        Instant now = clock.instant();
        Recent known = recent.get(communityId);
        if (known != null && !now.isBefore(known.lookedUp()) && now.isBefore(known.lookedUp().plus(RECENT))) {
            return known.language();
        }
        Language language = of(communityId);
        if (recent.size() >= MAX_RECENT) {
            recent.clear(); // more communities than that: they are looked up again
        }
        recent.put(communityId, new Recent(language, now));
        return language;
    }

    @Transactional
    public void change(long communityId, Language language) {
        jdbc.sql("UPDATE community SET language_code = ? WHERE id = ?").params(language.code(), communityId).update();
        recent.remove(communityId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a reply analysed meanwhile may have looked the old language up again: forget it once the change commits
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    recent.remove(communityId);
                }
            });
        }
    }

    private record Recent(Language language, Instant lookedUp) {
    }
}
