package org.copcheckin.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A {@link ChatPlatform} for core tests: records every call, answers with made-up ids, lists the members it is
 * given, and can be told to fail.
 */
public class RecordingChatPlatform implements ChatPlatform {

    /** One recorded outbound call. */
    public record Sent(String kind, String target, Message message) {
    }

    private final PlatformKind kind;
    private final AtomicLong ids = new AtomicLong(1000);
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Map<ChannelRef, List<ChannelMember>> members = new ConcurrentHashMap<>();
    private volatile RuntimeException failure;
    private volatile java.util.concurrent.CountDownLatch privateAnswersHeld;
    private final List<PrivateFailure> privateFailures = new CopyOnWriteArrayList<>();

    /** Private conversations with matching members fail with {@code exception}, {@code times} more times. */
    private record PrivateFailure(Predicate<List<MemberRef>> with, RuntimeException exception, AtomicInteger times) {
    }

    public RecordingChatPlatform(PlatformKind kind) {
        this.kind = kind;
    }

    @Override
    public PlatformKind kind() {
        return kind;
    }

    @Override
    public ThreadRef postToChannel(ChannelRef channel, Message message) {
        failIfTold();
        String id = "msg-" + ids.incrementAndGet();
        sent.add(new Sent("post", channel.channelId() + "/" + id, message));
        return new ThreadRef(channel, id);
    }

    @Override
    public void replyInThread(ThreadRef thread, Message message) {
        failIfTold();
        sent.add(new Sent("thread", thread.channel().channelId() + "/" + thread.threadId(), message));
    }

    @Override
    public ChannelRef openPrivateConversation(ChannelRef origin, List<MemberRef> with, Message message) {
        failIfTold();
        failIfToldFor(with);
        String id = "private-" + ids.incrementAndGet();
        sent.add(new Sent("private", String.join(",", with.stream().map(MemberRef::userId).toList()), message));
        return new ChannelRef(kind, origin.workspaceId(), id);
    }

    /** Recorded as one call: the message ({@code private-with-image}) and its image's alt text ({@code attached}). */
    @Override
    public ChannelRef openPrivateConversation(ChannelRef origin, List<MemberRef> with, Message message, Attachment image) {
        failIfTold();
        String id = "private-" + ids.incrementAndGet();
        String members = String.join(",", with.stream().map(MemberRef::userId).toList());
        sent.add(new Sent("private-with-image", members, message));
        sent.add(new Sent("attached", members + "/" + image.fileName(), Message.text(image.altText())));
        return new ChannelRef(kind, origin.workspaceId(), id);
    }

    @Override
    public void answerPrivately(ChannelRef channel, MemberRef member, Message message) {
        failIfTold();
        awaitIfHeld();
        sent.add(new Sent("ephemeral", member.userId(), message));
    }

    @Override
    public void answerPrivatelyInThread(ThreadRef thread, MemberRef member, Message message) {
        failIfTold();
        sent.add(new Sent("ephemeral-in-thread", thread.threadId() + "/" + member.userId(), message));
    }

    @Override
    public String linkTo(ThreadRef thread, String messageId) {
        return "https://chat.example/" + thread.threadId() + "/" + messageId;
    }

    @Override
    public void uploadImage(ChannelRef channel, String fileName, byte[] png, String altText) {
        failIfTold();
        sent.add(new Sent("image", channel.channelId() + "/" + fileName, Message.text(altText)));
    }

    /** Records a file as its name and its content as text (an export's CSV). */
    @Override
    public void uploadFile(ChannelRef channel, String fileName, byte[] content, String title) {
        failIfTold();
        sent.add(new Sent("file", channel.channelId() + "/" + fileName,
                Message.of(title, new String(content, java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Override
    public List<ChannelMember> listHumanMembers(ChannelRef channel) {
        failIfTold();
        return members.getOrDefault(channel, List.of());
    }

    public void setMembers(ChannelRef channel, List<ChannelMember> channelMembers) {
        members.put(channel, new ArrayList<>(channelMembers));
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    public List<Sent> sent(String kindOfCall) {
        return sent.stream().filter(s -> s.kind().equals(kindOfCall)).toList();
    }

    public void failWith(RuntimeException exception) {
        this.failure = exception;
    }

    /**
     * Opening a private conversation (the call without an image) fails with {@code exception} whenever the members
     * match {@code with}, until {@link #reset}: a group the platform cannot reach.
     */
    public void failPrivateConversations(Predicate<List<MemberRef>> with, RuntimeException exception) {
        failPrivateConversations(with, exception, Integer.MAX_VALUE);
    }

    /** As {@link #failPrivateConversations(Predicate, RuntimeException)}, for the next {@code times} matching calls only. */
    public void failPrivateConversations(Predicate<List<MemberRef>> with, RuntimeException exception, int times) {
        privateFailures.add(new PrivateFailure(with, exception, new AtomicInteger(times)));
    }

    /**
     * Private answers ({@link #answerPrivately}) wait, as a slow platform makes them wait, until {@code release} opens
     * (at most 20 s); {@code null} lets them through again.
     */
    public void holdPrivateAnswers(java.util.concurrent.CountDownLatch release) {
        this.privateAnswersHeld = release;
    }

    private void awaitIfHeld() {
        java.util.concurrent.CountDownLatch held = privateAnswersHeld;
        if (held == null) {
            return;
        }
        try {
            if (!held.await(20, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("A held private answer was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void reset() {
        privateAnswersHeld = null;
        sent.clear();
        members.clear();
        failure = null;
        privateFailures.clear();
    }

    private void failIfToldFor(List<MemberRef> with) {
        for (PrivateFailure rule : privateFailures) {
            if (with != null && rule.with().test(with) && rule.times().getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                throw rule.exception();
            }
        }
    }

    private void failIfTold() {
        if (failure != null) {
            throw failure;
        }
    }
}
