package org.copcheckin.slack;

import java.util.List;
import java.util.Objects;

import com.slack.api.bolt.model.Bot;
import com.slack.api.methods.response.auth.AuthTestResponse;
import org.copcheckin.community.Facilitators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * The team and enterprise each installation belongs to, so only the installation's own admins and owners count
 * as facilitators: in a Slack Connect channel, an admin of the other organisation is a guest here. One workspace:
 * {@code auth.test} (once); many: the installation row. Also warns at start-up when plain {@code COP_FACILITATORS}
 * ids meet several installed workspaces.
 */
@SlackComponent
class HomeWorkspaces {

    private static final Logger log = LoggerFactory.getLogger(HomeWorkspaces.class);

    /** The workspace of an installation; {@code enterpriseId} is null outside Enterprise Grid. */
    record Home(String teamId, String enterpriseId) {

        /** Whether a user with this team and enterprise belongs to the installation's organisation. */
        boolean owns(String userTeamId, String userEnterpriseId) {
            return (userTeamId != null && userTeamId.equals(teamId))
                    || (enterpriseId != null && enterpriseId.equals(userEnterpriseId));
        }
    }

    private final SlackApi api;
    private final SlackProperties properties;
    private final SlackInstallations installations;
    private final Facilitators facilitators;
    private volatile Home single;

    HomeWorkspaces(SlackApi api, SlackProperties properties, SlackInstallations installations,
                   Facilitators facilitators) {
        this.api = api;
        this.properties = properties;
        this.installations = installations;
        this.facilitators = facilitators;
    }

    /** The installation whose token serves {@code teamId}; throws {@link org.copcheckin.platform.PlatformException}. */
    Home of(String teamId) {
        if (!properties.oauth()) {
            Home home = single;
            if (home == null) {
                AuthTestResponse auth = api.call(null, "auth.test", client -> client.authTest(r -> r));
                home = new Home(auth.getTeamId(), auth.getEnterpriseId());
                single = home;
            }
            return home;
        }
        Bot bot = installations.findBot(null, teamId);
        return bot == null ? new Home(teamId, null) : new Home(Objects.requireNonNullElse(bot.getTeamId(), teamId),
                bot.getEnterpriseId());
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnAboutPlainFacilitatorIds() {
        long plain = facilitators.plainConfiguredIds();
        if (plain == 0 || !properties.oauth()) {
            return;
        }
        List<String> teams = installations.installedTeams();
        if (teams.size() > 1) {
            log.warn("COP_FACILITATORS has {} plain user id(s) and cop-checkin is installed in {} Slack workspaces: "
                    + "a plain id is a facilitator in each of them. Scope the entries as slack:<team id>:<user id>",
                    plain, teams.size());
        }
    }
}
