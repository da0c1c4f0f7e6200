package org.copcheckin.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.model.event.ChannelArchiveEvent;
import com.slack.api.model.event.ChannelDeletedEvent;
import com.slack.api.model.event.ChannelIdChangedEvent;
import com.slack.api.model.event.ChannelLeftEvent;
import com.slack.api.model.event.ChannelSharedEvent;
import com.slack.api.model.event.ChannelUnarchiveEvent;
import com.slack.api.model.event.GroupArchiveEvent;
import com.slack.api.model.event.GroupDeletedEvent;
import com.slack.api.model.event.GroupLeftEvent;
import com.slack.api.model.event.GroupUnarchiveEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import org.copcheckin.platform.ChannelChanged;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What happens to a community's channel, published as {@link ChannelChanged} before the ack: the app removed
 * ({@code channel_left}, {@code group_left}), the channel archived or deleted, and back again (the app invited
 * back, {@code member_joined_channel} naming our bot user, or the channel unarchived); a new channel id
 * ({@code channel_id_changed}). A channel shared with another organisation ({@code channel_shared}) needs nothing:
 * its community is found by the channel id whichever workspace delivers the event.
 */
@SlackComponent
class ChannelEvents implements SlackListeners {

    private static final Logger log = LoggerFactory.getLogger(ChannelEvents.class);

    private final ApplicationEventPublisher events;

    ChannelEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void registerOn(App app) {
        app.event(ChannelLeftEvent.class, (payload, context) ->
                unreachable(payload.getTeamId(), payload.getEvent().getChannel(), ChannelChanged.Why.REMOVED, context));
        app.event(GroupLeftEvent.class, (payload, context) ->
                unreachable(payload.getTeamId(), payload.getEvent().getChannel(), ChannelChanged.Why.REMOVED, context));
        app.event(ChannelArchiveEvent.class, (payload, context) ->
                unreachable(payload.getTeamId(), payload.getEvent().getChannel(), ChannelChanged.Why.ARCHIVED, context));
        app.event(GroupArchiveEvent.class, (payload, context) ->
                unreachable(payload.getTeamId(), payload.getEvent().getChannel(), ChannelChanged.Why.ARCHIVED, context));
        app.event(ChannelDeletedEvent.class, (payload, context) ->
                unreachable(payload.getTeamId(), payload.getEvent().getChannel(), ChannelChanged.Why.DELETED, context));
        app.event(GroupDeletedEvent.class, (payload, context) ->
                unreachable(payload.getTeamId(), payload.getEvent().getChannel(), ChannelChanged.Why.DELETED, context));
        app.event(ChannelUnarchiveEvent.class, (payload, context) ->
                reachable(payload.getTeamId(), payload.getEvent().getChannel(), context));
        app.event(GroupUnarchiveEvent.class, (payload, context) ->
                reachable(payload.getTeamId(), payload.getEvent().getChannel(), context));
        app.event(MemberJoinedChannelEvent.class, (payload, context) -> {
            MemberJoinedChannelEvent e = payload.getEvent();
            if (e.getUser() != null && e.getUser().equals(context.getBotUserId())) {
                return reachable(payload.getTeamId(), e.getChannel(), context);
            }
            return context.ack(); // a person joining is not news to the community
        });
        app.event(ChannelIdChangedEvent.class, (payload, context) -> {
            ChannelIdChangedEvent e = payload.getEvent();
            ChannelRef channel = channel(payload.getTeamId(), e.getOldChannelId());
            if (channel != null && e.getNewChannelId() != null && !e.getNewChannelId().isBlank()) {
                events.publishEvent(new ChannelChanged.Moved(channel, e.getNewChannelId()));
            }
            return context.ack();
        });
        app.event(ChannelSharedEvent.class, (payload, context) -> {
            log.info("A channel was shared with another organisation; its community answers under either workspace");
            return context.ack();
        });
    }

    private com.slack.api.bolt.response.Response unreachable(String team, String channelId, ChannelChanged.Why why,
                                                               EventContext context) {
        ChannelRef channel = channel(team, channelId);
        if (channel != null) {
            events.publishEvent(new ChannelChanged.Unreachable(channel, why));
        }
        return context.ack();
    }

    private com.slack.api.bolt.response.Response reachable(String team, String channelId, EventContext context) {
        ChannelRef channel = channel(team, channelId);
        if (channel != null) {
            events.publishEvent(new ChannelChanged.Reachable(channel));
        }
        return context.ack();
    }

    private static ChannelRef channel(String team, String channelId) {
        if (team == null || team.isBlank() || channelId == null || channelId.isBlank()) {
            return null;
        }
        return new ChannelRef(PlatformKind.SLACK, team, channelId);
    }
}
