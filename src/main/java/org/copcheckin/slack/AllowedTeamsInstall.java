package org.copcheckin.slack;

import java.nio.charset.StandardCharsets;

import com.slack.api.Slack;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.builtin.oauth.OAuthV2SuccessHandler;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.HtmlUtils;

/**
 * The end of an OAuth install: a workspace outside {@code SLACK_ALLOWED_TEAMS} gets a page saying so, nothing is
 * stored, and the token Slack has just issued is revoked so the app does not stay half-installed there. Others go
 * on to Bolt's own handler, which stores the installation.
 */
final class AllowedTeamsInstall implements OAuthV2SuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(AllowedTeamsInstall.class);

    private final AllowedTeams allowed;
    private final OAuthV2SuccessHandler store;
    private final Slack slack;

    AllowedTeamsInstall(AllowedTeams allowed, OAuthV2SuccessHandler store, Slack slack) {
        this.allowed = allowed;
        this.store = store;
        this.slack = slack;
    }

    @Override
    public Response handle(OAuthCallbackRequest request, Response response, OAuthV2AccessResponse access) {
        String team = access.getTeam() == null ? null : access.getTeam().getId();
        String enterprise = access.getEnterprise() == null ? null : access.getEnterprise().getId();
        if (allowed.permits(team, enterprise)) {
            return store.handle(request, response, access);
        }
        revoke(access.getAccessToken());
        log.warn("Refused a Slack install from a workspace that is not in SLACK_ALLOWED_TEAMS; nothing was stored");
        response.setStatusCode(403);
        response.setContentType("text/html; charset=utf-8");
        response.setBody(page(team != null ? team : enterprise));
        return response;
    }

    private void revoke(String token) {
        if (token == null) {
            return;
        }
        try {
            if (!slack.methods(token).authRevoke(r -> r).isOk()) {
                log.warn("Slack did not revoke the refused install's token");
            }
        } catch (Exception e) {
            log.warn("Could not revoke the refused install's token: {}", e.getClass().getSimpleName());
        }
    }

    static String page(String workspace) {
        String id = HtmlUtils.htmlEscape(workspace == null ? "this workspace" : workspace, StandardCharsets.UTF_8.name());
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not installed</title></head>"
                + "<body><h1>cop-checkin was not installed</h1>"
                + "<p>This cop-checkin serves only the Slack workspaces its operator has listed, and " + id
                + " is not one of them. Nothing was stored, and the access Slack granted has been revoked.</p>"
                + "<p>If this workspace should use it, ask the operator to add <code>" + id
                + "</code> to <code>SLACK_ALLOWED_TEAMS</code>, then install again.</p></body></html>";
    }
}
