package org.copcheckin.commands;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.Language;
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
        all.add(row(10, (c, l) -> l.text("settings.zone.line", c.zone().getId())));
        all.add(row(20, (c, l) -> l.text("settings.k.line", c.kAnonymity())));
        all.add(row(30, (c, l) -> l.text("settings.pairing.line", l.text(c.pairingMode() == PairingMode.OPT_IN
                ? "settings.pairing.opt-in" : "settings.pairing.opt-out"))));
        all.sort(Comparator.comparingInt(SettingRow::order));
        this.settings = List.copyOf(all);
    }

    private static SettingRow row(int order, BiFunction<Community, Language, String> line) {
        return new SettingRow() {
            public int order() {
                return order;
            }

            public String line(Community community, Language language) {
                return line.apply(community, language);
            }
        };
    }

    List<Subcommand> rows() {
        return List.of(
                Subcommand.in("settings", "settings", "show").member().alias("").form("settings")
                        .does("this channel's settings: zone, language, k, pairing, nudges, safeguarding, feelings, reminders").example("settings")
                        .answers((context, args) -> show(context)),
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

    private Message show(Context context) {
        return new Message(context.language().text("settings.title"), List.of(String.join("\n", settings.stream()
                .map(row -> "• " + row.line(context.community(), context.language())).toList())), List.of());
    }

    private Message zone(Context context, Args args) {
        String word = args.string("zone").orElseThrow();
        ZoneId zone;
        try {
            zone = ZoneId.of(FacilitatorCommands.canonicalZone(word));
        } catch (DateTimeException e) {
            return context.malformed(context.language().text("settings.zone.unknown", word));
        }
        Language l = context.language();
        Community community = context.community();
        if (community.zone().equals(zone)) {
            return Message.text(l.text("settings.zone.unchanged", zone.getId()));
        }
        communities.changeZone(community.id(), zone);
        int moved = schedules.followCommunityZone(community, zone);
        return Message.text(l.text("settings.zone.changed", zone.getId(), moved == 0
                ? l.text("settings.zone.moved.none") : l.plural("settings.zone.moved", moved)));
    }

    private Message k(Context context, Args args) {
        int k = args.integer("n").orElseThrow().intValue();
        communities.changeK(context.community().id(), k);
        return Message.text(context.language().text("settings.k.changed", k));
    }
}
