package org.copcheckin.commands;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.copcheckin.community.Community;
import org.copcheckin.platform.Message;
import org.copcheckin.reminders.QuietHours;
import org.copcheckin.reminders.ReminderOutcome;
import org.copcheckin.reminders.ReminderSetting;
import org.copcheckin.reminders.ReminderSettings;
import org.copcheckin.reminders.Reminders;
import org.springframework.stereotype.Component;

/**
 * Reminders: the community's one private reminder per check-in ({@code settings reminders <delay>|off}, a
 * facilitator's, listed in {@code /cop settings} like the other channel settings) and a member's own choice
 * ({@code reminders on|off}, like {@code nudges on|off}).
 */
@Component
class ReminderCommands implements SettingRow {

    private final ReminderSettings settings;
    private final Reminders reminders;
    private final Clock clock;

    ReminderCommands(ReminderSettings settings, Reminders reminders, Clock clock) {
        this.settings = settings;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** {@code /cop status}: the latest check-in's reminders as counts (refused direct messages too), never names. */
    Message withReminderStatus(Context context, Message status) {
        Optional<ReminderSetting> setting = settings.of(context.community().id());
        if (setting.isEmpty()) {
            return status;
        }
        int k = context.community().kAnonymity();
        String line = reminders.latestOutcome(context.community(), clock.instant()).map(outcome -> outcome.words(k))
                .map(words -> "latest check-in: " + words)
                .orElse("none sent for the latest check-in yet");
        List<String> paragraphs = new ArrayList<>(status.paragraphs());
        paragraphs.add("*Reminders* (" + ReminderSetting.words(setting.get().delay()) + " after each prompt): " + line);
        return new Message(status.title(), paragraphs, status.buttons(), status.mentions());
    }

    List<Subcommand> rows() {
        return List.of(
                Subcommand.in("reminders", "reminders").member()
                        .option(Option.word("state", "on or off", "on", "off"))
                        .form("reminders on|off")
                        .does("your private reminder when a check-in you have not answered is still open (if this "
                                + "channel sends them)")
                        .example("reminders off").answers(this::reminders),
                Subcommand.in("settings", "settings", "reminders").facilitator()
                        .option(Option.word("delay", "how long after the prompt (15m to 72h, e.g. 4h), or off"),
                                Option.word("quiet", "quiet hours in each member's time, e.g. 20:00-08:00").named()
                                        .optional())
                        .form("settings reminders <delay> [quiet HH:MM-HH:MM]|off")
                        .does("one private reminder per check-in, that long after the prompt, to members who have "
                                + "not taken part; off by default")
                        .example("settings reminders 4h").answers(this::settingsReminders));
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String line(Community community) {
        return "*Reminders*: " + settings.of(community.id())
                .map(setting -> ReminderSetting.words(setting.delay()) + " after each prompt, never between "
                        + setting.quiet().words() + " in a member's own time")
                .orElse("off") + " (`/cop settings reminders <delay>|off`)";
    }

    private Message reminders(Context context, Args args) {
        boolean on = "on".equals(args.string("state").orElseThrow());
        boolean changed = settings.setMemberReminders(context.caller(), on);
        if (on) {
            return Message.text((changed ? "Reminders are on for you again" : "Reminders are on for you")
                    + ": in a channel that sends them, you get one private note when a check-in you have not taken "
                    + "part in is still open. Nobody else sees it.");
        }
        return Message.text((changed ? "Reminders are off for you" : "Reminders were already off for you")
                + ", in every channel the bot serves on this platform. `/cop reminders on` brings them back.");
    }

    private Message settingsReminders(Context context, Args args) {
        String delayWord = args.string("delay").orElseThrow();
        Optional<String> quietWord = args.string("quiet");
        long community = context.community().id();
        if (delayWord.equalsIgnoreCase("off")) {
            if (quietWord.isPresent()) {
                return context.malformed("`off` takes no quiet hours: `/cop settings reminders off`.");
            }
            return Message.text(settings.turnOff(community) ? "Reminders are off in this channel."
                    : "Reminders were already off in this channel; nothing changed.");
        }
        Optional<Duration> delay = ReminderSetting.parseDelay(delayWord);
        if (delay.isEmpty() || delay.get().compareTo(ReminderSetting.SHORTEST) < 0
                || delay.get().compareTo(ReminderSetting.LONGEST) > 0) {
            return context.malformed("`" + delayWord + "` is not a delay I can use: say how long after the prompt, "
                    + "from 15m to 72h, such as `4h`, `90m` or `1d`, e.g. `/cop settings reminders 4h`.");
        }
        Optional<QuietHours> quiet = quietWord.map(QuietHours::parse).orElse(Optional.of(QuietHours.DEFAULT));
        if (quiet.isEmpty()) {
            return context.malformed("`" + quietWord.orElseThrow() + "` is not a range of hours: write it like "
                    + "`quiet 20:00-08:00` (from-to, in each member's own time).");
        }
        ReminderSetting setting = new ReminderSetting(delay.get(), quiet.get());
        settings.turnOn(community, setting);
        return Message.of("", "Reminders are on in this channel: " + ReminderSetting.words(delay.get())
                        + " after each prompt, members who have not taken part (a reply in the thread, or any other "
                        + "way the bot counts) get one private message with a link to it. Facilitators get none.",
                "It is never posted in the channel and names nobody. In quiet hours (" + quiet.get().words()
                        + " in each member's own time zone: Slack's, or the one set with `/cop profile zone`, else "
                        + "this channel's) it waits until they end. A member can say `/cop reminders off`.");
    }
}
