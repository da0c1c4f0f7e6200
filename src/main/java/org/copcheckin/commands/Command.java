package org.copcheckin.commands;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.copcheckin.checkins.PromptKind;
import org.copcheckin.scheduling.ScheduleSpec;
import org.copcheckin.scheduling.ScheduledAction;

/** A parsed {@code /cop} command. */
sealed interface Command {

    /** Whether only facilitators may run it. */
    default boolean facilitatorOnly() {
        return false;
    }

    record Help() implements Command {
    }

    record Prompt(PromptKind kind, String customText) implements Command {
        public boolean facilitatorOnly() {
            return true;
        }
    }

    record ScheduleAdd(ScheduledAction action, ScheduleSpec spec, Optional<ZoneId> zone) implements Command {
        public boolean facilitatorOnly() {
            return true;
        }
    }

    record ScheduleList() implements Command {
        public boolean facilitatorOnly() {
            return true;
        }
    }

    record ScheduleRemove(long scheduleId) implements Command {
        public boolean facilitatorOnly() {
            return true;
        }
    }

    record Pair(int size) implements Command {
        public boolean facilitatorOnly() {
            return true;
        }
    }

    record PairMode(org.copcheckin.community.PairingMode mode) implements Command {
        public boolean facilitatorOnly() {
            return true;
        }
    }

    record PairPreview() implements Command {
        public boolean facilitatorOnly() {
            return true;
        }
    }

    record Digest(Optional<LocalDate> since) implements Command {
        public boolean facilitatorOnly() {
            return true;
        }
    }

    record Status() implements Command {
        public boolean facilitatorOnly() {
            return true;
        }
    }

    /** {@code nudges on|off}: the caller's own privacy nudges. */
    record Nudges(boolean on) implements Command {
    }

    /** {@code settings nudges on|off}: the community's privacy nudges. */
    record SettingsNudges(boolean on) implements Command {
        public boolean facilitatorOnly() {
            return true;
        }
    }

    /** {@code settings safeguarding on <protocol>|off}; an empty protocol turns alerts off. */
    record SettingsSafeguarding(Optional<String> protocol) implements Command {
        public boolean facilitatorOnly() {
            return true;
        }
    }

    record OptOut() implements Command {
    }

    record OptIn() implements Command {
    }

    record Pause(int weeks) implements Command {
    }

    record ProfileOrg(String organisation) implements Command {
    }

    record ForgetMe() implements Command {
    }

    record FacilitatorAdd(String userId) implements Command {
        public boolean facilitatorOnly() {
            return true;
        }
    }

    record FacilitatorRemove(String userId) implements Command {
        public boolean facilitatorOnly() {
            return true;
        }
    }

    record VocabularyAdd(String entry) implements Command {
        public boolean facilitatorOnly() {
            return true;
        }
    }

    record VocabularyRemove(String entry) implements Command {
        public boolean facilitatorOnly() {
            return true;
        }
    }

    record VocabularyList() implements Command {
    }

    record Export(Optional<LocalDate> since) implements Command {
        public boolean facilitatorOnly() {
            return true;
        }
    }
}
