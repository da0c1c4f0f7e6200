package org.copcheckin.pairing;

import java.util.ArrayList;
import java.util.List;

import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;

/** The words of the partner activity and of pairing's private notes to members. */
final class ActivityText {

    static final String MET_ACTION = "pairing.met";

    private ActivityText() {
    }

    static Message introduction(List<MemberRef> group, long groupId, boolean firstRound) {
        Message.Mentions mentions = new Message.Mentions();
        List<String> named = group.stream().map(mentions::of).toList();
        String others = String.join(group.size() == 3 ? " and " : "", named.subList(1, named.size()));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Hello " + String.join(", ", named)
                + "! You are " + (group.size() == 3 ? "a group of three" : "partners") + " for this round. "
                + "Find 15 minutes this week, in person or on a call.");
        paragraphs.add("*1. Share:* " + named.get(0) + " shares a challenge from the last month first.");
        paragraphs.add("*2. Respond:* " + others + (group.size() == 3 ? " each answer" : " answers")
                + " with one word, and why that word.");
        paragraphs.add("*3. Share back:* together, ask: what sector trends or topics do these challenges speak to? "
                + "Bring your answer to the next meeting.");
        paragraphs.add("Please don't name students, families or clients, here or when you share back.");
        paragraphs.add("*Did you meet?* Press the button once you have (or reply 'met').");
        paragraphs.add(firstRound
                ? "This is the first pairing round in this channel. Everyone here is included unless they choose "
                + "otherwise: `/cop optout` leaves pairing, `/cop pause <weeks>` skips a few rounds, "
                + "`/cop profile org <name>` pairs you across organisations."
                : "`/cop optout` leaves pairing; `/cop pause <weeks>` skips a few rounds.");
        return new Message("Your partner activity", paragraphs, List.of(
                new Message.Button(MET_ACTION, "Yes, we met", String.valueOf(groupId))), mentions.members());
    }

    static Message optInAnnouncement() {
        return Message.of("Partner pairing: join in",
                "This channel pairs members who choose to join. Each round you meet one or two colleagues privately: "
                        + "one shares a challenge from the last month, the others answer with one word and why.",
                "Press *Join pairing* to take part. `/cop optout` leaves again, `/cop pause <weeks>` takes a break.");
    }

    static Message pauseEnded() {
        return Message.text("Your pause from pairing has ended, so you are in this round again. "
                + "`/cop pause <weeks>` pauses again; `/cop optout` leaves pairing.");
    }

    static Message metRecorded(boolean firstAnswer) {
        return Message.text(firstAnswer ? "Thanks, noted that you met." : "Already noted that you met, thanks.");
    }
}
