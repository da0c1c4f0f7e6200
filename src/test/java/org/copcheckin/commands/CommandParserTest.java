package org.copcheckin.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import org.copcheckin.checkins.PromptKind;
import org.copcheckin.scheduling.ScheduleSpec;
import org.copcheckin.scheduling.ScheduledAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandParserTest {

    private static Command parsed(String text) {
        ParseResult result = CommandParser.parse(text);
        assertThat(result).as(text).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).command();
    }

    private static ParseResult.Malformed malformed(String text) {
        ParseResult result = CommandParser.parse(text);
        assertThat(result).as(text).isInstanceOf(ParseResult.Malformed.class);
        return (ParseResult.Malformed) result;
    }

    @Test
    void emptyTextAndHelpAskForHelp() {
        assertThat(parsed("")).isEqualTo(new Command.Help());
        assertThat(parsed("  help ")).isEqualTo(new Command.Help());
    }

    @Test
    void builtInPromptsParseByTheirWord() {
        assertThat(parsed("prompt challenge")).isEqualTo(new Command.Prompt(PromptKind.CHALLENGE, null));
        assertThat(parsed("prompt WORD")).isEqualTo(new Command.Prompt(PromptKind.WORD, null));
        assertThat(parsed("prompt glows-grows")).isEqualTo(new Command.Prompt(PromptKind.GLOWS_GROWS, null));
    }

    @Test
    void customPromptKeepsItsTextAsTyped() {
        assertThat(parsed("prompt custom  What surprised you   this week?"))
                .isEqualTo(new Command.Prompt(PromptKind.CUSTOM, "What surprised you   this week?"));
    }

    @Test
    void customPromptWithoutTextIsMalformed() {
        assertThat(malformed("prompt custom").subcommand()).isEqualTo("prompt");
    }

    @Test
    void unknownPromptKindNamesTheWord() {
        assertThat(malformed("prompt riddle").problem()).contains("riddle");
    }

    @Test
    void unknownSubcommandGetsGeneralHelp() {
        ParseResult.Malformed result = malformed("dance now");
        assertThat(result.subcommand()).isEqualTo("help");
        assertThat(result.problem()).contains("dance");
    }

    @Test
    void scheduleAddUnderstandsEveryFormAndAnOptionalZone() {
        assertThat(parsed("schedule add word daily 08:30")).isEqualTo(new Command.ScheduleAdd(ScheduledAction.WORD,
                new ScheduleSpec.Daily(LocalTime.of(8, 30)), Optional.empty()));
        assertThat(parsed("schedule add challenge weekly mon 09:00 America/New_York")).isEqualTo(
                new Command.ScheduleAdd(ScheduledAction.CHALLENGE, new ScheduleSpec.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0)),
                        Optional.of(ZoneId.of("America/New_York"))));
        assertThat(parsed("schedule add glows-grows monthly first tue 10:00")).isEqualTo(new Command.ScheduleAdd(
                ScheduledAction.GLOWS_GROWS, new ScheduleSpec.MonthlyNthWeekday(1, DayOfWeek.TUESDAY, LocalTime.of(10, 0)),
                Optional.empty()));
        assertThat(parsed("schedule add digest monthly 15 09:00 europe/london")).isEqualTo(new Command.ScheduleAdd(
                ScheduledAction.DIGEST, new ScheduleSpec.MonthlyDay(15, LocalTime.of(9, 0)), Optional.of(ZoneId.of("Europe/London"))));
        assertThat(parsed("schedule add pair 0 0 9 ? * MON-FRI")).isEqualTo(new Command.ScheduleAdd(
                ScheduledAction.PAIR, new ScheduleSpec.Cron("0 0 9 ? * MON-FRI"), Optional.empty()));
        assertThat(parsed("schedule add word 0 0/30 9-17 ? * MON-FRI UTC")).isEqualTo(new Command.ScheduleAdd(
                ScheduledAction.WORD, new ScheduleSpec.Cron("0 0/30 9-17 ? * MON-FRI"), Optional.of(ZoneId.of("UTC"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "schedule add word weekly mon 25:00|not a time of day",
            "schedule add word weekly funday 09:00|not a day of the week",
            "schedule add word fortnightly 09:00|not a schedule",
            "schedule add word monthly fifth tue 10:00|first, second, third, fourth or last",
            "schedule add word weekly mon 09:00 Mars/Olympus_Mons|not a time zone",
            "schedule add riddle weekly mon 09:00|not something to schedule",
            "schedule add word|Say what and when",
            "schedule add word 0 0 9 * * MON|not a valid Quartz cron",
            "schedule remove abc|not a schedule id",
            "schedule frobnicate|not add, list or remove"})
    void badSchedulesSayWhatIsWrong(String text, String expected) {
        ParseResult.Malformed result = malformed(text);
        assertThat(result.subcommand()).isEqualTo("schedule");
        assertThat(result.problem()).contains(expected);
    }

    @Test
    void scheduleListAndRemove() {
        assertThat(parsed("schedule list")).isEqualTo(new Command.ScheduleList());
        assertThat(parsed("schedule remove #12")).isEqualTo(new Command.ScheduleRemove(12));
    }

    @Test
    void pairTakesASizeOfTwoOrThreeOrPreview() {
        assertThat(parsed("pair")).isEqualTo(new Command.Pair(2));
        assertThat(parsed("pair size 3")).isEqualTo(new Command.Pair(3));
        assertThat(parsed("pair preview")).isEqualTo(new Command.PairPreview());
        assertThat(malformed("pair size 5").subcommand()).isEqualTo("pair");
        assertThat(parsed("pair mode opt-in")).isEqualTo(new Command.PairMode(org.copcheckin.community.PairingMode.OPT_IN));
        assertThat(parsed("pair mode optout")).isEqualTo(new Command.PairMode(org.copcheckin.community.PairingMode.OPT_OUT));
        assertThat(malformed("pair mode sometimes").subcommand()).isEqualTo("pair");
    }

    @Test
    void digestAndExportTakeAnOptionalStartDate() {
        assertThat(parsed("digest")).isEqualTo(new Command.Digest(Optional.empty()));
        assertThat(parsed("digest since 2026-09-01")).isEqualTo(new Command.Digest(Optional.of(LocalDate.of(2026, 9, 1))));
        assertThat(parsed("export since 2026-01-31")).isEqualTo(new Command.Export(Optional.of(LocalDate.of(2026, 1, 31))));
        assertThat(malformed("digest since yesterday").subcommand()).isEqualTo("digest");
        assertThat(malformed("export 2026-01-31").subcommand()).isEqualTo("export");
    }

    @Test
    void memberCommands() {
        assertThat(parsed("optout")).isEqualTo(new Command.OptOut());
        assertThat(parsed("optin")).isEqualTo(new Command.OptIn());
        assertThat(parsed("pause 3")).isEqualTo(new Command.Pause(3));
        assertThat(parsed("pause 2 weeks")).isEqualTo(new Command.Pause(2));
        assertThat(parsed("forget-me")).isEqualTo(new Command.ForgetMe());
        assertThat(parsed("profile org  Lincoln Unified School District"))
                .isEqualTo(new Command.ProfileOrg("Lincoln Unified School District"));
        assertThat(parsed("profile org none")).isEqualTo(new Command.ProfileOrg(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pause", "pause 0", "pause 53", "pause soon", "profile", "profile org", "profile name Dana",
            "optout now", "status please", "forget-me please"})
    void malformedMemberCommandsAreRefusedWithUsage(String text) {
        assertThat(Usage.isKnown(malformed(text).subcommand())).isTrue();
    }

    @Test
    void profileRefusesAPersonOrAnAddressAsOrganisation() {
        assertThat(malformed("profile org <@U123>").problem()).contains("organisation");
        assertThat(malformed("profile org dana@example.org").problem()).contains("organisation");
    }

    @ParameterizedTest
    @CsvSource({"<@U024BE7LH>,U024BE7LH", "<@U024BE7LH|dana>,U024BE7LH", "<@80351110224678912>,80351110224678912",
            "<@!80351110224678912>,80351110224678912"})
    void facilitatorCommandsTakeSlackAndDiscordMentions(String mention, String userId) {
        assertThat(parsed("facilitator add " + mention)).isEqualTo(new Command.FacilitatorAdd(userId));
        assertThat(parsed("facilitator remove " + mention)).isEqualTo(new Command.FacilitatorRemove(userId));
    }

    @Test
    void facilitatorNeedsAMention() {
        assertThat(malformed("facilitator add dana").problem()).contains("not a mention");
        assertThat(malformed("facilitator promote <@U1>").problem()).contains("not add or remove");
    }
}
