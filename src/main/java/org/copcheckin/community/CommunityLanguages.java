package org.copcheckin.community;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The language each community works in ({@code /cop settings language}); English until a facilitator changes it. */
@Service
public class CommunityLanguages {

    private final JdbcClient jdbc;

    CommunityLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Language of(long communityId) {
        return jdbc.sql("SELECT language_code FROM community WHERE id = ?").param(communityId)
                .query(String.class).optional().flatMap(Language::fromCode).orElse(Language.EN);
    }

    @Transactional
    public void change(long communityId, Language language) {
        jdbc.sql("UPDATE community SET language_code = ? WHERE id = ?").params(language.code(), communityId).update();
    }
}
