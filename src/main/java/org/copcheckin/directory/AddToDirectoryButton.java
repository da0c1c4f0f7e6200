package org.copcheckin.directory;

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

    AddToDirectoryButton(ChatPlatforms platforms) {
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
        Message answer = Message.of("Add a resource to the directory",
                "Send this, with your group's organisation filled in (one command per organisation):\n`"
                        + prefilled(pressed.value()) + "`",
                "What it offers: themes such as housing, transport, food, or everyday words, separated by `;`. "
                        + "The contact line is the organisation's public one. Organisations only: never a family or "
                        + "a client. `/cop partners <need>` shows the directory.");
        try {
            platforms.of(pressed.channel()).answerPrivately(pressed.channel(), pressed.member(), answer);
        } catch (PlatformException e) {
            log.warn("Could not answer an add-to-directory button: {}", e.getMessage());
        }
    }
}
