package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copcheckin.checkins.PromptKind;
import org.junit.jupiter.api.Test;

/**
 * Recall of real content: on replies written as school liaisons, shelter and youth workers write (names in them),
 * the words a reader would count as topics are marked in [brackets]; at least 95% of them must still be counted
 * as terms once the anonymiser and the closed vocabulary have done their work.
 */
public class ContentRecallTest {

    public static final List<String> REPLIES = List.of(
            "Two of my [families] got [eviction] [notices] after the [building] was [sold] to a new [landlord].",
            "Maria Lopez finally got [housed]; the [voucher] took eight months and three [caseworkers].",
            "The [landlord] won't fix the [heat] and the [tenants] are scared to [complain].",
            "Our [grant] was not [renewed] so we lose a [position] in the [spring].",
            "[Funding] [cuts] mean the [afterschool] [program] closes at four now.",
            "Kids can't get to [tutoring] because the [buses] stopped running after the [route] [change].",
            "Jaylen's [mom] has no [car] and the [transit] [pass] expired, so he missed three days.",
            "A lot of my [grade] nines are [chronically] [absent] since October.",
            "Students who were [suspended] never came back to [class]; [attendance] is dropping.",
            "I'm [burnt] out and so is most of the [team], the [vicarious] [trauma] is heavy.",
            "Two young people disclosed [suicidal] [thoughts] and the [crisis] [line] had a long [wait].",
            "We had three [overdoses] in the drop-in [washroom]; everyone carries [naloxone] now.",
            "Had to make a [report] to CPS about [neglect] and the [family] stopped answering.",
            "[Kinship] [placements] with [grandparents] fall apart without [support].",
            "Nobody at the [clinic] would see him without a [health] [card] and his [prescriptions] ran out.",
            "The [paperwork] for [benefits] is impossible and the [waitlist] is eight months.",
            "[Intake] [assessments] pile up and [referrals] sit in the [queue] for weeks.",
            "The [food] [bank] and a local [church] stepped in when we had nothing.",
            "[Parents] don't come to [conferences] because they work [shifts].",
            "[Unaccompanied] [minors] at the [shelter] can't sign their own [consent].",
            "[Teens] aging out of [foster] [care] have nowhere safe to [land].",
            "Students come in [hungry] on Mondays; [breakfast] is the only [meal] some get.",
            "We can't share [records] with the [school] because of FERPA and [consent] [rules].",
            "We're [short-staffed], two [vacancies] and the [caseloads] keep climbing.",
            "Abebe Girma from the [library] offered a [warm] [space] for [families] in [winter].",
            "The [interpreter] didn't show for the [conference] with Mrs. Baptiste.",
            "[Mental] [health] [referrals] take weeks; the [counsellor] is booked until [spring].",
            "Destiny is [couch] [surfing] again and her [phone] got cut off.",
            "[Rent] went up [twice] this year and the [utilities] are in [arrears].",
            "Three [families] are [doubled] up in one [apartment] near the [motel] [strip].",
            "The [district] says no [money] for [transportation] next year.",
            "[Staff] [turnover] is brutal: we [trained] four new [workers] since [summer].",
            "[Vaping] in the [bathrooms] is constant and [discipline] isn't working.",
            "The [dentist] [van] came and half the [kids] had [cavities].",
            "[Immigration] [fears] keep [parents] away from the [clinic] and the [pantry].",
            "The [hospital] [discharged] him to the [street] with no [plan].",
            "[Court] [dates] keep moving and the [youth] miss [school] for each one.",
            "Our [partnership] with the [housing] [authority] finally produced a [referral] [pathway].",
            "The [portal] kept [rejecting] the Medicaid [renewal] [forms] for the Nguyen family.",
            "[Grief] after the [shooting] is everywhere; [students] can't [focus].",
            "Kofi and I covered [nights] because the [relief] [staff] [quit].",
            "[Childcare] [costs] mean [moms] turn down [shifts] and lose [income].",
            "The [bus] [driver] [shortage] means [routes] are doubled and kids wait in the [cold].",
            "[Diapers] and [formula] ran out at the [pantry] by Wednesday.",
            "Two [newcomer] [families] need [winter] [clothing] and [school] [supplies].",
            "[Wifi] at the [shelter] is down so [homework] can't get done.",
            "Attendance [officer] says [truancy] [letters] just [scare] [families] off.",
            "[Coordinated] [entry] has a [backlog] and [youth] [beds] are [full].",
            "[Budget] [meeting] next week; the [board] wants [data] on [outcomes].",
            "We're piloting [peer] [mentors] and [retention] is up this [term].");

    private static final Pattern MARKED = Pattern.compile("\\[([^\\]]+)]");

    @Test
    void atLeast95PercentOfTopicWordsAreStillCounted() {
        assertThat(recall(true)).isGreaterThanOrEqualTo(0.95);
    }

    /** The share of marked topic words still counted as terms; printed with the words missed. */
    public static double recall(boolean print) {
        ReplyAnalyser analyser = ReplyAnalyser.withDefaults();
        TextAnalysis analysis = new TextAnalysis();
        int topics = 0;
        int counted = 0;
        List<String> missed = new ArrayList<>();
        for (String marked : REPLIES) {
            String text = marked.replace("[", "").replace("]", "");
            ReplyAnalyser.Analysis result = analyser.analyse(PromptKind.CHALLENGE, text,
                    Set.of("Kofi Mensah-Boateng", "Dana Whitfield"));
            Matcher m = MARKED.matcher(marked);
            while (m.find()) {
                for (String word : m.group(1).split("-")) {
                    topics++;
                    String stem = analysis.stem(word);
                    if (result.terms().containsKey(stem) || result.terms().containsValue(word.toLowerCase())) {
                        counted++;
                    } else {
                        missed.add(word);
                    }
                }
            }
        }
        double recall = (double) counted / topics;
        if (print) {
            System.out.printf("content-word recall: %d of %d topic words counted (%.1f%%); missed: %s%n", counted,
                    topics, 100 * recall, missed);
        }
        return recall;
    }
}
