package org.copcheckin.commands;

import java.util.List;

import org.copcheckin.checkins.PrivateReplySettings;
import org.copcheckin.community.Community;
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
    public String line(Community community) {
        return "*Private replies' themes in the thread*: " + (settings.themesInThread(community.id()) ? "on" : "off")
                + " (`/cop settings private-themes on|off`)";
    }

    private Message privateThemes(Context context, Args args) {
        boolean on = "on".equals(args.string("state").orElseThrow());
        settings.setThemesInThread(context.community().id(), on);
        return Message.text(on
                ? "Private replies' themes are now noted in the check-in's thread: one note a day after the "
                + "prompt, never one per reply, so a note cannot be matched to whoever just replied. It is posted only "
                + "if at least " + context.community().kAnonymity() + " members (this channel's k) replied "
                + "privately to the check-in, and lists only the themes at least that many of them gave (taxonomy "
                + "themes, never words, no counts)."
                : "Private replies' themes are no longer noted in the thread; private replies are still counted.");
    }
}
