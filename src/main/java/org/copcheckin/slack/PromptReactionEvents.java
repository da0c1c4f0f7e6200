package org.copcheckin.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.model.event.ReactionRemovedEvent;
import org.copcheckin.participation.Reactions;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.PromptReacted;
import org.copcheckin.platform.ThreadRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code reaction_added} and {@code reaction_removed} on a message: a reaction on a check-in's prompt counts as
 * taking part, recorded before the ack like a reply, so a retried event is acknowledged and changes nothing.
 * Reactions of bots (ours included) and on anything but a message are left alone.
 */
@SlackComponent
class PromptReactionEvents implements SlackListeners {

    private static final Logger log = LoggerFactory.getLogger(PromptReactionEvents.class);

    private final Reactions reactions;
    private final SlackUsers users;

    PromptReactionEvents(Reactions reactions, SlackUsers users) {
        this.reactions = reactions;
        this.users = users;
    }

    @Override
    public void registerOn(App app) {
        app.event(ReactionAddedEvent.class, (payload, context) -> {
            ReactionAddedEvent e = payload.getEvent();
            if (e.getItem() != null) {
                receive(payload.getTeamId(), e.getItem().getType(), e.getItem().getChannel(), e.getItem().getTs(),
                        e.getUser(), e.getReaction(), true, context.getBotUserId());
            }
            return context.ack();
        });
        app.event(ReactionRemovedEvent.class, (payload, context) -> {
            ReactionRemovedEvent e = payload.getEvent();
            if (e.getItem() != null) {
                receive(payload.getTeamId(), e.getItem().getType(), e.getItem().getChannel(), e.getItem().getTs(),
                        e.getUser(), e.getReaction(), false, context.getBotUserId());
            }
            return context.ack();
        });
    }

    private void receive(String team, String type, String channel, String ts, String user, String emoji,
                         boolean added, String ourBotUser) {
        if (!"message".equals(type) || channel == null || ts == null || user == null || emoji == null
                || user.equals(ourBotUser) || users.isKnownBot(team, user)) {
            return;
        }
        Reactions.Outcome outcome = reactions.receive(new PromptReacted(
                new ThreadRef(new ChannelRef(PlatformKind.SLACK, team, channel), ts),
                new MemberRef(PlatformKind.SLACK, team, user), emoji, added));
        log.debug("Reaction: {}", outcome);
    }
}
