package org.copcheckin.care;

import java.util.Optional;

import org.copcheckin.platform.MemberRef;
import org.copcheckin.privacy.Pseudonyms;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who wants care messages: a community's nudges (on by default) and safeguarding alerts (off until facilitators
 * give the protocol to follow), and the members who turned nudges off for themselves, known only by a keyed hash
 * of their platform account.
 */
@Service
public class CareSettings {

    private final JdbcClient jdbc;
    private final Pseudonyms pseudonyms;

    CareSettings(JdbcClient jdbc, Pseudonyms pseudonyms) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
    }

    public boolean nudgesOn(long communityId) {
        return jdbc.sql("SELECT nudges_on FROM care_setting WHERE community_id = ?").param(communityId)
                .query(Boolean.class).optional().orElse(true);
    }

    public void setNudges(long communityId, boolean on) {
        upsert(communityId, "nudges_on", on, () -> jdbc.sql(
                "INSERT INTO care_setting (community_id, nudges_on, protocol) VALUES (?, ?, NULL)")
                .params(communityId, on).update());
    }

    /** The protocol text when safeguarding alerts are on. */
    public Optional<String> safeguardingProtocol(long communityId) {
        return jdbc.sql("SELECT protocol FROM care_setting WHERE community_id = ? AND protocol IS NOT NULL")
                .param(communityId).query(String.class).optional();
    }

    /** @return why the protocol is refused (nothing changed), or empty when alerts are now on */
    public Optional<String> turnSafeguardingOn(long communityId, String protocol) {
        Optional<String> refusal = ProtocolText.refusal(protocol);
        if (refusal.isEmpty()) {
            String text = protocol.strip();
            upsert(communityId, "protocol", text, () -> jdbc.sql(
                    "INSERT INTO care_setting (community_id, nudges_on, protocol) VALUES (?, TRUE, ?)")
                    .params(communityId, text).update());
        }
        return refusal;
    }

    public void turnSafeguardingOff(long communityId) {
        jdbc.sql("UPDATE care_setting SET protocol = NULL WHERE community_id = ?").param(communityId).update();
    }

    public boolean memberWantsNudges(MemberRef member) {
        return jdbc.sql("SELECT COUNT(*) FROM care_nudges_off WHERE member_key = ?").param(memberKey(member))
                .query(Integer.class).single() == 0;
    }

    /** @return false when the member's choice was already that */
    public boolean setMemberNudges(MemberRef member, boolean on) {
        String key = memberKey(member);
        if (on) {
            return jdbc.sql("DELETE FROM care_nudges_off WHERE member_key = ?").param(key).update() > 0;
        }
        if (!memberWantsNudges(member)) {
            return false;
        }
        try {
            return jdbc.sql("INSERT INTO care_nudges_off (member_key) VALUES (?)").param(key).update() > 0;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The same person in every workspace or server of one platform, as for {@code forget-me}. */
    String memberKey(MemberRef member) {
        return pseudonyms.of("care-nudges-off", member.platform().name(), member.userId());
    }

    private void upsert(long communityId, String column, Object value, Runnable insert) {
        int updated = jdbc.sql("UPDATE care_setting SET " + column + " = ? WHERE community_id = ?")
                .params(value, communityId).update();
        if (updated == 0) {
            try {
                insert.run();
            } catch (DuplicateKeyException e) {
                jdbc.sql("UPDATE care_setting SET " + column + " = ? WHERE community_id = ?")
                        .params(value, communityId).update();
            }
        }
    }
}
