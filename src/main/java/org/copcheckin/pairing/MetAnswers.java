package org.copcheckin.pairing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.MetReplied;
import org.copcheckin.platform.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records "did you meet?" answers from the introduction's button; pressing it again changes nothing. A plain 'met'
 * reply in the group's private conversation ({@link MetReplied}, from the reply intake on every platform) counts
 * the same: the group is then found by its conversation.
 */
@Component
class MetAnswers {

    private static final Logger log = LoggerFactory.getLogger(MetAnswers.class);

    private final MeetingStore meetings;
    private final ChatPlatforms platforms;
    private final Clock clock;

    private final org.copcheckin.community.CommunityLanguages languages;

    MetAnswers(MeetingStore meetings, ChatPlatforms platforms, Clock clock,
               org.copcheckin.community.CommunityLanguages languages) {
        this.languages = languages;
        this.meetings = meetings;
        this.platforms = platforms;
        this.clock = clock;
    }

    @EventListener
    void on(ButtonPressed pressed) {
        if (!ActivityText.MET_ACTION.equals(pressed.actionId())) {
            return;
        }
        String userId = pressed.member().userId();
        Optional<Long> groupId = pressed.value() == null || pressed.value().isBlank()
                ? meetings.groupOfConversation(pressed.channel().channelId(), userId)
                : parse(pressed.value());
        Optional<Long> communityId = groupId.flatMap(group -> meetings.communityOfMembership(group, userId));
        if (communityId.isEmpty()) {
            log.info("Ignored a 'met' answer for a group the member is not in");
            // not a member of the group: its community's language is not theirs to learn, so English
            answer(pressed, Message.text(org.copcheckin.community.Language.EN.text("pair.met.not.yours")));
            return;
        }
        boolean first = meetings.recordAnswer(groupId.get(), userId, MeetingStore.MET, clock.instant());
        answer(pressed, ActivityText.metRecorded(first, languages.of(communityId.get())));
    }

    /**
     * A plain 'met' reply in a private conversation: on Slack and in the playground the conversation is the
     * thread's channel, on Discord the private thread itself. Anywhere else it is not an answer, and says nothing.
     */
    @EventListener
    void on(MetReplied replied) {
        String userId = replied.member().userId();
        ChannelRef channel = replied.thread().channel();
        for (String conversation : List.of(channel.channelId(), replied.thread().threadId())) {
            Optional<Long> groupId = meetings.groupOfConversation(conversation, userId);
            if (groupId.isPresent()) {
                boolean first = meetings.recordAnswer(groupId.get(), userId, MeetingStore.MET, clock.instant());
                org.copcheckin.community.Language language = meetings.communityOfMembership(groupId.get(), userId)
                        .map(languages::of).orElse(org.copcheckin.community.Language.EN);
                answer(new ButtonPressed(new ChannelRef(channel.platform(), channel.workspaceId(), conversation),
                        replied.member(), ActivityText.MET_ACTION, null), ActivityText.metRecorded(first, language));
                return;
            }
        }
    }

    private void answer(ButtonPressed pressed, Message message) {
        try {
            platforms.of(pressed.channel()).answerPrivately(pressed.channel(), pressed.member(), message);
        } catch (PlatformException e) {
            log.warn("Could not acknowledge a 'met' answer: {}", e.getMessage());
        }
    }

    private static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
