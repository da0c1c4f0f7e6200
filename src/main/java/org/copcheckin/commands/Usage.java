package org.copcheckin.commands;

import java.util.LinkedHashMap;
import java.util.Map;

/** The usage line of each subcommand, as help and as the answer to malformed input. */
final class Usage {

    static final Map<String, String> MEMBER = new LinkedHashMap<>();
    static final Map<String, String> FACILITATOR = new LinkedHashMap<>();

    static {
        MEMBER.put("help", "`/cop help`: this help");
        MEMBER.put("optout", "`/cop optout`: leave pairing rounds (`/cop optin` to rejoin)");
        MEMBER.put("optin", "`/cop optin`: join pairing rounds again");
        MEMBER.put("pause", "`/cop pause <weeks>`: skip pairing for 1-52 weeks; it resumes by itself");
        MEMBER.put("profile", "`/cop profile org <name>`: your organisation, so you are paired across organisations "
                + "(`/cop profile org none` clears it)");
        MEMBER.put("nudges", "`/cop nudges off|on`: private notes when your reply seems to include a name, a phone "
                + "number, an e-mail, an address or an id (at most one per check-in)");
        MEMBER.put("forget-me", "`/cop forget-me`: erase everything the bot keeps about you");
        FACILITATOR.put("prompt", "`/cop prompt challenge|word|glows-grows` or `/cop prompt custom <text>`: "
                + "post a check-in prompt here now");
        FACILITATOR.put("schedule", "`/cop schedule add <what> <when> [zone]`, `/cop schedule list`, "
                + "`/cop schedule remove <id>`: <what> is challenge, word, glows-grows, pair or digest; <when> is "
                + "`daily 08:30`, `weekly mon 09:00`, `monthly first tue 10:00`, `monthly 15 09:00` or a Quartz "
                + "cron; zone is an IANA name such as America/New_York (default: the community's)");
        FACILITATOR.put("pair", "`/cop pair [size 2|3]` runs a pairing round now; `/cop pair preview` shows it first; "
                + "`/cop pair mode opt-in|opt-out`: only members who join are paired, or everyone who has not opted out");
        FACILITATOR.put("digest", "`/cop digest [since YYYY-MM-DD]`: the digest for the period (default: last 7 days)");
        FACILITATOR.put("status", "`/cop status`: schedules, next and last runs and their outcome");
        FACILITATOR.put("facilitator", "`/cop facilitator add|remove @member`: manage this channel's facilitators");
        FACILITATOR.put("vocabulary", "`/cop vocabulary add|remove <word or phrase>`, `/cop vocabulary list`: this "
                + "channel's own words (\"McKinney-Vento\", \"head lease\"), counted in trends besides everyday words");
        FACILITATOR.put("settings", "`/cop settings nudges on|off`: members' privacy nudges in this channel (on by "
                + "default); `/cop settings safeguarding on <protocol>|off`: private alerts to facilitators when a reply "
                + "matches the crisis-signal list, with a link, the kind of signal and your protocol (at most 500 "
                + "characters, no @channel/@here/@everyone); off by default. Not monitoring, and it does not replace "
                + "anyone's reporting duty");
        FACILITATOR.put("export", "`/cop export [since YYYY-MM-DD]`: aggregate-only CSV of participation and themes");
    }

    private Usage() {
    }

    static String of(String subcommand) {
        String line = FACILITATOR.getOrDefault(subcommand, MEMBER.get(subcommand));
        return line == null ? MEMBER.get("help") : line;
    }

    static boolean isKnown(String subcommand) {
        return MEMBER.containsKey(subcommand) || FACILITATOR.containsKey(subcommand);
    }
}
