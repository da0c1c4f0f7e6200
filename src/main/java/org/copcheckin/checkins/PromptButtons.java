package org.copcheckin.checkins;

import java.util.List;

import org.copcheckin.community.Community;
import org.copcheckin.platform.Message;

/**
 * A feature's buttons under a prompt (one-click answers, say), added in a row of their own after the prompt's
 * text. Each feature that has some is a bean implementing this; {@link CheckIns} asks all of them.
 */
public interface PromptButtons {

    /**
     * @param promptKey the check-in's random button key ({@link CheckIns#findByButtonKey}): a button's value may be
     *                  signed over it, so a press names its check-in without a platform id
     * @return the buttons, in one {@link Message.Button#row()}, or none for this kind of prompt
     */
    List<Message.Button> under(Community community, PromptKind kind, String promptKey);
}
