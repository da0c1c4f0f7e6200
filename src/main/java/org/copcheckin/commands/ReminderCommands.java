package org.copcheckin.commands;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.copcheckin.community.Community;
import org.copcheckin.community.Language;
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
        Language l = context.language();
        String line = reminders.latestOutcome(context.community(), clock.instant()).map(outcome -> outcome.words(k, l))
                .map(words -> l.text("reminder.status.latest", words))
                .orElse(l.text("reminder.status.none"));
        List<String> paragraphs = new ArrayList<>(status.paragraphs());
        paragraphs.add(l.text("reminder.status.line", ReminderSetting.words(setting.get().delay()), line));
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
    public String line(Community community, Language l) {
        return l.text("reminder.settings.line", settings.of(community.id())
                .map(setting -> l.text("reminder.settings.on", ReminderSetting.words(setting.delay()),
                        setting.quiet().words()))
                .orElse(l.text("reminder.settings.off")));
    }

    private Message reminders(Context context, Args args) {
        boolean on = "on".equals(args.string("state").orElseThrow());
        boolean changed = settings.setMemberReminders(context.caller(), on);
        Language l = context.language();
        if (on) {
            return Message.text(l.text(changed ? "reminder.member.on.again" : "reminder.member.on"));
        }
        return Message.text(l.text(changed ? "reminder.member.off" : "reminder.member.off.already"));
    }

    private Message settingsReminders(Context context, Args args) {
        String delayWord = args.string("delay").orElseThrow();
        Optional<String> quietWord = args.string("quiet");
        long community = context.community().id();
        Language l = context.language();
        if (delayWord.equalsIgnoreCase("off")) {
            if (quietWord.isPresent()) {
                return context.malformed(l.text("reminder.off.takes.nothing"));
            }
            return Message.text(l.text(settings.turnOff(community) ? "reminder.channel.off"
                    : "reminder.channel.off.already"));
        }
        Optional<Duration> delay = ReminderSetting.parseDelay(delayWord);
        if (delay.isEmpty() || delay.get().compareTo(ReminderSetting.SHORTEST) < 0
                || delay.get().compareTo(ReminderSetting.LONGEST) > 0) {
            return context.malformed(l.text("reminder.delay.unknown", delayWord));
        }
        Optional<QuietHours> quiet = quietWord.map(QuietHours::parse).orElse(Optional.of(QuietHours.DEFAULT));
        if (quiet.isEmpty()) {
            return context.malformed(l.text("reminder.quiet.unknown", quietWord.orElseThrow()));
        }
        ReminderSetting setting = new ReminderSetting(delay.get(), quiet.get());
        settings.turnOn(community, setting);
        return Message.of("", l.text("reminder.channel.on", ReminderSetting.words(delay.get())),
                l.text("reminder.channel.on.note", quiet.get().words()));
    }
}
