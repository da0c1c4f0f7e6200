package org.copcheckin.community;

import org.copcheckin.platform.MemberRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Erases a member's profiles and facilitator roles in every community of their workspace. */
@Component
class CommunityMemberErasure implements MemberErasure {

    private static final String IN_WORKSPACE =
            "community_id IN (SELECT id FROM community WHERE platform = ? AND workspace_id = ?)";

    private final JdbcClient jdbc;

    CommunityMemberErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int erase(MemberRef member) {
        Object[] params = {member.userId(), member.platform().name(), member.workspaceId()};
        return jdbc.sql("DELETE FROM member WHERE user_id = ? AND " + IN_WORKSPACE).params(params).update()
                + jdbc.sql("DELETE FROM facilitator WHERE user_id = ? AND " + IN_WORKSPACE).params(params).update();
    }
}
