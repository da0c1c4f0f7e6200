package org.copcheckin.care;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.Facilitators;
import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChatPlatform;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.MemberRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Acts on a reviewed reply once it is committed, on a thread of its own so the platform's acknowledgement never
 * waits: the author's private nudge (at most one per check-in, unless the member or the community turned nudges
 * off) and, where the community turned safeguarding on, a private alert to each facilitator with a link to the
 * reply, the kinds of signal and the protocol (facilitators configured or added, and the channel's platform
 * admins). Logs carry the community's and check-in's ids only.
 */
@Component
class CareDelivery implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CareDelivery.class);

    private final CareSettings settings;
    private final CareRecords records;
    private final Communities communities;
    private final Facilitators facilitators;
    private final ChatPlatforms platforms;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(10_000), task -> {
                Thread thread = new Thread(task, "care-delivery");
                thread.setDaemon(true);
                return thread;
            });

    private final org.copcheckin.community.CommunityLanguages languages;

    CareDelivery(CareSettings settings, CareRecords records, Communities communities, Facilitators facilitators,
                 ChatPlatforms platforms, org.copcheckin.community.CommunityLanguages languages) {
        this.languages = languages;
        this.settings = settings;
        this.records = records;
        this.communities = communities;
        this.facilitators = facilitators;
        this.platforms = platforms;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void replyCommitted(ReplyReviewed reply) {
        try {
            executor.execute(() -> deliver(reply));
        } catch (RejectedExecutionException e) {
            log.warn("Care messages for a reply to check-in {} were dropped: too many waiting", reply.checkInId());
        }
    }

    void deliver(ReplyReviewed reply) {
        communities.find(reply.communityId()).ifPresent(community -> {
            ChatPlatform platform = platforms.of(community.channel());
            if (!reply.removed().isEmpty() && !reply.privately()) { // nobody but its author reads a private reply
                nudge(platform, reply);
            }
            if (!reply.signals().isEmpty()) {
                alert(platform, community, reply);
            }
        });
    }

    private void nudge(ChatPlatform platform, ReplyReviewed reply) {
        if (!settings.nudgesOn(reply.communityId()) || !settings.memberWantsNudges(reply.author())
                || !records.firstNudge(reply.checkInId(), reply.author())) {
            return;
        }
        try {
            platform.answerPrivatelyInThread(reply.thread(), reply.author(), CareMessages.nudge(reply.removed(),
                    languages.of(reply.communityId())));
            log.info("Sent a privacy nudge for a reply to check-in {}", reply.checkInId());
        } catch (RuntimeException e) {
            log.warn("A privacy nudge for check-in {} could not be sent: {}", reply.checkInId(), e.getClass().getSimpleName());
        }
    }

    private void alert(ChatPlatform platform, Community community, ReplyReviewed reply) {
        var protocol = settings.safeguardingProtocol(community.id());
        if (protocol.isEmpty()) {
            return;
        }
        String link;
        try {
            link = platform.linkTo(reply.thread(), reply.messageId());
        } catch (RuntimeException e) {
            link = languages.of(community.id()).text("care.alert.no.link");
        }
        int sent = 0;
        for (String userId : recipients(platform, community)) {
            MemberRef facilitator = reply.author().withUserId(userId);
            try {
                platform.openPrivateConversation(community.channel(), List.of(facilitator),
                        CareMessages.alert(reply.signals(), link, protocol.get(), languages.of(community.id())));
                sent++;
            } catch (RuntimeException e) {
                log.warn("A safeguarding alert in community {} could not reach a facilitator: {}", community.id(),
                        e.getClass().getSimpleName());
            }
        }
        if (sent > 0) {
            records.alertSent(community.id());
        }
        log.info("Sent a safeguarding alert in community {} to {} facilitators", community.id(), sent);
    }

    /** The community's facilitators: those configured or added, and the channel's platform admins. */
    private Set<String> recipients(ChatPlatform platform, Community community) {
        Set<String> ids = new LinkedHashSet<>(facilitators.everyone(community));
        try {
            platform.listHumanMembers(community.channel()).stream().filter(ChannelMember::platformAdmin)
                    .forEach(member -> ids.add(member.ref().userId()));
        } catch (RuntimeException e) {
            log.warn("The admins of community {} could not be listed for an alert: {}", community.id(),
                    e.getClass().getSimpleName());
        }
        return ids;
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
