package org.copcheckin.playground;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.copcheckin.platform.Message;

/** One entry of the playground timeline; all of them are immutable, so snapshots can be handed out as they are. */
sealed interface Item {

    long seq();

    /** The community channel or a private conversation. */
    String channelId();

    Instant at();

    /** A message posted to a channel or conversation, with the replies in its thread. */
    record Post(long seq, String channelId, String threadId, Message message, Instant at, List<Reply> replies)
            implements Item {

        public Post {
            replies = List.copyOf(replies);
        }

        /** This post with one more reply, keeping at most {@code max} of the newest. */
        Post withReply(Reply reply, int max) {
            List<Reply> more = new ArrayList<>(replies);
            more.add(reply);
            return new Post(seq, channelId, threadId, message, at, more.subList(Math.max(0, more.size() - max), more.size()));
        }

        @Override
        public String toString() {
            return "Post[seq=" + seq + ", threadId=" + threadId + ", replies=" + replies.size() + "]";
        }
    }

    /**
     * An uploaded chart or picture, served from memory.
     *
     * @param message the message it came with (a digest and its chart), or null when it came alone
     */
    record Image(long seq, String channelId, String imageId, String fileName, byte[] png, String altText, Instant at,
                 Message message) implements Item {

        Image(long seq, String channelId, String imageId, String fileName, byte[] png, String altText, Instant at) {
            this(seq, channelId, imageId, fileName, png, altText, at, null);
        }

        @Override
        public String toString() {
            return "Image[seq=" + seq + ", imageId=" + imageId + ", bytes=" + png.length + "]";
        }
    }

    /** An uploaded file (an export's CSV), served from memory as a download. */
    record File(long seq, String channelId, String fileId, String fileName, byte[] content, String title, Instant at)
            implements Item {

        @Override
        public String toString() {
            return "File[seq=" + seq + ", fileId=" + fileId + ", bytes=" + content.length + "]";
        }
    }

    /**
     * An answer only one member sees.
     *
     * @param command the {@code /cop} text that asked for it, or null when the core answered on its own
     */
    record Ephemeral(long seq, String channelId, String memberId, String command, Message message, Instant at)
            implements Item {
    }

    /**
     * A message in a thread. Member replies are the stand-in for the platform's own storage: they exist only here.
     *
     * @param authorId the member, or null for the bot
     */
    record Reply(String messageId, String authorId, Message message, Instant at) {

        @Override
        public String toString() {
            return "Reply[messageId=" + messageId + "]";
        }
    }
}
