package org.copcheckin.commands;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.copcheckin.dashboard.DashboardLinks;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Component;

/** {@code dashboard}: a private, signed link to the community's dashboard page, valid for a day. */
@Component
class DashboardCommands {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

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
        return Message.of("Your dashboard for this channel",
                link.url(),
                "The link works until " + UNTIL.format(link.expiresAt().atZone(context.community().zone())) + " ("
                        + context.community().zone().getId() + ") and only for this channel. It is for you: anyone "
                        + "holding it sees the page until then, so do not forward it. `/cop dashboard` gives a new one.");
    }
}
