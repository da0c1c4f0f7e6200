package org.copcheckin.dashboard;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves {@code /dashboard/<community>?t=<token>}: the page for a valid link, and for any other a page that says
 * what is wrong with the link and shows nothing else (403 for an altered link or another community's, 410 for an
 * expired one). Every answer is {@code no-store}, framed by nobody, under a CSP that allows only our stylesheet.
 * Nothing here logs the token.
 */
@Controller
class DashboardController {

    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private final DashboardLinks links;
    private final Communities communities;
    private final DashboardQueries queries;
    private final CommunityLanguages languages;

    DashboardController(DashboardLinks links, Communities communities, DashboardQueries queries,
                        CommunityLanguages languages) {
        this.languages = languages;
        this.links = links;
        this.communities = communities;
        this.queries = queries;
    }

    @GetMapping("/dashboard/{community}")
    String page(@PathVariable("community") String communityId, @RequestParam(name = "t", required = false) String token,
                Model model, HttpServletResponse response) {
        secure(response);
        if (!communityId.matches("\\d{1,18}")) {
            return refused(model, response, HttpStatus.FORBIDDEN, Language.EN, "dashboard.refused.invalid",
                    "dashboard.refused.not.dashboard");
        }
        long id = Long.parseLong(communityId);
        LinkCheck check = links.check(id, token);
        if (check instanceof LinkCheck.OtherCommunity) {
            return refused(model, response, HttpStatus.FORBIDDEN, Language.EN, "dashboard.refused.other",
                    "dashboard.refused.other.why");
        }
        if (check instanceof LinkCheck.Expired) {
            // an expired link is still one the bot signed for this community: its refusal comes in its language
            return refused(model, response, HttpStatus.GONE, communities.find(id).map(c -> languages.of(c.id()))
                    .orElse(Language.EN), "dashboard.refused.expired", "dashboard.refused.expired.why");
        }
        if (!(check instanceof LinkCheck.Valid valid)) {
            return refused(model, response, HttpStatus.FORBIDDEN, Language.EN, "dashboard.refused.invalid",
                    "dashboard.refused.altered");
        }
        Optional<Community> community = communities.find(valid.communityId());
        if (community.isEmpty()) {
            return refused(model, response, HttpStatus.GONE, Language.EN, "dashboard.refused.gone",
                    "dashboard.refused.gone.why");
        }
        DashboardView view = queries.view(community.get(), valid.expiresAt());
        model.addAttribute("view", view);
        model.addAttribute("t", view.language());
        return "dashboard/index";
    }

    private static String refused(Model model, HttpServletResponse response, HttpStatus status, Language l,
                                  String titleKey, String explanationKey) {
        response.setStatus(status.value());
        model.addAttribute("t", l);
        model.addAttribute("title", l.text(titleKey));
        model.addAttribute("explanation", l.text(explanationKey));
        return "dashboard/refused";
    }

    private static void secure(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
    }
}
