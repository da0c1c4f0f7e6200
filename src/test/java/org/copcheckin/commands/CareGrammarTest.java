package org.copcheckin.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The care commands' grammar: nudges for oneself, and the community's nudges and safeguarding settings. */
class CareGrammarTest {

    @Test
    void nudgesOnAndOffAreParsedForTheMemberAndForTheCommunity() {
        assertThat(CommandParser.parse("nudges off")).isEqualTo(new ParseResult.Parsed(new Command.Nudges(false)));
        assertThat(CommandParser.parse("settings nudges ON"))
                .isEqualTo(new ParseResult.Parsed(new Command.SettingsNudges(true)));
        assertThat(CommandParser.parse("nudges maybe")).isInstanceOf(ParseResult.Malformed.class);
    }

    @Test
    void safeguardingKeepsTheProtocolTextAsTyped() {
        assertThat(CommandParser.parse("settings safeguarding on  Follow the District's procedure: call the lead"))
                .isEqualTo(new ParseResult.Parsed(new Command.SettingsSafeguarding(
                        Optional.of("Follow the District's procedure: call the lead"))));
        assertThat(CommandParser.parse("settings safeguarding off"))
                .isEqualTo(new ParseResult.Parsed(new Command.SettingsSafeguarding(Optional.empty())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"settings safeguarding on", "settings safeguarding on tell @channel now",
            "settings safeguarding on ping @here", "settings safeguarding on @everyone read this",
            "settings safeguarding on <!channel> read this"})
    void aMissingProtocolOrOneThatNotifiesEveryoneIsRefusedWithTheReason(String text) {
        assertThat(CommandParser.parse(text)).isInstanceOfSatisfying(ParseResult.Malformed.class,
                malformed -> assertThat(malformed.problem()).containsAnyOf("Give the protocol", "cannot mention"));
    }

    @Test
    void aProtocolOverFiveHundredCharactersIsRefusedWithItsLength() {
        assertThat(CommandParser.parse("settings safeguarding on " + "call the lead ".repeat(40)))
                .isInstanceOfSatisfying(ParseResult.Malformed.class,
                        malformed -> assertThat(malformed.problem()).contains("at most 500 characters"));
    }

    @Test
    void theSettingsAreFacilitatorsOnlyAndTheMembersNudgesAreNot() {
        assertThat(new Command.SettingsNudges(true).facilitatorOnly()).isTrue();
        assertThat(new Command.SettingsSafeguarding(Optional.empty()).facilitatorOnly()).isTrue();
        assertThat(new Command.Nudges(false).facilitatorOnly()).isFalse();
    }
}
