package org.copcheckin.commands;

import java.util.List;
import java.util.Optional;

import org.copcheckin.community.Community;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Component;

/**
 * {@code settings language fr|es|en}: the language the channel works in. Prompts, the privacy reminder, pairing
 * introductions, digests and common answers come in it, and replies are analysed in it.
 */
@Component
class LanguageCommands implements SettingRow {

    private final CommunityLanguages languages;

    LanguageCommands(CommunityLanguages languages) {
        this.languages = languages;
    }

    List<Subcommand> rows() {
        return List.of(Subcommand.in("settings", "settings", "language").facilitator()
                .option(Option.word("language", Language.choices(), Language.codes()))
                .form("settings language fr|es|en")
                .does("the channel's language: prompts, answers and digests come in it, and replies are analysed "
                        + "in it (English by default)")
                .example("settings language fr").answers(this::language));
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String line(Community community, Language in) {
        Language language = languages.of(community.id());
        return in.text("settings.language.line", language.displayName(), language.code());
    }

    private Message language(Context context, Args args) {
        String word = args.string("language").orElseThrow();
        Optional<Language> chosen = Language.fromCode(word);
        if (chosen.isEmpty()) {
            return context.malformed(context.language().text("settings.language.unknown", word));
        }
        Language language = chosen.get();
        long community = context.community().id();
        if (languages.of(community) == language) {
            return Message.text(language.text("settings.language.unchanged", language.displayName()));
        }
        languages.change(community, language);
        return Message.text(language.text("settings.language.changed", language.displayName()));
    }
}
