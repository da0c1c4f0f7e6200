package org.copcheckin.participation;

import java.util.List;

import org.copcheckin.checkins.PromptButtons;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.community.Community;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Component;

/** Under a one-word prompt, a row of the community's feelings: one click records that word as the answer. */
@Component
class FeelingButtons implements PromptButtons {

    static final String ACTION = "cop.feeling";
    static final String ROW = "feelings";

    private final Feelings feelings;
    private final FeelingTokens tokens;

    FeelingButtons(Feelings feelings, FeelingTokens tokens) {
        this.feelings = feelings;
        this.tokens = tokens;
    }

    @Override
    public List<Message.Button> under(Community community, PromptKind kind, String promptKey) {
        if (kind != PromptKind.WORD) {
            return List.of();
        }
        return feelings.of(community.id()).stream()
                .map(word -> new Message.Button(ACTION, word, tokens.issue(promptKey, word, community.channel()), ROW))
                .toList();
    }
}
