package org.copcheckin.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.adminCommand;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.command;

import java.util.List;

import org.copcheckin.commands.CommandHandler;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Members;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.DatabaseScan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The partner directory through {@code /cop}: profiles, finding, adding and importing, and what is refused. */
@CoreSpringTest
class DirectoryCommandsTest {

    @Autowired
    CommandHandler handler;
    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    Communities communities;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    private final ChannelRef channel = channel("C-DIR-" + System.nanoTime());

    @AfterEach
    void reset() {
        platform.reset();
    }

    private String answer(String userId, String text) {
        return handler.handle(command(channel, userId, text)).plainText();
    }

    private String adminAnswer(String text) {
        return handler.handle(adminCommand(channel, "U-ADMIN", text)).plainText();
    }

    private void profile(String userId, String org, String region, String offers) {
        answer(userId, "profile org " + org);
        answer(userId, "profile region " + region);
        assertThat(answer(userId, "profile offers " + offers)).contains("Your organisation offers");
    }

    @Test
    void aMemberDescribesTheirOrganisationWithThemesAndVocabularyWords() {
        assertThat(answer("U-ANA", "profile region East County")).contains("*East County*");
        assertThat(answer("U-ANA", "profile offers housing, transport, food"))
                .contains("Housing and landlords, Transportation, Food insecurity");
        assertThat(answer("U-ANA", "profile offers blankets")).contains("blankets");
        assertThat(answer("U-ANA", "profile listed yes")).contains("may now name you");

        var profile = members.find(communities.findOrCreate(channel), "U-ANA").orElseThrow();
        assertThat(profile.region()).contains("East County");
        assertThat(profile.offers()).containsExactly("blankets");
        assertThat(profile.listed()).isTrue();
        assertThat(answer("U-ANA", "profile region none")).contains("cleared");
        assertThat(members.find(communities.findOrCreate(channel), "U-ANA").orElseThrow().region()).isEmpty();
    }

    @Test
    void badInputIsRefusedWithTheReasonAndNothingChanges() {
        answer("U-BEN", "profile offers housing");
        assertThat(answer("U-BEN", "profile offers housing, teleportation")).contains("*teleportation* is not a theme")
                .contains("food-insecurity");
        assertThat(answer("U-BEN", "profile offers Zephyrine")).contains("not a theme");
        assertThat(answer("U-BEN", "profile region " + "x".repeat(65))).contains("at most 64 characters");
        assertThat(answer("U-BEN", "partners teleportation")).contains("not a theme");
        assertThat(answer("U-BEN", "partners add Only A Name")).contains("separated by `|`");
        assertThat(answer("U-BEN", "partners import name,region\nA,B")).contains("Sorry, only this channel's facilitators");
        var profile = members.find(communities.findOrCreate(channel), "U-BEN").orElseThrow();
        assertThat(profile.offers()).containsExactly("housing");
        assertThat(profile.region()).isEmpty();
        assertThat(DatabaseScan.find(jdbc, List.of("teleportation", "Zephyrine", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")))
                .isEmpty();
    }

    @Test
    void partnersCountsMembersPerOrganisationAndNamesOnlyThoseWhoChoseToBeListed() {
        profile("U-1", "Eastside Family Shelter", "East County", "housing, food");
        profile("U-2", "Eastside Family Shelter", "East County", "housing");
        profile("U-3", "Northside Schools", "North Valley", "transport, housing");
        answer("U-2", "profile listed yes");

        String housing = answer("U-9", "partners housing");
        assertThat(housing).contains("*Eastside Family Shelter* (East County): 2 members here (@U-2 and 1 not listed)")
                .contains("*Northside Schools* (North Valley): 1 member here").doesNotContain("U-1").doesNotContain("U-3");
        String east = answer("U-9", "partners housing in east county");
        assertThat(east).contains("Eastside Family Shelter").doesNotContain("Northside");
        assertThat(answer("U-9", "partners transport")).contains("Northside Schools").doesNotContain("Eastside");
        assertThat(answer("U-9", "partners diapers")).contains("No organisation here offers *diapers*");
    }

    @Test
    void aFacilitatorImportsACsvKeepingTheGoodLinesAndReportingTheBadOnesByNumber() {
        String csv = """
                name,region,services,contact,caseworker
                Westside Food Bank,West End,food; transport,"front desk, weekdays 9-5",Mr Smith
                Broken Row,West End
                Teleport Inc,West End,teleportation,front desk
                Harbor Housing,West End,housing,https://harbor.example.org,Mrs Jones
                """;
        String answer = adminAnswer("partners import " + csv);

        assertThat(answer).contains("Imported 2 organisations").contains("line 3: has 2 of the 5 columns")
                .contains("line 4: *teleportation* is not a theme").contains("Columns not kept")
                .contains("caseworker");
        assertThat(answer("U-9", "partners food West End")).contains("*Westside Food Bank* (West End)")
                .contains("contact: front desk, weekdays 9-5");
        assertThat(DatabaseScan.find(jdbc, List.of("Mr Smith", "Mrs Jones", "Teleport Inc", "Broken Row"))).isEmpty();

        assertThat(adminAnswer("partners import")).contains("Paste the CSV");
        assertThat(adminAnswer("partners import name,services\nA,food")).contains("Nothing was imported")
                .contains("`region`, `contact`");
        // the corrected file again: updated by name, not repeated
        adminAnswer("partners import name,region,services,contact\nWestside Food Bank,West End,food,westside.example.org");
        Integer rows = jdbc.sql("SELECT COUNT(*) FROM partner_org WHERE name = 'Westside Food Bank' AND community_id = ?")
                .param(communities.findOrCreate(channel).id()).query(Integer.class).single();
        assertThat(rows).isEqualTo(1);
        assertThat(answer("U-9", "partners food")).contains("contact: westside.example.org");
        assertThat(adminAnswer("partners remove westside food bank")).contains("Removed");
        assertThat(answer("U-9", "partners food")).doesNotContain("Westside");
    }

    @Test
    void aMemberAddsAnOrganisationAndItIsMergedWithTheMembersWhoWorkThere() {
        profile("U-5", "Harbor Housing", "West End", "housing");
        assertThat(answer("U-6", "partners add Harbor Housing | West End | housing; food | harbor.example.org"))
                .contains("*Harbor Housing* (West End) is in the directory, offering Housing and landlords, Food insecurity");
        assertThat(answer("U-9", "partners housing")).contains("*Harbor Housing* (West End): 1 member here")
                .contains("contact: harbor.example.org");
        assertThat(answer("U-9", "partners food")).contains("*Harbor Housing* (West End) · contact: harbor.example.org");
        assertThat(answer("U-6", "partners add Someone | West End | food | call <@U-5>")).contains("not a mention");
    }

    @Test
    void forgetMeErasesTheMembersRegionOffersAndListingWithTheirProfile() {
        profile("U-GONE", "Quiet Org", "Lakeside Ridge", "housing");
        answer("U-GONE", "profile listed yes");

        assertThat(answer("U-GONE", "forget-me")).contains("region, offers and directory listing");
        assertThat(org.copcheckin.support.ConfirmButtons.confirmed(handler, events, platform,
                command(channel, "U-GONE", "forget-me")).plainText()).contains("is erased")
                .contains("region, offers and directory listing");

        assertThat(DatabaseScan.find(jdbc, List.of("U-GONE", "Quiet Org", "Lakeside Ridge"))).isEmpty();
        assertThat(answer("U-9", "partners housing")).doesNotContain("Quiet Org");
    }
}
