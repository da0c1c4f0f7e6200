package org.copcheckin.directory;

import org.copcheckin.community.Communities;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The eco-map's "Add a resource to the directory" button: answers the member privately with the
 * {@code /cop partners add} command filled in with the group's region, to complete and send (the playground opens a
 * form instead). Nothing is stored by the press itself.
 */
@Component
public class AddToDirectoryButton {

    /** The button's action id; its value is the group's region, or empty. */
    public static final String ACTION = "directory.add";

    private static final Logger log = LoggerFactory.getLogger(AddToDirectoryButton.class);

    private final ChatPlatforms platforms;
    private final Communities communities;
    private final CommunityLanguages languages;

    AddToDirectoryButton(ChatPlatforms platforms, Communities communities, CommunityLanguages languages) {
        this.communities = communities;
        this.languages = languages;
        this.platforms = platforms;
    }

    /** The command the button fills in. */
    public static String prefilled(String region) {
        String area = region == null || region.isBlank() ? "<region>" : region.strip();
        return "/cop partners add <organisation> | " + area + " | <what it offers> | <public contact line>";
    }

    @EventListener
    void on(ButtonPressed pressed) {
        if (!ACTION.equals(pressed.actionId())) {
            return;
        }
        Language l = communities.find(pressed.channel()).map(community -> languages.of(community.id()))
                .orElse(Language.EN);
        Message answer = Message.of(l.text("partners.button.title"),
                l.text("partners.button.send", prefilled(pressed.value())), l.text("partners.button.note"));
        try {
            platforms.of(pressed.channel()).answerPrivately(pressed.channel(), pressed.member(), answer);
        } catch (PlatformException e) {
            log.warn("Could not answer an add-to-directory button: {}", e.getMessage());
        }
    }
}
