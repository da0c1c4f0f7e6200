package org.copcheckin.commands;

import java.util.List;
import java.util.Optional;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
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
    private final CommunityLanguages languages;

    ConfirmationListener(Catalogue catalogue, Confirmations confirmations, Communities communities,
                         ChatPlatforms platforms, CommunityLanguages languages) {
        this.languages = languages;
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
        Optional<Community> known = communities.find(pressed.channel());
        Language l = known.map(community -> languages.of(community.id())).orElse(Language.EN);
        if (checked instanceof ConfirmationTokens.Checked.Refused refused) {
            log.info("Refused a confirmation: {}", refused.why());
            return refusal(refused.why(), l);
        }
        ConfirmationTokens.Checked.Valid valid = (ConfirmationTokens.Checked.Valid) checked;
        Optional<Subcommand> row = catalogue.find(List.of(valid.action().split("_")))
                .filter(found -> found.confirmed() != null);
        if (row.isEmpty()) {
            return refusal(ConfirmationTokens.Why.FORGED, l);
        }
        if (!confirm) {
            log.info("Cancelled /cop {}", row.get().key());
            return Message.text(l.text("confirm.cancelled"));
        }
        log.info("Confirmed /cop {}", row.get().key());
        return row.get().confirmed().run(known.orElseGet(() -> communities.findOrCreate(pressed.channel())),
                pressed.member(), valid.argument());
    }

    static Message refusal(ConfirmationTokens.Why why, Language l) {
        return Message.text(switch (why) {
            case EXPIRED -> l.text("confirm.expired", ConfirmationTokens.VALID.toMinutes());
            case NOT_YOURS -> l.text("confirm.not.yours");
            case USED -> l.text("confirm.used");
            case FORGED -> l.text("confirm.forged");
        });
    }
}
