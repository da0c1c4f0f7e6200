package org.copcheckin.commands;

import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.community.Facilitators;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.copcheckin.scheduling.InvalidScheduleException;
import org.copcheckin.scheduling.Schedule;
import org.copcheckin.scheduling.ScheduleStatus;
import org.copcheckin.scheduling.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The facilitator commands of the foundation: prompt, schedule, status, facilitator. */
@Component
class FacilitatorCommands {

    private static final Logger log = LoggerFactory.getLogger(FacilitatorCommands.class);

    private final CheckIns checkIns;
    private final Schedules schedules;
    private final Facilitators facilitators;

    FacilitatorCommands(CheckIns checkIns, Schedules schedules, Facilitators facilitators) {
        this.checkIns = checkIns;
        this.schedules = schedules;
        this.facilitators = facilitators;
    }

    Message prompt(CommandHandler.Context context, Command.Prompt prompt) {
        try {
            CheckIn checkIn = checkIns.post(context.community(), prompt.kind(), prompt.customText(), OptionalLong.empty());
            return Message.text("Posted the " + prompt.kind().word() + " prompt (check-in #" + checkIn.id()
                    + "). Replies in its thread are collected as anonymous trends.");
        } catch (PlatformException e) {
            log.warn("Could not post a prompt in community {}: {}", context.community().id(), e.getMessage());
            return Message.text("I couldn't post the prompt: " + e.getMessage() + ". Nothing was recorded; try again "
                    + "once the bot can post in this channel.");
        }
    }

    Message scheduleAdd(CommandHandler.Context context, Command.ScheduleAdd add) {
        ZoneId zone = add.zone().orElse(context.community().zone());
        try {
            Schedule schedule = schedules.add(context.community(), add.action(), add.spec(), zone);
            String next = schedules.status(context.community()).stream()
                    .filter(s -> s.schedule().id() == schedule.id()).findFirst()
                    .flatMap(ScheduleStatus::nextRun).map(StatusFormat::dateTime).orElse("not scheduled");
            // shown in the schedule's own zone here; status shows every time in the community's zone
            return Message.text("Scheduled #" + schedule.id() + ": " + StatusFormat.describe(schedule)
                    + ". Next run: " + next + ".");
        } catch (InvalidScheduleException e) {
            return Message.of("", e.getMessage(), "Usage: " + Usage.of("schedule"));
        }
    }

    Message scheduleList(CommandHandler.Context context) {
        List<Schedule> list = schedules.list(context.community());
        if (list.isEmpty()) {
            return Message.of("Schedules", "This channel has no schedules yet. Add one with "
                    + "`/cop schedule add word weekly mon 09:00`.");
        }
        return new Message("Schedules", List.of(String.join("\n", list.stream()
                .map(s -> "• #" + s.id() + " " + StatusFormat.describe(s)).toList())), List.of());
    }

    Message scheduleRemove(CommandHandler.Context context, Command.ScheduleRemove remove) {
        return switch (schedules.remove(context.community(), remove.scheduleId())) {
            case REMOVED -> Message.text("Removed schedule #" + remove.scheduleId() + ".");
            case NOT_FOUND, OTHER_COMMUNITY -> Message.text("Schedule #" + remove.scheduleId() + " is not one of this "
                    + "channel's schedules, so nothing changed. `/cop schedule list` shows this channel's.");
        };
    }

    Message status(CommandHandler.Context context) {
        return StatusFormat.message(context.community(), schedules.status(context.community()));
    }

    Message facilitatorAdd(CommandHandler.Context context, Command.FacilitatorAdd add) {
        boolean added = facilitators.add(context.community(), add.userId());
        return Message.text(added
                ? "<@" + add.userId() + "> is now a facilitator of this channel."
                : "<@" + add.userId() + "> already is a facilitator of this channel; nothing changed.");
    }

    Message facilitatorRemove(CommandHandler.Context context, Command.FacilitatorRemove remove) {
        boolean removed = facilitators.remove(context.community(), remove.userId());
        if (facilitators.isConfigured(remove.userId())) {
            return Message.text("<@" + remove.userId() + "> is a facilitator through the COP_FACILITATORS setting; "
                    + "an operator has to change that." + (removed ? " Their added role here was removed." : ""));
        }
        return Message.text(removed
                ? "<@" + remove.userId() + "> is no longer a facilitator of this channel."
                : "<@" + remove.userId() + "> was not an added facilitator of this channel; nothing changed. "
                + "(Workspace or server admins are facilitators through the platform.)");
    }
}
