package org.copcheckin.slack;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.service.builtin.oauth.default_impl.OAuthV2DefaultSuccessHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Assembles the Bolt app: every Web API call goes to {@code SLACK_API_URL}; one workspace with a bot token, or
 * many through OAuth with installations in the database.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConfigured.class)
class SlackConfiguration {

    static final String INSTALL_PATH = "/slack/install";
    static final String REDIRECT_PATH = "/slack/oauth_redirect";
    static final String BOT_SCOPES = "commands,chat:write,channels:history,groups:history,channels:read,"
            + "groups:read,users:read,im:write,mpim:write,mpim:history,files:write,reactions:read";

    @Bean
    Slack slack(SlackProperties properties) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(properties.methodsUrlPrefix());
        return Slack.getInstance(config);
    }

    @Bean
    App slackApp(SlackProperties properties, Slack slack, List<SlackListeners> listeners,
                 SlackInstallations installations, SlackOAuthStates states, AllowedTeams allowedTeams) {
        // Every setting is given explicitly: AppConfig would otherwise read SLACK_* variables itself,
        // including blank ones from an .env file.
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(properties.oauth() ? null : properties.botToken())
                .signingSecret(properties.signingSecret())
                .verificationToken(null)
                .clientId(properties.oauth() ? properties.clientId() : null)
                .clientSecret(properties.oauth() ? properties.clientSecret() : null)
                .redirectUri(null)
                .scope(BOT_SCOPES)
                .userScope(null)
                .authTestCacheEnabled(true)
                // every request over HTTP reaches Bolt through SlackRequestGate, which has checked its signature
                // over the raw bytes (constant time, 5-minute window) before Bolt sees it; Socket Mode's are not
                // signed. Bolt checking it again cost a second HMAC per event and 22 KB of garbage
                .requestVerificationEnabled(false)
                // we ignore every bot's messages ourselves, without a bots.info call per event
                .ignoringSelfEventsEnabled(false)
                // other message subtypes (joins, topics, ...) and events we have no use for are acknowledged
                // without a handler, so Slack does not retry them
                .subtypedMessageEventsAutoAckEnabled(true)
                .allEventsApiAutoAckEnabled(true)
                .build();
        App app = new App(config);
        if (properties.oauth()) {
            config.setOauthInstallPath(INSTALL_PATH);
            config.setOauthRedirectUriPath(REDIRECT_PATH);
            app.asOAuthApp(true);
            app.service(installations);
            app.service(states);
            // SLACK_ALLOWED_TEAMS: another workspace is refused before anything is stored
            app.oauthCallback(new AllowedTeamsInstall(allowedTeams,
                    new OAuthV2DefaultSuccessHandler(app.config(), installations), slack));
        }
        listeners.forEach(group -> group.registerOn(app));
        return app;
    }

    /**
     * {@code /slack/events} as a servlet of its own, mapped by its exact path so it is chosen before Spring MVC's
     * dispatcher (mapped to {@code /}); it starts with the server rather than at its first request.
     */
    @Bean
    ServletRegistrationBean<SlackEventsServlet> slackEventsServlet(App app, SlackProperties properties, Clock clock,
                                                                   @Value("${slack.body-timeout:10s}") Duration bodyTimeout) {
        SlackRequestGate gate = properties.signingSecret() == null ? null
                : new SlackRequestGate(properties.signingSecret(), clock, bodyTimeout);
        ServletRegistrationBean<SlackEventsServlet> registration = new ServletRegistrationBean<>(
                new SlackEventsServlet(gate, new BoltRequests(app)), SlackEventsServlet.PATH);
        registration.setName("slackEvents");
        registration.setLoadOnStartup(1);
        return registration;
    }

    @Bean("slackSocketMode")
    @Conditional(SlackConfigured.AppToken.class)
    SocketModeHealthIndicator slackSocketModeHealthIndicator(SocketMode socketMode) {
        return new SocketModeHealthIndicator(socketMode);
    }
}
