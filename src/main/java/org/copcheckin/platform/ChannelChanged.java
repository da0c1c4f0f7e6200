package org.copcheckin.platform;

/**
 * The channel itself changed in a way the community must follow: the app was removed from it or came back, it
 * was archived, unarchived or deleted, or the platform gave it a new id.
 */
public sealed interface ChannelChanged {

    ChannelRef channel();

    /** The app can no longer post in the channel: its schedules pause until it can. */
    record Unreachable(ChannelRef channel, Why why) implements ChannelChanged {
    }

    /** The app is back in the channel (invited again, or the channel was unarchived): schedules resume. */
    record Reachable(ChannelRef channel) implements ChannelChanged {
    }

    /** The platform moved the channel to a new id (Slack's {@code channel_id_changed}). */
    record Moved(ChannelRef channel, String newChannelId) implements ChannelChanged {
        public Moved {
            ChannelRef.requireId(newChannelId, "newChannelId");
        }
    }

    enum Why {
        REMOVED("the app was removed from the channel: invite it back to resume"),
        ARCHIVED("the channel was archived: unarchive it to resume"),
        DELETED("the channel was deleted");

        private final String words;

        Why(String words) {
            this.words = words;
        }

        /** Our own words for {@code status} and the run history. */
        public String words() {
            return words;
        }
    }
}
