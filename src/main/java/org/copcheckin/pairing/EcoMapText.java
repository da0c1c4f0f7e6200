package org.copcheckin.pairing;

import java.util.ArrayList;
import java.util.List;

import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;

/** The words of the eco-map activity: a group of one area charts the resources around the families it serves. */
final class EcoMapText {

    /** The button that adds what a group charted to the partner directory (handled by the directory). */
    static final String ADD_TO_DIRECTORY_ACTION = org.copcheckin.directory.AddToDirectoryButton.ACTION;

    private EcoMapText() {
    }

    static Message introduction(List<MemberRef> group, long groupId, String region) {
        Message.Mentions mentions = new Message.Mentions();
        boolean oneArea = !EcoMapGroups.MIXED.equals(region) && !"no region given".equals(region);
        String area = oneArea ? region : "your areas";
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Hello " + String.join(", ", group.stream().map(mentions::of).toList())
                + "! This round is an *eco-map*: you work in " + (oneArea ? "the same area, *" + region + "*," : "nearby areas")
                + " for different organisations. Take 30 minutes this week, ideally around one shared page or "
                + "whiteboard, and chart the landscape around the families you serve.");
        paragraphs.add("*1. Put yourselves on the map.* Each of you writes your organisation in the middle and "
                + "says in a sentence what it can do, and what it cannot.");
        paragraphs.add("*2. Chart the resources of " + area + ".* Around you, add every service you know: housing, "
                + "food, transport, health, schools, legal help, faith and community groups, informal supports. "
                + "Draw a line for who serves whom; a thick line for a strong tie, a dashed one for a weak or "
                + "difficult one.");
        paragraphs.add("*3. Find the gaps.* Where do families fall between services? Which barrier can none of "
                + "you remove, and who out there might? Circle one gap to bring to the next meeting.");
        paragraphs.add("*4. Share the map.* Press *Add a resource to the directory* for each organisation you "
                + "charted that the channel should know about: its name, area, what it offers and its public "
                + "contact line. Organisations only: please don't name students, families or clients, here or on "
                + "your map.");
        paragraphs.add("*Did you meet?* Press the button once you have (or reply 'met').");
        return new Message("Your eco-map activity", paragraphs, List.of(
                new Message.Button(ActivityText.MET_ACTION, "Yes, we met", String.valueOf(groupId)),
                new Message.Button(ADD_TO_DIRECTORY_ACTION, "Add a resource to the directory",
                        oneArea ? region : "")), mentions.members());
    }
}
