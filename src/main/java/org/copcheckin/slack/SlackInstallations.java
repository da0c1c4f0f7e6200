package org.copcheckin.slack;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.TenantReturned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bolt's installation store on our database: one row per workspace with its bot token encrypted. Installer
 * user tokens are never requested, so none is stored.
 */
@SlackComponent
class SlackInstallations implements InstallationService {

    private static final Logger log = LoggerFactory.getLogger(SlackInstallations.class);

    private final JdbcClient jdbc;
    private final TokenCipher cipher;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SlackInstallations(JdbcClient jdbc, TokenCipher cipher, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
        this.events = events;
    }

    Optional<String> botToken(String teamId) {
        return Optional.ofNullable(findBot(null, teamId)).map(Bot::getBotAccessToken);
    }

    /** The workspaces the app is installed in (an org-wide install has no single team and is left out). */
    List<String> installedTeams() {
        return jdbc.sql("SELECT team_id FROM slack_installation WHERE team_id IS NOT NULL").query(String.class).list();
    }

    /** app_uninstalled or tokens_revoked: the workspace's tokens are gone, and so is our row. */
    @Transactional
    void removeWorkspace(String enterpriseId, String teamId) {
        int removed = jdbc.sql("DELETE FROM slack_installation WHERE workspace_key = ?")
                .param(workspaceKey(enterpriseId, teamId)).update();
        log.info("Removed {} Slack installation(s) after an uninstall or token revocation", removed);
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean enabled) {
        // only the latest installation per workspace is kept
    }

    @Override
    @Transactional
    public void saveInstallerAndBot(Installer installer) {
        String key = workspaceKey(installer.getEnterpriseId(), installer.getTeamId());
        String token = cipher.encrypt(installer.getBotAccessToken(), key);
        jdbc.sql("DELETE FROM slack_installation WHERE workspace_key = ?").param(key).update();
        jdbc.sql("INSERT INTO slack_installation (workspace_key, enterprise_id, team_id, app_id, bot_id, bot_user_id, "
                        + "bot_scopes, bot_token_encrypted, installed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(key, installer.getEnterpriseId(), installer.getTeamId(), installer.getAppId(),
                        installer.getBotId(), installer.getBotUserId(), installer.getBotScope(), token,
                        Timestamp.from(clock.instant()))
                .update();
        log.info("Stored a Slack installation (bot token encrypted)");
        if (installer.getTeamId() != null) {
            // installed again within the grace period: the workspace is not purged
            events.publishEvent(new TenantReturned(PlatformKind.SLACK, installer.getTeamId()));
        }
    }

    @Override
    public void saveBot(Bot bot) {
        DefaultInstaller installer = DefaultInstaller.builder().enterpriseId(bot.getEnterpriseId())
                .teamId(bot.getTeamId()).appId(bot.getAppId()).botId(bot.getBotId()).botUserId(bot.getBotUserId())
                .botScope(bot.getBotScope()).botAccessToken(bot.getBotAccessToken()).build();
        saveInstallerAndBot(installer);
    }

    @Override
    public void deleteBot(Bot bot) {
        removeWorkspace(bot.getEnterpriseId(), bot.getTeamId());
    }

    @Override
    public void deleteInstaller(Installer installer) {
        removeWorkspace(installer.getEnterpriseId(), installer.getTeamId());
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        removeWorkspace(enterpriseId, teamId);
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        return jdbc.sql("SELECT * FROM slack_installation WHERE workspace_key = ?")
                .param(workspaceKey(enterpriseId, teamId)).query(this::bot).optional().orElse(null);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        Bot bot = findBot(enterpriseId, teamId);
        if (bot == null) {
            return null;
        }
        return DefaultInstaller.builder().enterpriseId(bot.getEnterpriseId()).teamId(bot.getTeamId())
                .appId(bot.getAppId()).botId(bot.getBotId()).botUserId(bot.getBotUserId())
                .botScope(bot.getBotScope()).botAccessToken(bot.getBotAccessToken())
                .installedAt(bot.getInstalledAt()).build();
    }

    private Bot bot(ResultSet rs, int row) throws SQLException {
        String key = rs.getString("workspace_key");
        return DefaultInstaller.builder().enterpriseId(rs.getString("enterprise_id")).teamId(rs.getString("team_id"))
                .appId(rs.getString("app_id")).botId(rs.getString("bot_id")).botUserId(rs.getString("bot_user_id"))
                .botScope(rs.getString("bot_scopes"))
                .botAccessToken(cipher.decrypt(rs.getString("bot_token_encrypted"), key))
                .installedAt(rs.getTimestamp("installed_at").toInstant().toEpochMilli()).build().toBot();
    }

    /** A workspace install is keyed by its team; an org-wide install (no team) by its enterprise. */
    static String workspaceKey(String enterpriseId, String teamId) {
        if (teamId != null && !teamId.isBlank()) {
            return "T:" + teamId;
        }
        return "E:" + enterpriseId;
    }
}
