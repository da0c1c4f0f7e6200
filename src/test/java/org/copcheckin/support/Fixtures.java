package org.copcheckin.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.CommandInvoked;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.ThreadRef;
import org.copcheckin.platform.ThreadReplyReceived;

/** Small builders for the records core tests send in. */
public final class Fixtures {

    public static final String WORKSPACE = "T-DISTRICT";

    private Fixtures() {
    }

    public static ChannelRef channel(String id) {
        return new ChannelRef(PlatformKind.SLACK, WORKSPACE, id);
    }

    public static MemberRef member(String userId) {
        return new MemberRef(PlatformKind.SLACK, WORKSPACE, userId);
    }

    public static CommandInvoked command(ChannelRef channel, String userId, String text) {
        return new CommandInvoked(channel, member(userId), text(text), false);
    }

    public static CommandInvoked adminCommand(ChannelRef channel, String userId, String text) {
        return new CommandInvoked(channel, member(userId), text(text), true);
    }

    /** {@code /cop} text with Slack-style mentions ({@code <@U1>}), handed in as the Slack adapter does. */
    public static CommandInvoked.Input.Text text(String text) {
        List<MemberRef> mentions = new ArrayList<>();
        Matcher mention = Pattern.compile("<@!?([A-Za-z0-9._-]+)(?:\\|[^>]*)?>").matcher(text);
        StringBuilder neutral = new StringBuilder();
        while (mention.find()) {
            mention.appendReplacement(neutral, CommandInvoked.Input.mention(mentions.size()));
            mentions.add(member(mention.group(1)));
        }
        mention.appendTail(neutral);
        return new CommandInvoked.Input.Text(neutral.toString(), mentions);
    }

    public static ThreadReplyReceived reply(ThreadRef thread, String userId, String messageId, String text) {
        return new ThreadReplyReceived(thread, member(userId), messageId, text, java.time.Instant.now(), Set.of());
    }
}
