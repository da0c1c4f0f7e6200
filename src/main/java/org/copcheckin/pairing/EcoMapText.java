package org.copcheckin.pairing;

import java.util.ArrayList;
import java.util.List;

import org.copcheckin.community.Language;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;

/** The words of the eco-map activity: a group of one area charts the resources around the families it serves. */
final class EcoMapText {

    /** The button that adds what a group charted to the partner directory (handled by the directory). */
    static final String ADD_TO_DIRECTORY_ACTION = org.copcheckin.directory.AddToDirectoryButton.ACTION;

    private EcoMapText() {
    }

    static Message introduction(List<MemberRef> group, long groupId, String region) {
        return introduction(group, groupId, region, Language.EN);
    }

    static Message introduction(List<MemberRef> group, long groupId, String region, Language l) {
        Message.Mentions mentions = new Message.Mentions();
        boolean oneArea = !EcoMapGroups.MIXED.equals(region) && !EcoMapGroups.NO_REGION.equals(region);
        String area = oneArea ? region : l.text("ecomap.your.areas");
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(l.text("ecomap.hello", String.join(", ", group.stream().map(mentions::of).toList()),
                oneArea ? l.text("ecomap.same.area", region) : l.text("ecomap.nearby")));
        paragraphs.add(l.text("ecomap.step1"));
        paragraphs.add(l.text("ecomap.step2", area));
        paragraphs.add(l.text("ecomap.step3"));
        paragraphs.add(l.text("ecomap.step4"));
        paragraphs.add(l.text("pair.intro.met"));
        return new Message(l.text("ecomap.title"), paragraphs, List.of(
                new Message.Button(ActivityText.MET_ACTION, l.text("pair.met.button"), String.valueOf(groupId)),
                new Message.Button(ADD_TO_DIRECTORY_ACTION, l.text("ecomap.add.button"),
                        oneArea ? region : "")), mentions.members());
    }
}
