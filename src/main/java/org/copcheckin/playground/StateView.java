package org.copcheckin.playground;

import java.util.List;

/**
 * What the page shows one persona, as JSON. Message text is pre-rendered, escaped HTML. The string forms leave
 * all text out, so a debug log of a request or response never carries a reply.
 */
record StateView(long version, String as, String language, List<PersonaView> personas, List<ItemView> channel,
                 List<ItemView> answers, List<ConversationView> conversations,
                 java.util.Map<String, List<ReactionView>> reactions) {

    @Override
    public String toString() {
        return "StateView[version=" + version + ", as=" + as + ", channel=" + channel.size() + " items]";
    }

    /** @param organisation as set with {@code /cop profile org}, or null */
    record PersonaView(String id, String name, boolean facilitator, String organisation, String region) {
    }

    /**
     * A post, an image or a private answer.
     *
     * @param kind     {@code post}, {@code image}, {@code file} or {@code answer}
     * @param command  for an answer, the {@code /cop} text that asked for it (or null)
     * @param imageUrl for an image, where the page loads it; for a file, where it is downloaded
     * @param alt      an image's alt text, or a file's title
     * @param seq      its place in the timeline: a later item has a larger one, whatever the clock says
     */
    record ItemView(String kind, String channelId, String threadId, String command, String html,
                    List<ButtonView> buttons, List<ReplyView> replies, String imageUrl, String alt, String at,
                    long seq) {

        @Override
        public String toString() {
            return "ItemView[kind=" + kind + ", threadId=" + threadId + "]";
        }
    }

    /** @param authorId the member who replied, or null for the bot */
    record ReplyView(String authorId, String author, String html, String at) {

        @Override
        public String toString() {
            return "ReplyView[authorId=" + authorId + "]";
        }
    }

    /** @param row buttons of the same row are shown together (a feature's own row, such as the feelings) */
    record ButtonView(String actionId, String label, String value, String row) {
    }

    /**
     * The reactions on one post: an emoji, how many personas reacted with it and whether the viewer did.
     *
     * @param emoji the platform's name for it, e.g. {@code thumbsup}
     */
    record ReactionView(String emoji, int count, boolean mine) {
    }

    /**
     * A private conversation the persona is in, e.g. a pair introduction or a digest.
     *
     * @param thread whether its posts take replies: a conversation among members (a pair introduction, where
     *               'met' is replied), not the app's direct message to one member (an export, a reminder, a digest)
     */
    record ConversationView(String id, String title, boolean thread, List<ItemView> items) {

        @Override
        public String toString() {
            return "ConversationView[id=" + id + ", items=" + items.size() + "]";
        }
    }
}
