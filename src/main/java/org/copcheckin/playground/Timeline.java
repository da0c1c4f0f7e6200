package org.copcheckin.playground;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.copcheckin.platform.Message;
import org.springframework.stereotype.Component;

/**
 * The playground's memory: the last {@value #MAX_ITEMS} posts, images and private answers of the community
 * channel and its private conversations. Nothing here is ever written to disk; a restart forgets it all.
 * Thread-safe: every method holds the one lock.
 */
@Component
@ConditionalOnPlayground
class Timeline {

    static final int MAX_ITEMS = 200;
    static final int MAX_REPLIES_PER_THREAD = 100;
    /** Images kept, and files kept (each their own count). */
    static final int MAX_IMAGES = 20;

    private final Clock clock;
    /** Ids from earlier runs are in the database already, so every id of this run carries the start time. */
    private final String runPrefix;
    private final Map<Long, Item> items = new LinkedHashMap<>();
    private final Map<String, Long> postsByThread = new LinkedHashMap<>();
    private final Map<String, Conversation> conversations = new LinkedHashMap<>();
    /** thread id to emoji to the personas who reacted with it: the platform's part, in memory only */
    private final Map<String, Map<String, java.util.Set<String>>> reactions = new java.util.HashMap<>();
    private long seq;
    private long version;

    Timeline(Clock clock) {
        this.clock = clock;
        this.runPrefix = Long.toString(clock.millis(), 36);
    }

    /** A private conversation and who is in it. */
    record Conversation(String id, List<String> memberIds) {
    }

    /** What one persona sees, at one version of the timeline. */
    record Snapshot(long version, List<Item> items, List<Conversation> conversations) {
    }

    synchronized String newId(String kind) {
        return kind + "-" + runPrefix + "-" + (++seq);
    }

    synchronized Item.Post post(String channelId, Message message) {
        String threadId = newId("t");
        Item.Post post = new Item.Post(seq, channelId, threadId, message, clock.instant(), List.of());
        postsByThread.put(threadId, post.seq());
        add(post);
        return post;
    }

    /** @return false when the thread is unknown (never posted, or forgotten since) */
    synchronized boolean reply(String threadId, String authorId, String messageId, Message message) {
        Item item = Optional.ofNullable(postsByThread.get(threadId)).map(items::get).orElse(null);
        if (!(item instanceof Item.Post post)) {
            return false;
        }
        items.put(post.seq(), post.withReply(new Item.Reply(messageId, authorId, message, clock.instant()),
                MAX_REPLIES_PER_THREAD));
        version++;
        return true;
    }

    /**
     * Adds the persona's reaction to a post, or takes it away when they had it, as a click on an emoji does.
     *
     * @return whether it is now added, or empty when the post is unknown
     */
    synchronized Optional<Boolean> toggleReaction(String threadId, String memberId, String emoji) {
        if (findPost(threadId).isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<String> who = reactions.computeIfAbsent(threadId, t -> new java.util.TreeMap<>())
                .computeIfAbsent(emoji, e -> new java.util.TreeSet<>());
        boolean added = who.add(memberId) || !who.remove(memberId);
        version++;
        return Optional.of(added);
    }

    /** Emoji to the personas who reacted with it, for one post. */
    synchronized Map<String, List<String>> reactionsOn(String threadId) {
        Map<String, List<String>> copy = new java.util.TreeMap<>();
        reactions.getOrDefault(threadId, Map.of()).forEach((emoji, who) -> {
            if (!who.isEmpty()) {
                copy.put(emoji, List.copyOf(who));
            }
        });
        return copy;
    }

    synchronized Optional<Item.Post> findPost(String threadId) {
        Item item = Optional.ofNullable(postsByThread.get(threadId)).map(items::get).orElse(null);
        return item instanceof Item.Post post ? Optional.of(post) : Optional.empty();
    }

    synchronized void ephemeral(String channelId, String memberId, String command, Message message) {
        add(new Item.Ephemeral(++seq, channelId, memberId, command, message, clock.instant()));
    }

    synchronized Item.Image image(String channelId, String fileName, byte[] png, String altText) {
        return image(channelId, fileName, png, altText, null);
    }

    /** An image that came with a message: shown as one item, the message above its image. */
    synchronized Item.Image image(String channelId, String fileName, byte[] png, String altText, Message message) {
        Item.Image image = new Item.Image(++seq, channelId, newId("img"), fileName, png.clone(), altText, clock.instant(),
                message);
        add(image);
        List<Long> images = items.values().stream().filter(Item.Image.class::isInstance).map(Item::seq).toList();
        images.subList(0, Math.max(0, images.size() - MAX_IMAGES)).forEach(items::remove);
        return image;
    }

    synchronized Item.File file(String channelId, String fileName, byte[] content, String title) {
        Item.File file = new Item.File(++seq, channelId, newId("file"), fileName, content.clone(), title, clock.instant());
        add(file);
        List<Long> files = items.values().stream().filter(Item.File.class::isInstance).map(Item::seq).toList();
        files.subList(0, Math.max(0, files.size() - MAX_IMAGES)).forEach(items::remove);
        return file;
    }

    synchronized Optional<Item.File> findFile(String fileId) {
        return items.values().stream().filter(Item.File.class::isInstance).map(Item.File.class::cast)
                .filter(file -> file.fileId().equals(fileId)).findFirst();
    }

    synchronized Optional<Item.Image> findImage(String imageId) {
        return items.values().stream().filter(Item.Image.class::isInstance).map(Item.Image.class::cast)
                .filter(image -> image.imageId().equals(imageId)).findFirst();
    }

    /** The conversation among exactly these members, opened the first time (like a Slack group DM). */
    synchronized Conversation conversation(List<String> memberIds) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(memberIds));
        return conversations.values().stream().filter(c -> c.memberIds().equals(sorted)).findFirst()
                .orElseGet(() -> {
                    Conversation opened = new Conversation(newId("dm"), List.copyOf(sorted));
                    conversations.put(opened.id(), opened);
                    return opened;
                });
    }

    synchronized Optional<Conversation> findConversation(String channelId) {
        return Optional.ofNullable(conversations.get(channelId));
    }

    synchronized Snapshot snapshotFor(String communityChannelId, String memberId) {
        List<Conversation> theirs = conversations.values().stream()
                .filter(c -> c.memberIds().contains(memberId)).toList();
        List<Item> visible = items.values().stream().filter(item -> {
            if (item instanceof Item.Ephemeral ephemeral) {
                return ephemeral.memberId().equals(memberId);
            }
            return item.channelId().equals(communityChannelId)
                    || theirs.stream().anyMatch(c -> c.id().equals(item.channelId()));
        }).toList();
        return new Snapshot(version, visible, theirs);
    }

    synchronized long version() {
        return version;
    }

    /** Forgets everything, as a restart would. */
    synchronized void clear() {
        items.clear();
        postsByThread.clear();
        conversations.clear();
        reactions.clear();
        version++;
    }

    private void add(Item item) {
        items.put(item.seq(), item);
        Iterator<Item> oldest = items.values().iterator();
        while (items.size() > MAX_ITEMS) {
            Item evicted = oldest.next();
            oldest.remove();
            if (evicted instanceof Item.Post post) {
                postsByThread.remove(post.threadId());
                reactions.remove(post.threadId());
            }
        }
        version++;
    }
}
