package org.copcheckin.pairing;

import java.util.Optional;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Members;
import org.copcheckin.community.PairingMode;
import org.copcheckin.community.PairingPreference;
import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opt-in pairing: switching a community's mode, the announcement with its "Join pairing" button, and members
 * joining by pressing it.
 */
@Component
public class PairingMembership {

    static final String JOIN = "pairing.join";
    private static final Logger log = LoggerFactory.getLogger(PairingMembership.class);

    private final Communities communities;
    private final Members members;
    private final ChatPlatforms platforms;

    private final CommunityLanguages languages;

    PairingMembership(Communities communities, Members members, ChatPlatforms platforms, CommunityLanguages languages) {
        this.languages = languages;
        this.communities = communities;
        this.members = members;
        this.platforms = platforms;
    }

    /**
     * Switches the mode; going opt-in posts the announcement members join from.
     *
     * @return the problem when the announcement could not be posted (the mode is switched either way)
     */
    public Optional<String> changeMode(Community community, PairingMode mode) {
        communities.changePairingMode(community, mode);
        if (mode == PairingMode.OPT_OUT) {
            return Optional.empty();
        }
        try {
            platforms.of(community.channel()).postToChannel(community.channel(), ActivityText.optInAnnouncement(
                    languages.of(community.id())).withButtons(new Message.Button(JOIN,
                    languages.of(community.id()).text("pair.join.button"), Long.toString(community.id()))));
            return Optional.empty();
        } catch (PlatformException e) {
            log.warn("Could not post the opt-in announcement in community {}: {}", community.id(), e.getMessage());
            return Optional.of(e.getMessage());
        }
    }

    @EventListener
    void on(ButtonPressed pressed) {
        if (!JOIN.equals(pressed.actionId())) {
            return;
        }
        communities.find(pressed.channel()).ifPresent(community -> {
            members.setPairing(community, pressed.member().userId(), PairingPreference.ACTIVE, null);
            log.info("A member joined pairing in community {}", community.id());
            try {
                platforms.of(community.channel()).answerPrivately(community.channel(), pressed.member(),
                        Message.text(languages.of(community.id()).text("pair.joined")));
            } catch (PlatformException e) {
                log.warn("Could not confirm a join in community {}: {}", community.id(), e.getMessage());
            }
        });
    }
}
