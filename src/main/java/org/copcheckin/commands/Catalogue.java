package org.copcheckin.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Every {@code /cop} subcommand, one row each, in the order help lists them. A new subcommand is one row here
 * (through its feature's {@code rows()}) and one handler method.
 */
@Component
public class Catalogue {

    /** A help group: a line of the README's command table. */
    public record Group(String name, String audience, String description) {
    }

    private static final Map<String, String> GROUP_ALIASES = Map.of("facilitators", "facilitator", "vocab", "vocabulary",
            "setting", "settings");

    private final List<Subcommand> rows = new ArrayList<>();
    private final List<Group> groups;

    Catalogue(FacilitatorCommands facilitator, PairingCommands pairing, DigestCommands digest,
              VocabularyCommands vocabulary, SettingsCommands settings, MemberCommands member, CareCommands care,
              DirectoryCommands directory, DashboardCommands dashboard, CalendarCommands calendar,
              PrivateReplyCommands privateReplies, FeelingCommands feelings, ReminderCommands reminders,
              LanguageCommands language) {
        rows.add(Subcommand.in("help", "help").member().does("this help, with your role").example("help")
                .answers((context, args) -> Help.message(this, context.callerIsFacilitator(), context.language())));
        rows.addAll(facilitator.rows());
        rows.add(Subcommand.in("status", "status").facilitator()
                .does("schedules, next and last runs and their outcome, and the last pairing round (while one runs, "
                        + "how far it got)")
                .answers((context, args) -> reminders.withReminderStatus(context,
                        pairing.withPairingStatus(context, facilitator.status(context)))));
        rows.addAll(calendar.rows());
        rows.addAll(facilitator.facilitatorRows());
        rows.addAll(pairing.rows());
        rows.addAll(digest.rows());
        rows.addAll(dashboard.rows());
        rows.addAll(vocabulary.rows());
        rows.addAll(settings.rows());
        rows.addAll(language.rows());
        rows.addAll(member.rows());
        rows.addAll(directory.rows());
        rows.addAll(care.rows());
        rows.addAll(privateReplies.rows());
        rows.addAll(feelings.rows());
        rows.addAll(reminders.rows());
        groups = List.of(
                new Group("help", "anyone", "usage, with your role"),
                new Group("prompt", "anyone", "posts the prompt in this channel now, in its language (`--both`: in its "
                        + "language and in English, for a bilingual channel); replies in its thread are collected. "
                        + "In Slack, `prompt custom` alone opens a form for a longer prompt (several lines, up to 1,500 characters)"),
                new Group("schedule", "anyone", "`<what>`: `challenge`, `word`, `glows-grows`, `pair` or `digest`; `<when>`: "
                        + "`daily 08:30`, `weekly mon 09:00`, `monthly first tue 10:00`, `monthly last fri 15:00`, "
                        + "`monthly 15 09:00`, `quarterly first mon 09:00` (January, April, July, October) or a Quartz "
                        + "cron such as `0 0 9 ? * MON-FRI`; zone: an IANA name such as "
                        + "`America/New_York` (default: the community's)"),
                new Group("status", "anyone", "each schedule with its next run (in the community's zone), its last run and "
                        + "outcome, recent skipped or failed runs, and the last pairing round (while one runs, how many "
                        + "groups it introduced so far)"),
                new Group("calendar", "anyone", "the school calendar: days on which scheduled runs do not run "
                        + "(in the community's zone), each with a label of at most 64 characters; `import` reads a "
                        + "district's iCalendar feed (https only, at most 1 MiB) and skips its all-day closures "
                        + "(summaries such as \"Winter Break\", \"No School\", \"Vacances\", \"Feriado\"), or with "
                        + "`all` every all-day event. `status` and the digest say when runs were skipped for a break"),
                new Group("facilitator", "anyone", "manages this channel's facilitators"),
                new Group("pair", "anyone", "a pairing round now / a preview / an eco-map round: groups of one region "
                        + "across organisations chart the area's resources (members without a region are grouped "
                        + "together and you are told) / who is paired: only members who join, or everyone not opted "
                        + "out (default)"),
                new Group("digest", "anyone", "the digest of whole weeks from the Monday of `since` and this week so far "
                        + "(default: last week and this week); `month` or `quarter`: the last whole month or quarter "
                        + "(or the one `since` falls in), as a monthly or quarterly schedule sends it, with the themes "
                        + "that held and rose and the one-word answers by family"),
                new Group("export", "anyone", "a CSV file, to you privately, of participation, themes and one-word "
                        + "answers, one row per published weekly cell with the period and k: whole finished weeks from "
                        + "the Monday of `since` (default: the last 12 weeks)"),
                new Group("dashboard", "anyone", "a private link, valid for a day, to this channel's dashboard page: "
                        + "themes over months, participation per week, pairing rounds and the groups that met, and the "
                        + "eco-map of organisations"),
                new Group("vocabulary", "anyone", "this channel's own words (\"McKinney-Vento\", \"head lease\"), counted in "
                        + "trends besides everyday words; names, digits and entries over 64 characters are refused"),
                new Group("settings", "anyone", "this channel's settings: its time zone (schedules without their own zone "
                        + "move with it), k (the fewest people a published count may cover, never below 2), pairing mode, "
                        + "language (French, Spanish or English: prompts, answers, digests and analysis), privacy nudges, "
                        + "safeguarding alerts, whether private replies' themes are noted in the thread, the feeling "
                        + "buttons of one-word prompts and reminders (`<delay>` such as `4h`, 15m to 72h; quiet hours "
                        + "default `20:00-08:00`, in each member's own time zone)"),
                new Group("pairing choices", "member", "leave / rejoin pairing; a pause resumes by itself"),
                new Group("profile", "member", "your organisation, so pairing crosses organisations, its region and what "
                        + "it offers (themes or vocabulary words), for the partner directory and eco-map rounds; "
                        + "`listed yes` lets directory answers name you, and your time zone, for reminders' quiet hours "
                        + "(default: Slack's time zone, else the channel's; `none` clears a value)"),
                new Group("partners", "anyone", "organisations offering a need, privately, with a count of members each "
                        + "(named only if listed); adding one (public details only); a facilitator imports a CSV with "
                        + "the columns name, region, services, contact (bad lines are reported by number, good ones kept)"),
                new Group("nudges", "member", "a private note when your reply seems to include a name, a phone number, "
                        + "an e-mail, an address or an id, since everyone in the channel can read it"),
                new Group("reminders", "member", "one private note when a check-in you have not taken part in is "
                        + "still open, if the channel sends them; `off` stops them in every channel of the platform"),
                new Group("forget-me", "member", "asks you to confirm, then erases everything linked to you in every "
                        + "channel of the platform, and lists what it erased"));
    }

    public List<Subcommand> rows() {
        return List.copyOf(rows);
    }

    public List<Group> groups() {
        return groups;
    }

    public Optional<Subcommand> find(List<String> path) {
        return rows.stream().filter(row -> row.path().equals(path)).findFirst();
    }

    List<Subcommand> inGroup(String group) {
        return rows.stream().filter(row -> row.group().equals(group)).toList();
    }

    /** The first word as the catalogue spells it ({@code facilitators} is {@code facilitator}). */
    String groupWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return GROUP_ALIASES.getOrDefault(lower, lower);
    }

    /** Every word a command may start with, for "did you mean". */
    List<String> firstWords() {
        return rows.stream().flatMap(row -> row.path().size() == 1
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(row.path().get(0)),
                row.aliases().stream().filter(a -> !a.isEmpty())) : java.util.stream.Stream.of(row.path().get(0)))
                .distinct().toList();
    }
}
