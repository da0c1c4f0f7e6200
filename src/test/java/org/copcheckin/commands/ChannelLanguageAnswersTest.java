package org.copcheckin.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.adminCommand;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.command;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.support.CoreSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A channel working in French or Spanish gets every answer of the commands a facilitator and a member use most in
 * that language: help, status, the digest, a pairing preview and its activity, a prompt, the vocabulary, a typo,
 * bad input and a refusal. Command words in backticks are the grammar and stay English; nothing else may.
 */
@CoreSpringTest
class ChannelLanguageAnswersTest {

    /** Words of English sentences the answers used to carry; none is a French or Spanish word. */
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(the|and|members?|replied|people|person|usage|"
            + "week|weeks|groups?|sorry|rounds?|you|your|this|only|with|nothing|none|prompt|posted|added|pairing|"
            + "theme|themes|digest|period|share|reply|replies|schedules?|next|last|did you mean)\\b");

    @Autowired
    CommandHandler handler;
    @Autowired
    RecordingChatPlatform platform;

    @BeforeEach
    @AfterEach
    void reset() {
        platform.reset();
    }

    @ParameterizedTest
    @CsvSource({"fr, Aide de cop-checkin, Invitation « mot » publiée, Aperçu du jumelage",
            "es, Ayuda de cop-checkin, «palabra», Vista previa de las parejas"})
    void noEnglishSentenceReachesAFrenchOrSpanishChannel(String language, String helpTitle, String posted,
                                                         String preview) {
        String run = language + System.nanoTime();
        ChannelRef channel = channel("C-LANG-" + run);
        member = "U-LANG-A-" + run;
        platform.setMembers(channel, java.util.stream.Stream.of("A", "B", "C", "D")
                .map(who -> new ChannelMember(org.copcheckin.support.Fixtures.member("U-LANG-" + who + "-" + run),
                        who, false)).toList());
        assertThat(admin(channel, "settings language " + language)).doesNotContain("This channel");
        List<String> answers = new ArrayList<>();

        answers.add(title(channel, "help") + "\n" + admin(channel, "help"));
        answers.add(asMember(channel, "help"));
        answers.add(admin(channel, "status"));
        answers.add(admin(channel, "digest"));
        answers.add(admin(channel, "pair preview"));
        answers.add(admin(channel, "prompt word"));
        answers.add(admin(channel, "vocabulary add Cégep"));
        answers.add(admin(channel, "schedule add word weekly mon 09:00"));
        answers.add(admin(channel, "frobnicate"));
        answers.add(admin(channel, "shedule list"));
        answers.add(admin(channel, "pause often"));
        answers.add(admin(channel, "schedule"));
        answers.add(asMember(channel, "prompt word"));
        answers.add(asMember(channel, "digest"));
        admin(channel, "pair");
        // the platform is shared with other tests of this context: only what this channel's members got counts
        platform.sent("private").stream().filter(sent -> sent.target().contains("U-LANG-")
                && sent.target().contains(run)).forEach(sent -> answers.add(sent.message().title() + "\n"
                + sent.message().plainText()));
        platform.sent("post").stream().filter(sent -> sent.target().startsWith(channel.channelId() + "/"))
                .forEach(sent -> answers.add(sent.message().title() + "\n" + sent.message().plainText()));

        String all = String.join("\n----\n", answers);
        assertThat(all).contains(helpTitle).contains(posted).contains(preview);
        assertThat(platform.sent("private")).as("the pair activity went out")
                .anySatisfy(sent -> assertThat(sent.target()).contains(run));
        for (String answer : answers) {
            assertThat(english(answer)).as(language + " answer:\n" + answer).isEmpty();
        }
    }

    private String admin(ChannelRef channel, String text) {
        return handler.handle(adminCommand(channel, "U-ADMIN", text)).plainText();
    }

    private String member;

    private String asMember(ChannelRef channel, String text) {
        return handler.handle(command(channel, member, text)).plainText();
    }

    private String title(ChannelRef channel, String text) {
        return handler.handle(adminCommand(channel, "U-ADMIN", text)).message().title();
    }

    /** The English words left once the command words (in backticks) are taken out. */
    private static List<String> english(String answer) {
        String prose = answer.replaceAll("`[^`]*`", " ");
        List<String> found = new ArrayList<>();
        Matcher matcher = ENGLISH.matcher(prose);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
