package org.copcheckin.commands;

import java.util.List;
import java.util.Optional;

import org.copcheckin.community.Communities;
import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A pressed confirm or cancel button of a {@link Reply.Confirm}: when its token holds, the row's confirmed handler
 * runs (or nothing, for cancel); otherwise the member is told why nothing was done. Answers go to the member only.
 */
@Component
class ConfirmationListener {

    private static final Logger log = LoggerFactory.getLogger(ConfirmationListener.class);

    private final Catalogue catalogue;
    private final Confirmations confirmations;
    private final Communities communities;
    private final ChatPlatforms platforms;

    ConfirmationListener(Catalogue catalogue, Confirmations confirmations, Communities communities,
                         ChatPlatforms platforms) {
        this.catalogue = catalogue;
        this.confirmations = confirmations;
        this.communities = communities;
        this.platforms = platforms;
    }

    @EventListener
    void on(ButtonPressed pressed) {
        boolean confirm = Reply.Confirm.CONFIRM.equals(pressed.actionId());
        if (!confirm && !Reply.Confirm.CANCEL.equals(pressed.actionId())) {
            return;
        }
        Message answer = answer(pressed, confirm);
        try {
            platforms.of(pressed.channel()).answerPrivately(pressed.channel(), pressed.member(), answer);
        } catch (PlatformException e) {
            log.warn("Could not answer a confirmation: {}", e.getMessage());
        }
    }

    private Message answer(ButtonPressed pressed, boolean confirm) {
        ConfirmationTokens.Checked checked = confirmations.take(pressed);
        if (checked instanceof ConfirmationTokens.Checked.Refused refused) {
            log.info("Refused a confirmation: {}", refused.why());
            return refusal(refused.why());
        }
        ConfirmationTokens.Checked.Valid valid = (ConfirmationTokens.Checked.Valid) checked;
        Optional<Subcommand> row = catalogue.find(List.of(valid.action().split("_")))
                .filter(found -> found.confirmed() != null);
        if (row.isEmpty()) {
            return refusal(ConfirmationTokens.Why.FORGED);
        }
        if (!confirm) {
            log.info("Cancelled /cop {}", row.get().key());
            return Message.text("Cancelled: nothing was done.");
        }
        log.info("Confirmed /cop {}", row.get().key());
        return row.get().confirmed().run(communities.findOrCreate(pressed.channel()), pressed.member(),
                valid.argument());
    }

    static Message refusal(ConfirmationTokens.Why why) {
        return Message.text(switch (why) {
            case EXPIRED -> "That confirmation has expired (they last " + ConfirmationTokens.VALID.toMinutes()
                    + " minutes), so nothing was done. Run the command again if you still want it.";
            case NOT_YOURS -> "That button was for the member who ran the command, so nothing was done. Run the "
                    + "command yourself if you want it for you.";
            case USED -> "That confirmation was already used, so nothing more was done.";
            case FORGED -> "That confirmation is not one cop-checkin gave in this channel, so nothing was done.";
        });
    }
}
