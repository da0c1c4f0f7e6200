package org.copcheckin.commands;

import java.util.List;

import org.copcheckin.community.Language;
import org.copcheckin.dashboard.DashboardLinks;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Component;

/** {@code dashboard}: a private, signed link to the community's dashboard page, valid for a day. */
@Component
class DashboardCommands {


    private final DashboardLinks links;

    DashboardCommands(DashboardLinks links) {
        this.links = links;
    }

    List<Subcommand> rows() {
        return List.of(Subcommand.in("dashboard", "dashboard").facilitator()
                .does("a private link, valid for a day, to this channel's dashboard: themes, participation, pairing "
                        + "and the eco-map")
                .example("dashboard").answers(this::dashboard));
    }

    private Message dashboard(Context context, Args args) {
        DashboardLinks.Link link = links.linkFor(context.community());
        Language l = context.language();
        String until = StatusFormat.dateTime(link.expiresAt().atZone(context.community().zone()), l);
        String zone = context.community().zone().getId();
        // "07:12 PST (America/Los_Angeles)", but "15:12 UTC", never "15:12 UTC (UTC)"
        return Message.of(l.text("dashboard.link.title"), link.url(), l.text("dashboard.link.note",
                until.endsWith(" " + zone) ? until : until + " (" + zone + ")"));
    }
}
