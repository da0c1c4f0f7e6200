package org.copcheckin.commands;

import java.util.List;
import java.util.Optional;

import org.copcheckin.community.Community;
import org.copcheckin.community.Language;
import org.copcheckin.participation.Feelings;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Component;

/**
 * {@code settings feelings}: the feeling buttons under this channel's one-word prompts, listed in
 * {@code /cop settings}.
 */
@Component
class FeelingCommands implements SettingRow {

    private final Feelings feelings;

    FeelingCommands(Feelings feelings) {
        this.feelings = feelings;
    }

    List<Subcommand> rows() {
        return List.of(Subcommand.in("settings", "settings", "feelings").facilitator()
                .option(Option.text("words", Feelings.FEWEST + " to " + Feelings.MOST
                        + " feelings of the closed vocabulary, separated by commas"))
                .form("settings feelings <word,word,...>")
                .does("the feeling buttons under one-word prompts (" + Feelings.FEWEST + " to " + Feelings.MOST
                        + " everyday words; default " + String.join(", ", Feelings.DEFAULT) + "): one click records "
                        + "the word as the member's answer")
                .example("settings feelings hopeful,tired,curious").answers(this::change));
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String line(Community community, Language language) {
        return language.text("settings.feelings.line", String.join(", ", feelings.of(community.id())));
    }

    private Message change(Context context, Args args) {
        String words = args.string("words").orElse("");
        Optional<String> refusal = feelings.change(context.community().id(), words);
        if (refusal.isPresent()) {
            return context.malformed(refusal.get());
        }
        return Message.text(context.language().text("feeling.changed",
                String.join(", ", feelings.of(context.community().id()))));
    }
}
