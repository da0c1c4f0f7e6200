package org.copcheckin.support;

import java.util.List;

import org.copcheckin.commands.CommandHandler;
import org.copcheckin.commands.Reply;
import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.CommandInvoked;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.RecordingChatPlatform;
import org.springframework.context.ApplicationEventPublisher;

/** Runs a command and, when it asks first, presses its confirm button as the caller would. */
public final class ConfirmButtons {

    private ConfirmButtons() {
    }

    /** The answer: the command's own, or what came privately after the confirm button was pressed. */
    public static Message confirmed(CommandHandler handler, ApplicationEventPublisher events,
                                    RecordingChatPlatform platform, CommandInvoked invoked) {
        Reply reply = handler.handle(invoked);
        if (!(reply instanceof Reply.Confirm confirm)) {
            return reply.message();
        }
        events.publishEvent(new ButtonPressed(invoked.channel(), invoked.caller(), Reply.Confirm.CONFIRM, confirm.token()));
        List<RecordingChatPlatform.Sent> answers = platform.sent("ephemeral").stream()
                .filter(sent -> sent.target().equals(invoked.caller().userId())).toList();
        return answers.get(answers.size() - 1).message();
    }
}
