package org.copcheckin.commands;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.PairingMode;
import org.copcheckin.platform.Message;
import org.copcheckin.scheduling.Schedules;
import org.springframework.stereotype.Component;

/** {@code settings}: the channel's zone, k and pairing mode, shown to anyone and changed by facilitators. */
@Component
class SettingsCommands {

    static final int MAX_K = 50;

    private final Communities communities;
    private final Schedules schedules;
    private final List<SettingRow> settings;

    SettingsCommands(Communities communities, Schedules schedules, List<SettingRow> more) {
        this.communities = communities;
        this.schedules = schedules;
        List<SettingRow> all = new ArrayList<>(more);
        all.add(row(10, c -> "*Time zone*: " + c.zone().getId() + " (`/cop settings zone <IANA zone>`)"));
        all.add(row(20, c -> "*k*: " + c.kAnonymity() + ": a published count covers at least this many people "
                + "(`/cop settings k <n>`, never below 2)"));
        all.add(row(30, c -> "*Pairing*: " + (c.pairingMode() == PairingMode.OPT_IN ? "opt-in" : "opt-out")
                + " (`/cop pair mode opt-in|opt-out`)"));
        all.sort(Comparator.comparingInt(SettingRow::order));
        this.settings = List.copyOf(all);
    }

    private static SettingRow row(int order, java.util.function.Function<Community, String> line) {
        return new SettingRow() {
            public int order() {
                return order;
            }

            public String line(Community community) {
                return line.apply(community);
            }
        };
    }

    List<Subcommand> rows() {
        return List.of(
                Subcommand.in("settings", "settings", "show").member().alias("").form("settings")
                        .does("this channel's settings: time zone, k and pairing mode").example("settings")
                        .answers((context, args) -> show(context.community())),
                Subcommand.in("settings", "settings", "zone").facilitator()
                        .option(Option.word("zone", "IANA time zone, e.g. America/Los_Angeles"))
                        .form("settings zone <IANA zone>")
                        .does("the channel's time zone; schedules without their own zone move with it")
                        .example("settings zone America/Los_Angeles").answers(this::zone),
                Subcommand.in("settings", "settings", "k").facilitator()
                        .option(Option.integer("n", "2 to " + MAX_K, 2, MAX_K))
                        .form("settings k <n>")
                        .does("the fewest people a published count may cover (2 to " + MAX_K + ")")
                        .example("settings k 4").answers(this::k));
    }

    private Message show(Community community) {
        return new Message("Settings of this channel", List.of(String.join("\n",
                settings.stream().map(row -> "• " + row.line(community)).toList())), List.of());
    }

    private Message zone(Context context, Args args) {
        String word = args.string("zone").orElseThrow();
        ZoneId zone;
        try {
            zone = ZoneId.of(FacilitatorCommands.canonicalZone(word));
        } catch (DateTimeException e) {
            return context.malformed("`" + word + "` is not a time zone I know: use an IANA name such as "
                    + "America/Los_Angeles or Europe/London, e.g. `/cop settings zone America/Los_Angeles`.");
        }
        Community community = context.community();
        if (community.zone().equals(zone)) {
            return Message.text("This channel's time zone already is " + zone.getId() + "; nothing changed.");
        }
        communities.changeZone(community.id(), zone);
        int moved = schedules.followCommunityZone(community, zone);
        return Message.text("This channel's time zone is now " + zone.getId() + ". " + (moved == 0
                ? "No schedule had to move."
                : moved == 1 ? "1 schedule without a zone of its own now runs in it; `/cop status` shows its next run."
                : moved + " schedules without a zone of their own now run in it; `/cop status` shows their next runs."));
    }

    private Message k(Context context, Args args) {
        int k = args.integer("n").orElseThrow().intValue();
        communities.changeK(context.community().id(), k);
        return Message.text("k is now " + k + ": digests and exports of this channel publish only counts of at "
                + "least " + k + " people.");
    }
}
