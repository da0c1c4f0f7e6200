package org.copcheckin.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextParserTest {

    private static final Catalogue CATALOGUE = CatalogueFixtures.withoutServices();
    private static final MemberRef DANA = new MemberRef(PlatformKind.SLACK, "T1", "U-DANA");

    private static Args args(String text, String key) {
        TextParser.Parsed parsed = TextParser.parse(CATALOGUE, text, List.of(DANA));
        assertThat(parsed).isInstanceOf(TextParser.Parsed.Found.class);
        TextParser.Parsed.Found found = (TextParser.Parsed.Found) parsed;
        assertThat(found.subcommand().key()).isEqualTo(key);
        Binding.Result bound = Binding.bind(found.subcommand(), found.raw());
        assertThat(bound).isInstanceOf(Binding.Result.Bound.class);
        return ((Binding.Result.Bound) bound).args();
    }

    private static String problem(String text) {
        TextParser.Parsed parsed = TextParser.parse(CATALOGUE, text, List.of());
        if (parsed instanceof TextParser.Parsed.Malformed malformed) {
            return malformed.problem();
        }
        assertThat(parsed).isInstanceOf(TextParser.Parsed.Found.class);
        TextParser.Parsed.Found found = (TextParser.Parsed.Found) parsed;
        Binding.Result bound = Binding.bind(found.subcommand(), found.raw());
        assertThat(bound).isInstanceOf(Binding.Result.Problem.class);
        return ((Binding.Result.Problem) bound).problem();
    }

    @Test
    void emptyTextAndHelpAskForHelp() {
        assertThat(args("", "help").values()).isEmpty();
        assertThat(args("  HELP ", "help").values()).isEmpty();
    }

    @Test
    void aCustomPromptKeepsItsTextAsTypedAndBuiltInPromptsTheirWord() {
        assertThat(args("prompt  custom What  surprised you?", "prompt").values())
                .isEqualTo(Map.of("kind", "custom", "text", "What  surprised you?"));
        assertThat(args("prompt Glows-Grows", "prompt").string("kind")).contains("glows-grows");
        assertThat(problem("prompt riddle")).contains("`riddle` is not one of challenge, word, glows-grows, custom");
    }

    @Test
    void scheduleAddTakesWhatAndTheRestAsWhen() {
        assertThat(args("schedule add word weekly mon 09:00 America/New_York", "schedule add").values())
                .isEqualTo(Map.of("what", "word", "when", "weekly mon 09:00 America/New_York"));
        assertThat(args("schedule rm #12", "schedule remove").integer("id")).contains(12L);
        assertThat(problem("schedule frobnicate")).contains("is not add, list or remove");
        assertThat(problem("schedule")).contains("Say add, list or remove");
        assertThat(problem("schedule add riddle weekly mon 09:00")).contains("not one of challenge");
        assertThat(problem("schedule remove abc")).contains("`abc` is not a whole number");
    }

    @Test
    void pairTakesASizeAPreviewOrAMode() {
        assertThat(args("pair", "pair").values()).isEmpty();
        assertThat(args("pair size 3", "pair").integer("size")).contains(3L);
        assertThat(args("pair preview", "pair").flag("preview")).isTrue();
        assertThat(args("pair mode optin", "pair").string("mode")).contains("opt-in");
        assertThat(problem("pair size 5")).contains("`size` must be a whole number from 2 to 3 (you typed 5)")
                .doesNotContain("5 is not");
        assertThat(problem("settings k 1")).contains("`k` must be a whole number from 2 to 50 (you typed 1)");
        assertThat(problem("pair mode sometimes")).contains("opt-in, opt-out");
    }

    @Test
    void digestAndExportTakeAnOptionalStartDate() {
        assertThat(args("digest since 2026-09-01", "digest").date("since")).contains(LocalDate.of(2026, 9, 1));
        assertThat(problem("digest since yesterday")).contains("YYYY-MM-DD");
        assertThat(args("digest month", "digest").string("period")).contains("month");
        assertThat(args("digest quarter since 2026-07-01", "digest").string("period")).contains("quarter");
        assertThat(args("digest quarter since 2026-07-01", "digest").date("since")).contains(LocalDate.of(2026, 7, 1));
        assertThat(problem("digest year")).contains("month, quarter");
        assertThat(problem("export 2026-01-31")).contains("does not take `2026-01-31`");
    }

    @Test
    void memberCommandsAndTheirSpellings() {
        assertThat(args("opt-out", "optout").values()).isEmpty();
        assertThat(args("pause 2 weeks", "pause").integer("weeks")).contains(2L);
        assertThat(args("forgetme", "forget-me").values()).isEmpty();
        assertThat(args("profile org  Lincoln Unified School District", "profile org").string("org"))
                .contains("Lincoln Unified School District");
        assertThat(args("profile zone America/Toronto", "profile zone").string("zone")).contains("America/Toronto");
        assertThat(args("reminders off", "reminders").string("state")).contains("off");
        assertThat(args("settings reminders 4h quiet 21:00-07:30", "settings reminders").string("quiet"))
                .contains("21:00-07:30");
    }

    @Test
    void directoryCommandsTakeANeedAndARegionOrTheirDetails() {
        assertThat(args("profile region  East County", "profile region").string("region")).contains("East County");
        assertThat(args("profile offers housing, transport, food", "profile offers").string("services"))
                .contains("housing, transport, food");
        assertThat(args("profile listed YES", "profile listed").string("choice")).contains("yes");
        Args bare = args("partners housing East County", "partners find");
        assertThat(bare.string("need")).contains("housing");
        assertThat(bare.string("region")).contains("East County");
        assertThat(args("partners find food", "partners find").string("region")).isEmpty();
        assertThat(args("partners import name,region || a,b", "partners import").string("csv"))
                .contains("name,region || a,b");
        // "find" may be left out, so the answer names what was typed
        assertThat(problem("partners")).contains("`partners` needs a need").doesNotContain("find");
        assertThat(problem("partners find")).contains("`partners` needs a need");
        assertThat(problem("profile listed maybe")).contains("yes, no");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pause", "pause 0", "pause 53", "pause soon", "profile org", "profile zone", "optout now",
            "status please", "forget-me please", "settings k 1", "facilitator add dana"})
    void malformedCommandsSayWhatIsWrong(String text) {
        assertThat(problem(text)).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"facilitator add <member:0>,facilitator add", "facilitators remove <member:0>,facilitator remove"})
    void facilitatorCommandsTakeTheMentionedMember(String text, String key) {
        assertThat(args(text, key).member("member")).contains(DANA);
    }

    @Test
    void settingsAloneShowsThem() {
        assertThat(args("settings", "settings show").values()).isEmpty();
        assertThat(args("settings zone America/Los_Angeles", "settings zone").string("zone")).contains("America/Los_Angeles");
        assertThat(args("settings k 4", "settings k").integer("n")).contains(4L);
    }

    @Test
    void anUnknownWordIsReportedAsUnknownAndGetsTheClosestSubcommand() {
        assertThat(TextParser.parse(CATALOGUE, "frobnicate now", List.of()))
                .isEqualTo(new TextParser.Parsed.Unknown("frobnicate"));
        assertThat(Help.unknown(CATALOGUE, "pase").plainText()).contains("Did you mean `pause`?")
                .contains("`schedule`").contains("`settings`");
        assertThat(Help.unknown(CATALOGUE, "shedule").plainText()).contains("Did you mean `schedule`?");
        assertThat(Help.unknown(CATALOGUE, "frobnicate").plainText()).doesNotContain("Did you mean");
    }
}
