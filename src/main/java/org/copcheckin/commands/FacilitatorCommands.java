package org.copcheckin.commands;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import org.copcheckin.calendar.SchoolCalendar;
import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.checkins.PromptTexts;
import org.copcheckin.community.ChannelPauses;
import org.copcheckin.community.Facilitators;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.copcheckin.scheduling.InvalidScheduleException;
import org.copcheckin.scheduling.Schedule;
import org.copcheckin.scheduling.ScheduleSpec;
import org.copcheckin.scheduling.ScheduleSpecParser;
import org.copcheckin.scheduling.ScheduleStatus;
import org.copcheckin.scheduling.ScheduledAction;
import org.copcheckin.scheduling.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Prompts, schedules, status and facilitators: the facilitator's commands for the channel's rhythm. */
@Component
class FacilitatorCommands {

    private static final Logger log = LoggerFactory.getLogger(FacilitatorCommands.class);
    private static final Pattern ZONE_LIKE = Pattern.compile(
            "(?i)(utc|gmt|z|[a-z]+(?:/[a-z0-9_+\\-]+)+|(?:utc|gmt)[+-]\\d{1,2}(?::?\\d{2})?)");

    private final CheckIns checkIns;
    private final Schedules schedules;
    private final Facilitators facilitators;
    private final ChannelPauses pauses;
    private final SchoolCalendar calendar;

    FacilitatorCommands(CheckIns checkIns, Schedules schedules, Facilitators facilitators, ChannelPauses pauses,
                        SchoolCalendar calendar) {
        this.checkIns = checkIns;
        this.schedules = schedules;
        this.facilitators = facilitators;
        this.pauses = pauses;
        this.calendar = calendar;
    }

    List<Subcommand> rows() {
        return List.of(
                Subcommand.in("prompt", "prompt").facilitator()
                        .option(Option.word("kind", "Which prompt", "challenge", "word", "glows-grows", "custom"),
                                Option.both(), Option.text("text", "Your own prompt (with kind: custom)").optional())
                        .form("prompt challenge|word|glows-grows [--both]", "prompt custom <text>")
                        .does("post a check-in prompt here now").example("prompt word").handler(this::prompt),
                Subcommand.in("schedule", "schedule", "add").facilitator()
                        .option(Option.word("what", "What to run", "challenge", "word", "glows-grows", "pair", "digest"),
                                Option.text("when", "daily 08:30, weekly mon 09:00, monthly first tue 10:00 or a Quartz cron"),
                                Option.word("zone", "IANA time zone, e.g. America/New_York").optional())
                        .form("schedule add <what> <when> [zone]")
                        .does("schedule a prompt, a pairing round or a digest; <when> is `daily 08:30`, `weekly mon "
                                + "09:00`, `monthly first tue 10:00`, `monthly 15 09:00`, `quarterly first mon 09:00` or a Quartz cron; zone is an "
                                + "IANA name such as America/New_York (default: the community's)")
                        .example("schedule add word weekly mon 09:00").answers(this::scheduleAdd),
                Subcommand.in("schedule", "schedule", "list").facilitator().does("this channel's schedules")
                        .answers((context, args) -> scheduleList(context)),
                Subcommand.in("schedule", "schedule", "remove").facilitator().alias("delete", "rm")
                        .option(Option.integer("id", "The schedule's id from /cop schedule list", 1, Long.MAX_VALUE))
                        .form("schedule remove <id>").does("remove a schedule").example("schedule remove 1")
                        .answers(this::scheduleRemove));
    }

    List<Subcommand> facilitatorRows() {
        return List.of(
                Subcommand.in("facilitator", "facilitator", "add").facilitator()
                        .option(Option.member("member", "The member")).form("facilitator add @member")
                        .does("make a member a facilitator of this channel").example("facilitator add @dana")
                        .answers(this::facilitatorAdd),
                Subcommand.in("facilitator", "facilitator", "remove").facilitator()
                        .option(Option.member("member", "The member")).form("facilitator remove @member")
                        .does("remove a facilitator of this channel").example("facilitator remove @dana")
                        .answers(this::facilitatorRemove));
    }

    private Reply prompt(Context context, Args args) {
        PromptKind kind = PromptKind.fromWord(args.string("kind").orElseThrow()).orElseThrow();
        Optional<String> text = args.string("text");
        if (kind == PromptKind.CUSTOM) {
            if (text.isEmpty()) {
                return new Reply.OpenForm(Reply.Form.CUSTOM_PROMPT, context.malformed(
                        context.language().text("prompt.custom.needs")));
            }
            if (text.get().length() > PromptTexts.MAX_CUSTOM_LENGTH) {
                return context.answer(context.malformed(context.language().text("prompt.custom.long",
                        PromptTexts.MAX_CUSTOM_LENGTH)));
            }
        } else if (text.isPresent()) {
            return context.answer(context.malformed(context.language().text("prompt.no.words", kind.word())));
        }
        try {
            CheckIn checkIn = checkIns.post(context.community(), kind, text.orElse(null), OptionalLong.empty(),
                    args.flag("both"));
            // numbered among the channel's check-ins: its id runs across every community, warm-ups' scratch ones too
            return context.answer(Message.text(context.language().text("prompt.posted",
                    context.language().kindName(kind.word()), checkIns.numberInChannel(checkIn))));
        } catch (PlatformException e) {
            log.warn("Could not post a prompt in community {}: {}", context.community().id(), e.getMessage());
            return context.answer(Message.text(context.language().text("prompt.failed", e.getMessage())));
        }
    }

    private Message scheduleAdd(Context context, Args args) {
        ScheduledAction action = ScheduledAction.fromWord(args.string("what").orElseThrow()).orElseThrow();
        List<String> when = List.of(args.string("when").orElseThrow().split("\\s+"));
        Optional<String> zoneWord = args.string("zone");
        String last = when.get(when.size() - 1);
        if (zoneWord.isEmpty() && when.size() > 1 && ZONE_LIKE.matcher(last).matches()) {
            zoneWord = Optional.of(last);
            when = when.subList(0, when.size() - 1);
        }
        Optional<ZoneId> zone;
        try {
            zone = zoneWord.map(word -> ZoneId.of(canonicalZone(word)));
        } catch (DateTimeException e) {
            return context.malformed(context.language().text("zone.unknown", zoneWord.get()));
        }
        try {
            ScheduleSpec spec = ScheduleSpecParser.parse(String.join(" ", when));
            Schedule schedule = schedules.add(context.community(), action, spec,
                    zone.orElse(context.community().zone()), zone.isEmpty());
            String next = schedules.status(context.community()).stream()
                    .filter(s -> s.schedule().id() == schedule.id()).findFirst()
                    .flatMap(ScheduleStatus::nextRun).map(time -> StatusFormat.dateTime(time, context.language()))
                    .orElse(context.language().text("schedule.not.scheduled"));
            // shown in the schedule's own zone here; status shows every time in the community's zone
            return Message.text(context.language().text("schedule.added", schedule.id(),
                    StatusFormat.describe(schedule, context.language()), next));
        } catch (InvalidScheduleException e) {
            return context.malformed(e.getMessage());
        }
    }

    /** IANA ids are case-sensitive; {@code america/new_york} is taken for {@code America/New_York}. */
    static String canonicalZone(String zone) {
        String upper = zone.toUpperCase(Locale.ROOT);
        if (upper.equals("Z") || upper.startsWith("UTC") || upper.startsWith("GMT")) {
            return upper;
        }
        return ZoneId.getAvailableZoneIds().stream().filter(id -> id.equalsIgnoreCase(zone)).findFirst().orElse(zone);
    }

    private Message scheduleList(Context context) {
        List<Schedule> list = schedules.list(context.community());
        if (list.isEmpty()) {
            return Message.of(context.language().text("schedule.title"), context.language().text("schedule.none"));
        }
        return new Message(context.language().text("schedule.title"), List.of(String.join("\n", list.stream()
                .map(s -> "• #" + s.id() + " " + StatusFormat.describe(s, context.language())).toList())), List.of());
    }

    private Message scheduleRemove(Context context, Args args) {
        long id = args.integer("id").orElseThrow();
        return switch (schedules.remove(context.community(), id)) {
            case REMOVED -> Message.text(context.language().text("schedule.removed", id));
            case NOT_FOUND, OTHER_COMMUNITY -> Message.text(context.language().text("schedule.not.found", id));
        };
    }

    Message status(Context context) {
        return StatusFormat.message(context.community(), schedules.status(context.community()),
                pauses.of(context.community()), calendar.upcoming(context.community()), context.language());
    }

    private Message facilitatorAdd(Context context, Args args) {
        MemberRef member = args.member("member").orElseThrow();
        boolean added = facilitators.add(context.community(), member.userId());
        return naming(member, context.language().text(added ? "facilitator.added" : "facilitator.already",
                Message.mention(0)));
    }

    private Message facilitatorRemove(Context context, Args args) {
        MemberRef member = args.member("member").orElseThrow();
        boolean removed = facilitators.remove(context.community(), member.userId());
        if (facilitators.isConfigured(context.community(), member.userId())) {
            return naming(member, context.language().text("facilitator.configured", Message.mention(0))
                    + (removed ? " " + context.language().text("facilitator.configured.removed") : ""));
        }
        return naming(member, context.language().text(removed ? "facilitator.removed" : "facilitator.not.added",
                Message.mention(0)));
    }

    private static Message naming(MemberRef member, String text) {
        return new Message("", List.of(text), List.of(), List.of(member));
    }
}
