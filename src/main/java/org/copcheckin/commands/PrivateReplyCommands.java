package org.copcheckin.commands;

import java.util.List;

import org.copcheckin.checkins.PrivateReplySettings;
import org.copcheckin.community.Community;
import org.copcheckin.community.Language;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Component;

/**
 * {@code settings private-themes on|off}: whether a private reply's themes (never its words) are noted in the
 * check-in's thread, listed in {@code /cop settings}.
 */
@Component
class PrivateReplyCommands implements SettingRow {

    private final PrivateReplySettings settings;

    PrivateReplyCommands(PrivateReplySettings settings) {
        this.settings = settings;
    }

    List<Subcommand> rows() {
        return List.of(Subcommand.in("settings", "settings", "private-themes").facilitator()
                .option(Option.word("state", "on or off", "on", "off"))
                .form("settings private-themes on|off")
                .does("whether private replies' themes (never their words) are noted in the check-in's thread: "
                        + "one note a day after the prompt, only if at least k members replied privately, listing the "
                        + "themes at least k of them gave; off by default")
                .example("settings private-themes on").answers(this::privateThemes));
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String line(Community community, Language language) {
        return language.text("settings.private-themes.line",
                language.text(settings.themesInThread(community.id()) ? "settings.private-themes.state.on"
                        : "settings.private-themes.state.off"));
    }

    private Message privateThemes(Context context, Args args) {
        boolean on = "on".equals(args.string("state").orElseThrow());
        settings.setThemesInThread(context.community().id(), on);
        return Message.text(on
                ? context.language().text("settings.private-themes.on", context.community().kAnonymity())
                : context.language().text("settings.private-themes.off"));
    }
}
