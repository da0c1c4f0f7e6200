package org.copcheckin.slack;

import java.util.List;
import java.util.regex.Pattern;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MemberLeftChannelEvent;
import com.slack.api.model.event.TeamJoinEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import com.slack.api.model.event.UserChangeEvent;
import org.copcheckin.checkins.PrivateReplies;
import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberLeft;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.TenantRemoved;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Buttons (published as {@link ButtonPressed} after the ack), members leaving a channel (published as
 * {@link MemberLeft} before it), and uninstalls or revoked tokens (the workspace's installation is removed, and
 * its data is purged after the grace period: {@link TenantRemoved}, and its names leave memory), and members
 * joining or changing their names ({@code team_join}, {@code user_change}: the names removed from replies).
 */
@SlackComponent
class WorkspaceEvents implements SlackListeners {

    private final ApplicationEventPublisher events;
    private final SlackInstallations installations;
    private final SlackWork work;
    private final SlackUsers users;

    WorkspaceEvents(ApplicationEventPublisher events, SlackInstallations installations, SlackWork work,
                    SlackUsers users) {
        this.events = events;
        this.installations = installations;
        this.work = work;
        this.users = users;
    }

    @Override
    public void registerOn(App app) {
        // every button but Reply privately, which opens its modal at once (PrivateReplyModal)
        app.blockAction(Pattern.compile("^(?!" + Pattern.quote(PrivateReplies.ACTION) + "$).+"), (request, context) -> {
            BlockActionPayload payload = request.getPayload();
            List<ButtonPressed> pressed = buttons(payload);
            work.submit("button", () -> pressed.forEach(events::publishEvent));
            return context.ack();
        });
        app.event(MemberLeftChannelEvent.class, (payload, context) -> {
            MemberLeftChannelEvent e = payload.getEvent();
            String team = payload.getTeamId();
            events.publishEvent(new MemberLeft(new ChannelRef(PlatformKind.SLACK, team, e.getChannel()),
                    new MemberRef(PlatformKind.SLACK, team, e.getUser())));
            return context.ack();
        });
        app.event(UserChangeEvent.class, (payload, context) -> {
            users.update(payload.getTeamId(), payload.getEvent().getUser());
            return context.ack();
        });
        app.event(TeamJoinEvent.class, (payload, context) -> {
            users.update(payload.getTeamId(), payload.getEvent().getUser());
            return context.ack();
        });
        app.event(AppUninstalledEvent.class, (payload, context) -> {
            installations.removeWorkspace(payload.getEnterpriseId(), payload.getTeamId());
            users.forget(payload.getTeamId());
            events.publishEvent(new TenantRemoved(PlatformKind.SLACK, payload.getTeamId()));
            return context.ack();
        });
        app.event(TokensRevokedEvent.class, (payload, context) -> {
            TokensRevokedEvent.Tokens tokens = payload.getEvent().getTokens();
            if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
                installations.removeWorkspace(payload.getEnterpriseId(), payload.getTeamId());
                users.forget(payload.getTeamId());
                events.publishEvent(new TenantRemoved(PlatformKind.SLACK, payload.getTeamId()));
            }
            return context.ack();
        });
    }

    private static List<ButtonPressed> buttons(BlockActionPayload payload) {
        if (payload.getTeam() == null || payload.getChannel() == null || payload.getUser() == null
                || payload.getActions() == null) {
            return List.of();
        }
        String team = payload.getTeam().getId();
        ChannelRef channel = new ChannelRef(PlatformKind.SLACK, team, payload.getChannel().getId());
        MemberRef member = new MemberRef(PlatformKind.SLACK, team, payload.getUser().getId());
        return payload.getActions().stream()
                .map(action -> new ButtonPressed(channel, member, action.getActionId(), action.getValue()))
                .toList();
    }
}
