package org.copcheckin.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.adminCommand;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.command;

import org.copcheckin.community.Communities;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.support.CoreSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CoreSpringTest
class LanguageCommandsTest {

    @Autowired
    CommandHandler handler;
    @Autowired
    Communities communities;
    @Autowired
    CommunityLanguages languages;

    private final ChannelRef channel = channel("C-" + System.nanoTime());

    private String admin(String text) {
        return handler.handle(adminCommand(channel, "U-ADMIN", text)).plainText();
    }

    private Language stored() {
        return languages.of(communities.findOrCreate(channel).id());
    }

    @Test
    void aChannelWorksInEnglishUntilAFacilitatorChoosesFrenchOrSpanish() {
        assertThat(admin("settings")).contains("*Language*: English (en)");
        assertThat(admin("settings language fr")).contains("Ce canal fonctionne maintenant en français");
        assertThat(stored()).isEqualTo(Language.FR);
        assertThat(admin("settings")).contains("*Langue* : français (fr)");
        assertThat(admin("settings language FR")).contains("fonctionne déjà en français");
        assertThat(admin("settings language es")).contains("Este canal ahora funciona en español");
        assertThat(stored()).isEqualTo(Language.ES);
        assertThat(admin("settings language en")).contains("This channel now works in English");
        assertThat(stored()).isEqualTo(Language.EN);
    }

    @Test
    void anUnknownLanguageIsRefusedWithTheListAndChangesNothing() {
        admin("settings language es");
        String answer = admin("settings language de");
        assertThat(answer).contains("fr").contains("es").contains("en").doesNotContain("now works");
        assertThat(stored()).isEqualTo(Language.ES);
    }

    @Test
    void onlyFacilitatorsChangeTheLanguage() {
        String answer = handler.handle(command(channel, "U-MEMBER", "settings language fr")).plainText();
        assertThat(answer).contains("only this channel's facilitators");
        assertThat(stored()).isEqualTo(Language.EN);
    }
}
