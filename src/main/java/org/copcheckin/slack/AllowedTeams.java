package org.copcheckin.slack;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;

/**
 * {@code SLACK_ALLOWED_TEAMS}: the workspaces (team ids, or an enterprise id for an org-wide install) that may
 * install the app through OAuth. Empty: any workspace may.
 */
@SlackComponent
class AllowedTeams {

    private final Set<String> ids;

    AllowedTeams(@Value("${slack.allowed-teams:}") String ids) {
        this.ids = Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean permits(String teamId, String enterpriseId) {
        return ids.isEmpty() || (teamId != null && ids.contains(teamId))
                || (enterpriseId != null && ids.contains(enterpriseId));
    }

    boolean restricted() {
        return !ids.isEmpty();
    }
}
