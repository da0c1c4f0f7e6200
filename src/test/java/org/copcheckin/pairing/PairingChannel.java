package org.copcheckin.pairing;

import static org.copcheckin.pairing.PairingFixtures.freshChannel;

import org.copcheckin.commands.CommandHandler;
import org.copcheckin.community.Communities;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.RecordingChatPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What a pairing test of one fresh channel starts from: the command handler, the recording platform (reset before
 * each test), the event publisher for button presses, the communities, and a channel of its own. A test's own
 * {@code @BeforeEach} runs after this one, so it lists the channel's members on top.
 */
abstract class PairingChannel {

    @Autowired
    CommandHandler commands;
    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Communities communities;

    ChannelRef channel;

    @BeforeEach
    final void freshChannelAndPlatform() {
        platform.reset();
        channel = freshChannel();
    }
}
