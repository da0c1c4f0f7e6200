package org.copcheckin.dashboard;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
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

    DashboardController(DashboardLinks links, Communities communities, DashboardQueries queries) {
        this.links = links;
        this.communities = communities;
        this.queries = queries;
    }

    @GetMapping("/dashboard/{community}")
    String page(@PathVariable("community") String communityId, @RequestParam(name = "t", required = false) String token,
                Model model, HttpServletResponse response) {
        secure(response);
        if (!communityId.matches("\\d{1,18}")) {
            return refused(model, response, HttpStatus.FORBIDDEN, "This link is not valid",
                    "It does not point to a dashboard. Ask for a new link with /cop dashboard.");
        }
        long id = Long.parseLong(communityId);
        LinkCheck check = links.check(id, token);
        if (check instanceof LinkCheck.OtherCommunity) {
            return refused(model, response, HttpStatus.FORBIDDEN, "This link belongs to another community",
                    "A dashboard link opens only the dashboard of the community it was made for. Ask for a new link "
                            + "with /cop dashboard in the channel you want to see.");
        }
        if (check instanceof LinkCheck.Expired) {
            return refused(model, response, HttpStatus.GONE, "This link has expired",
                    "Dashboard links work for a day. Ask for a new one with /cop dashboard in your community's channel.");
        }
        if (!(check instanceof LinkCheck.Valid valid)) {
            return refused(model, response, HttpStatus.FORBIDDEN, "This link is not valid",
                    "It was changed or cut short on the way, so it shows nothing. Ask for a new link with "
                            + "/cop dashboard in your community's channel.");
        }
        Optional<Community> community = communities.find(valid.communityId());
        if (community.isEmpty()) {
            return refused(model, response, HttpStatus.GONE, "This community is no longer here",
                    "The bot no longer serves the channel this link was made for.");
        }
        model.addAttribute("view", queries.view(community.get(), valid.expiresAt()));
        return "dashboard/index";
    }

    private static String refused(Model model, HttpServletResponse response, HttpStatus status, String title,
                                  String explanation) {
        response.setStatus(status.value());
        model.addAttribute("title", title);
        model.addAttribute("explanation", explanation);
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
