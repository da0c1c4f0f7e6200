package org.copcheckin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.adminCommand;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.command;
import static org.copcheckin.support.Fixtures.member;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.commands.CommandHandler;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.copcheckin.directory.Organisation;
import org.copcheckin.directory.PartnerDirectory;
import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.platform.ThreadReplyReceived;
import org.copcheckin.support.CoreTestConfiguration;
import org.copcheckin.support.MutableClock;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard page in a browser (HtmlUnit) against the whole app on a random port: two weeks of replies and two
 * pairing rounds across two organisations, then the page from {@code /cop dashboard}'s link, and the pages for an
 * expired, altered or another community's link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(CoreTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPageTest {

    /** Tuesday of the week the replies arrive in, far from the real time so no schedule fires by itself. */
    private static final Instant FIRST_WEEK = Instant.parse("2030-11-05T10:00:00Z");
    private static final Instant VIEWED = Instant.parse("2030-11-20T09:00:00Z");
    private static final Pattern LINK = Pattern.compile("https?://\\S+/dashboard/\\d+\\?t=\\S+");

    @LocalServerPort
    int port;
    @Autowired
    CommandHandler commands;
    @Autowired
    CheckIns checkIns;
    @Autowired
    ReplyIntake intake;
    @Autowired
    Communities communities;
    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MutableClock clock;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    CommunityLanguages languages;
    @Autowired
    org.copcheckin.participation.Reactions reactions;

    private ChannelRef channel;
    private Community community;
    private DashboardPages pages;

    @BeforeAll
    void twoWeeksOfRepliesAndPairing() {
        pages = new DashboardPages(port);
        channel = channel("C-DASHBOARD");
        community = communities.findOrCreate(channel);
        clock.set(FIRST_WEEK);
        commands.handle(command(channel, "U-A", "profile org Shelter North"));
        commands.handle(command(channel, "U-C", "profile org shelter north"));
        commands.handle(command(channel, "U-B", "profile org School District"));
        commands.handle(command(channel, "U-D", "profile org School District"));
        for (int week = 0; week < 2; week++) {
            clock.set(FIRST_WEEK.plus(Duration.ofDays(7L * week)));
            CheckIn checkIn = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
            String[] replies = {"The landlord raised the rent again, plugh-dashboard-phrase",
                    "Rosalind got an eviction notice", "Rent is impossible for families", "Food bank lines are long"};
            for (int i = 0; i < replies.length; i++) {
                intake.receive(new ThreadReplyReceived(checkIn.thread(), member("U-" + (char) ('A' + i)),
                        "m-" + week + "-" + i, replies[i], clock.instant(), Set.of("Quintessa Marlowe")));
            }
            // the second week, three more take part with a reaction only, and one who replied reacts too
            for (String reacting : week == 1 ? List.of("U-E", "U-F", "U-G", "U-A") : List.<String>of()) {
                reactions.receive(new org.copcheckin.platform.PromptReacted(checkIn.thread(), member(reacting),
                        "thumbsup", true));
            }
            platform.reset();
            members();
            commands.handle(adminCommand(channel, "U-ADMIN", "pair"));
            for (RecordingChatPlatform.Sent introduction : platform.sent("private")) {
                String first = introduction.target().split(",")[0];
                events.publishEvent(new ButtonPressed(new ChannelRef(channel.platform(), channel.workspaceId(), "conv"),
                        member(first), "pairing.met", introduction.message().buttons().get(0).value()));
            }
        }
        communities.changeK(community.id(), 3);
        directory.save(community, new Organisation("Westside Food Bank", java.util.Optional.of("East County"),
                List.of("food-insecurity"), java.util.Optional.of("555-0100, Mon-Fri 9-5")), PartnerDirectory.Source.ADDED);
    }

    @BeforeEach
    void viewedAWeekAfterTheSecondWeek() {
        clock.set(VIEWED);
        platform.reset();
        members();
    }

    private void members() {
        platform.setMembers(channel, List.of(
                new ChannelMember(member("U-A"), "Quintessa Marlowe", false),
                new ChannelMember(member("U-B"), "Bartholomew Okonkwo", false),
                new ChannelMember(member("U-C"), "Cressida Nakamura", false),
                new ChannelMember(member("U-D"), "Desmond Villanueva", false)));
    }

    @AfterAll
    void closeBrowser() {
        pages.close();
        clock.set(Instant.now());
    }

    private String linkFromTheCommand(ChannelRef where) {
        String answer = commands.handle(adminCommand(where, "U-ADMIN", "dashboard")).plainText();
        Matcher link = LINK.matcher(answer);
        assertThat(link.find()).as(answer).isTrue();
        return link.group();
    }

    @Test
    void theCommandsLinkOpensThePageWithThemesParticipationPairingAndTheEcoMap() {
        HtmlPage page = pages.open(linkFromTheCommand(channel));
        String text = page.asNormalizedText();

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(text).contains("Community dashboard", "Themes over months", "Participation per week",
                "Pairing rounds", "Partner directory", "Eco-map");
        assertThat(page.getElementById("themes").asNormalizedText()).contains("Housing and landlords")
                .contains("Nov 2030");
        assertThat(page.getElementById("participation").asNormalizedText()).contains("4 Nov\t4\t4\t–",
                "11 Nov\t7\t4\t3", "replying privately").doesNotContain("not yet collected");
        assertThat(page.getElementById("pairing").asNormalizedText()).contains("2 rounds, 4 groups introduced and 4 groups that said they met")
                .contains("4 Nov\t1\t2\t2", "11 Nov\t1\t2\t2");
        assertThat(page.getElementById("directory").asNormalizedText())
                .contains("Westside Food Bank\tEast County\tFood insecurity\t555-0100, Mon-Fri 9-5");
        DomElement ecoMap = page.getElementById("ecomap");
        assertThat(descendants(ecoMap, "line")).as("one edge: two groups met each week across the two").hasSize(1);
        assertThat(descendants(ecoMap, "circle")).hasSize(2);
        assertThat(ecoMap.asNormalizedText()).contains("School District and Shelter North: 4 groups met");
    }

    @Test
    void everyChartHasATitleAndATextDescriptionAndAPhoneSizedLayout() {
        HtmlPage page = pages.open(linkFromTheCommand(channel));

        List<DomElement> charts = page.getElementsByTagName("svg").stream()
                .filter(svg -> "img".equals(svg.getAttribute("role"))).toList();
        assertThat(charts).hasSize(4).allSatisfy(svg -> {
            assertThat(child(svg, "title").getTextContent()).isNotBlank();
            assertThat(child(svg, "desc").getTextContent()).isNotBlank();
            assertThat(svg.getAttribute("aria-labelledby")).isNotBlank();
            assertThat(svg.getAttribute("viewBox")).isNotBlank();
        });
        assertThat(page.getElementsByTagName("svg").stream().filter(svg -> !"img".equals(svg.getAttribute("role"))))
                .as("the legend swatches are decoration").allSatisfy(svg -> assertThat(svg.getAttribute("aria-hidden"))
                        .isEqualTo("true"));
        assertThat(page.getElementsByTagName("table")).hasSize(4);
        assertThat(page.getElementsByTagName("meta").stream().map(meta -> meta.getAttribute("content")))
                .contains("width=device-width, initial-scale=1");
        assertThat(pages.text("/dashboard.css")).contains("@media");
    }

    private static List<DomElement> descendants(DomElement root, String name) {
        List<DomElement> found = new java.util.ArrayList<>();
        for (DomElement element : root.getDomElementDescendants()) {
            if (element.getLocalName().equalsIgnoreCase(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static DomElement child(DomElement svg, String name) {
        for (DomElement element : svg.getChildElements()) {
            if (element.getLocalName().equalsIgnoreCase(name)) {
                return element;
            }
        }
        throw new AssertionError("no " + name + " in " + svg.asXml());
    }

    @Test
    void thePageIsNotStoredAndMayLoadNothingButItsOwnStylesheet() {
        HtmlPage page = pages.open(linkFromTheCommand(channel));

        assertThat(page.getWebResponse().getResponseHeaderValue("Cache-Control")).isEqualTo("no-store");
        assertThat(page.getWebResponse().getResponseHeaderValue("Content-Security-Policy"))
                .startsWith("default-src 'none'; style-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.getWebResponse().getResponseHeaderValue("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.getWebResponse().getContentAsString()).doesNotContain("<script").doesNotContain("style=\"");
    }

    @Test
    void thePageShowsNoNameNoReplyTextNoPlatformIdAndNotItsToken() {
        String link = linkFromTheCommand(channel);
        HtmlPage page = pages.open(link);
        String html = page.getWebResponse().getContentAsString();

        assertThat(html).doesNotContain("plugh").doesNotContain("Rosalind").doesNotContain("landlord raised")
                .doesNotContain("Quintessa").doesNotContain("Marlowe").doesNotContain("Bartholomew")
                .doesNotContain("U-A").doesNotContain("U-ADMIN").doesNotContain("C-DASHBOARD").doesNotContain("T-DISTRICT")
                .doesNotContain(DashboardPages.token(link));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
        "fr; Tableau de bord de la communauté; Thèmes au fil des mois; Semaine du; nov. 2030; Diagramme à barres;"
                + " School District et Shelter North : 4 groupes se sont rencontrés; Ce lien est expiré",
        "es; Panel de la comunidad; Temas a lo largo de los meses; Semana del; nov 2030; Gráfico de barras;"
                + " School District y Shelter North: 4 grupos se reunieron; Este enlace venció"})
    void aFrenchOrSpanishCommunitysPageAndItsExpiredLinkComeInItsLanguage(String code, String title, String themes,
            String weekOf, String month, String chart, String edge, String expired) {
        languages.change(community.id(), Language.fromCode(code).orElseThrow());
        try {
            String link = linkFromTheCommand(channel);
            HtmlPage page = pages.open(link);
            String text = page.asNormalizedText();

            assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo(code);
            assertThat(text).contains(title, themes, weekOf, edge)
                    .doesNotContain("Community dashboard").doesNotContain("Themes over months")
                    .doesNotContain("Week of").doesNotContain("Partner directory").doesNotContain("groups met")
                    .doesNotContain("Shared figures only").doesNotContain("Do not forward");
            assertThat(page.getElementById("themes").asNormalizedText().toLowerCase(java.util.Locale.ROOT))
                    .contains(month);
            assertThat(page.getElementsByTagName("desc")).allSatisfy(desc -> assertThat(desc.getTextContent())
                    .doesNotContain("Bar chart").doesNotContain("Network picture"));
            assertThat(page.getElementById("participation-chart-desc").getTextContent()).startsWith(chart);

            clock.advance(Duration.ofDays(1).plusSeconds(1));
            HtmlPage gone = pages.open(link);
            assertThat(gone.getWebResponse().getStatusCode()).isEqualTo(410);
            assertThat(gone.asNormalizedText()).contains(expired).doesNotContain("This link has expired");
        } finally {
            languages.change(community.id(), Language.EN);
        }
    }

    @Test
    void anExpiredLinkGetsAPageSayingSoAndNothingElse() {
        String link = linkFromTheCommand(channel);
        clock.advance(Duration.ofDays(1).plusSeconds(1));

        HtmlPage page = pages.open(link);

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(410);
        assertThat(page.asNormalizedText()).contains("This link has expired").doesNotContain("Housing")
                .doesNotContain("Shelter North").doesNotContain("Eco-map");
        assertThat(page.getWebResponse().getResponseHeaderValue("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void anAlteredLinkGetsAPageSayingSoAndNothingElse() {
        String link = linkFromTheCommand(channel);
        char last = link.charAt(link.length() - 1);
        String altered = link.substring(0, link.length() - 1) + (last == 'A' ? 'B' : 'A');

        for (String bad : List.of(altered, link.substring(0, link.length() - 5), link.replaceFirst("\\?t=.*", ""),
                link.replaceFirst("/dashboard/\\d+", "/dashboard/abc"))) {
            HtmlPage page = pages.open(bad);
            assertThat(page.getWebResponse().getStatusCode()).as(bad).isEqualTo(403);
            assertThat(page.asNormalizedText()).as(bad).contains("This link is not valid").doesNotContain("Housing")
                    .doesNotContain("Shelter North");
        }
    }

    @Test
    void anotherCommunitysLinkDoesNotOpenThisCommunitysDashboard() {
        ChannelRef other = channel("C-DASHBOARD-OTHER");
        communities.findOrCreate(other);
        String otherLink = linkFromTheCommand(other);
        String here = otherLink.replaceFirst("/dashboard/\\d+", "/dashboard/" + community.id());

        HtmlPage page = pages.open(here);

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(403);
        assertThat(page.asNormalizedText()).contains("This link belongs to another community").doesNotContain("Housing");
        assertThat(pages.open(otherLink).getWebResponse().getStatusCode()).as("it opens its own").isEqualTo(200);
    }

    @Test
    void aMemberWhoIsNotAFacilitatorGetsNoLink() {
        String answer = commands.handle(command(channel, "U-B", "dashboard")).plainText();

        assertThat(answer).doesNotContain("/dashboard/").containsIgnoringCase("facilitator");
    }
}
