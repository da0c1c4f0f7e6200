package org.copcheckin.pairing;

import java.util.ArrayList;
import java.util.List;

import org.copcheckin.community.Language;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;

/** The words of the partner activity and of pairing's private notes to members, in the community's language. */
final class ActivityText {

    static final String MET_ACTION = "pairing.met";

    private ActivityText() {
    }

    static Message introduction(List<MemberRef> group, long groupId, boolean firstRound) {
        return introduction(group, groupId, firstRound, Language.EN);
    }

    static Message introduction(List<MemberRef> group, long groupId, boolean firstRound, Language l) {
        Message.Mentions mentions = new Message.Mentions();
        List<String> named = group.stream().map(mentions::of).toList();
        boolean three = group.size() == 3;
        String others = String.join(three ? l.text("list.and") : "", named.subList(1, named.size()));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(l.text("pair.intro.hello", String.join(", ", named),
                l.text(three ? "pair.intro.three" : "pair.intro.two")));
        paragraphs.add(l.text("pair.intro.share", named.get(0)));
        paragraphs.add(l.text(three ? "pair.intro.respond.three" : "pair.intro.respond.two", others));
        paragraphs.add(l.text("pair.intro.back"));
        paragraphs.add(l.text("pair.intro.privacy"));
        paragraphs.add(l.text("pair.intro.met"));
        paragraphs.add(l.text(firstRound ? "pair.intro.first" : "pair.intro.later"));
        return new Message(l.text("pair.intro.title"), paragraphs, List.of(
                new Message.Button(MET_ACTION, l.text("pair.met.button"), String.valueOf(groupId))), mentions.members());
    }

    static Message optInAnnouncement() {
        return optInAnnouncement(Language.EN);
    }

    static Message optInAnnouncement(Language l) {
        return Message.of(l.text("pair.optin.title"), l.text("pair.optin.body"), l.text("pair.optin.join"));
    }

    static Message pauseEnded(Language l) {
        return Message.text(l.text("pair.pause.ended"));
    }

    static Message metRecorded(boolean firstAnswer, Language l) {
        return Message.text(l.text(firstAnswer ? "pair.met.noted" : "pair.met.already"));
    }
}
