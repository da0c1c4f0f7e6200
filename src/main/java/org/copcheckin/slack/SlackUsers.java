package org.copcheckin.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.slack.api.bolt.App;
import com.slack.api.methods.response.users.UsersListResponse;
import com.slack.api.model.User;
import com.slack.api.model.event.TeamJoinEvent;
import com.slack.api.model.event.UserChangeEvent;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.platform.PlatformException;
import org.copcheckin.platform.PlatformKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * A workspace's people, read from paged {@code users.list} once per workspace (at start-up for the workspaces
 * that have a community, otherwise on first need) and kept current by {@code user_change} and {@code team_join}.
 * {@code users.info} is asked only about someone the list did not hold. Each person's display name, real name and
 * username are what the anonymiser removes from replies, so a reply that names a colleague loses the name even
 * right after a restart. Names stay in this memory only: they are shown in greetings and removed from replies,
 * never stored or logged.
 */
@SlackComponent
class SlackUsers implements SlackListeners, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SlackUsers.class);
    /** How long someone asked about with users.info stays without asking again. */
    private static final Duration KEEP_LOOKED_UP = Duration.ofMinutes(15);
    /** The whole list is read again after this, in the background; events keep it current in between. */
    private static final Duration REFRESH = Duration.ofHours(12);
    /** How long the first reply after a restart may wait for its workspace's list (Slack wants an ack in 3 s). */
    private static final Duration FIRST_LIST_WAIT = Duration.ofMillis(1_500);
    /** How long a member listing (pairing, a digest) waits for the list before looking people up one by one. */
    private static final Duration LIST_WAIT = Duration.ofMinutes(2);
    /** users.list is a Tier 2 method: pages of 200, as Slack recommends. */
    private static final int PAGE = 200;

    /** What the adapter needs to know about a Slack user. */
    record SlackUser(String userId, String displayName, String realName, String username, boolean botOrDeleted,
                     boolean admin) {
        @Override
        public String toString() {
            return "SlackUser[" + userId + "]";
        }

        /** The names a reply could call this person by. */
        Set<String> names() {
            Set<String> names = new LinkedHashSet<>(3);
            for (String name : new String[] {displayName, realName, username}) {
                if (name != null && !name.isBlank()) {
                    names.add(name);
                }
            }
            return names;
        }
    }

    private record Known(SlackUser user, Instant until) {
    }

    /** One workspace's people, and the names of all of them in one set that is rebuilt only when someone changes. */
    private final class Workspace {
        final Map<String, Known> people = new ConcurrentHashMap<>();
        volatile Set<String> names = Set.of();
        volatile CompletableFuture<Void> listing;
        volatile Instant listedAt;

        void put(SlackUser user, Instant until) {
            Known before = people.put(user.userId(), new Known(user, until));
            if (before == null || !before.user().equals(user)) {
                rebuildNames();
            }
        }

        void rebuildNames() {
            Set<String> all = new LinkedHashSet<>();
            for (Known known : people.values()) {
                if (!known.user().botOrDeleted()) {
                    all.addAll(known.user().names());
                }
            }
            names = Set.copyOf(all);
        }
    }

    private final SlackApi api;
    private final Clock clock;
    private final Communities communities;
    private final Map<String, Workspace> byTeam = new ConcurrentHashMap<>();
    private final ExecutorService listings = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "slack-users-list");
        thread.setDaemon(true);
        return thread;
    });

    SlackUsers(SlackApi api, Clock clock, Communities communities) {
        this.api = api;
        this.clock = clock;
        this.communities = communities;
    }

    @Override
    public void registerOn(App app) {
        app.event(UserChangeEvent.class, (payload, context) -> {
            learn(payload.getTeamId(), payload.getEvent().getUser());
            return context.ack();
        });
        app.event(TeamJoinEvent.class, (payload, context) -> {
            learn(payload.getTeamId(), payload.getEvent().getUser());
            return context.ack();
        });
    }

    /** Reads the list of every workspace that has a community, so replies after a restart find the names. */
    @EventListener(ApplicationReadyEvent.class)
    void listKnownWorkspaces() {
        communities.all().stream().map(Community::channel)
                .filter(channel -> channel.platform() == PlatformKind.SLACK)
                .map(channel -> channel.workspaceId()).distinct()
                .forEach(this::list);
    }

    SlackUser find(String teamId, String userId) {
        Workspace team = workspace(teamId);
        Known known = team.people.get(userId);
        Instant now = clock.instant();
        if (known != null && known.until().isAfter(now)) {
            return known.user();
        }
        User user = api.call(teamId, "users.info", client -> client.usersInfo(r -> r.user(userId))).getUser();
        SlackUser found = slackUser(user);
        team.put(found, now.plus(KEEP_LOOKED_UP));
        return found;
    }

    /** Admins and owners of the workspace count as facilitators; when Slack cannot tell, they do not. */
    boolean isAdmin(String teamId, String userId) {
        try {
            return find(teamId, userId).admin();
        } catch (PlatformException e) {
            log.warn("Could not look up a Slack user's role: {}", e.getMessage());
            return false;
        }
    }

    /**
     * The display names, real names and usernames of the workspace's people. The first call for a workspace
     * whose list has not been read waits a moment for it; a workspace so large that its list takes longer gives
     * the names read so far.
     */
    Set<String> knownNames(String teamId) {
        Workspace team = workspace(teamId);
        if (team.listedAt == null) {
            try {
                list(teamId).get(FIRST_LIST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                log.info("The Slack workspace's people are still being listed; replies use the names read so far");
            } catch (ExecutionException e) {
                log.debug("Listing a Slack workspace's people failed before a reply", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (team.listedAt.plus(REFRESH).isBefore(clock.instant())) {
            list(teamId);
        }
        return team.names;
    }

    /** Waits, off the ack path, for the workspace's list, so that listing a channel asks only about newcomers. */
    void awaitList(String teamId) {
        if (workspace(teamId).listedAt != null) {
            return;
        }
        try {
            list(teamId).get(LIST_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            log.info("Listing a Slack workspace's people is taking long; people are looked up one by one");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Optional<SlackUser> cached(String teamId, String userId) {
        return Optional.ofNullable(workspace(teamId).people.get(userId)).map(Known::user);
    }

    /** Reads the workspace's list in the background, once at a time; the future ends when it is read. */
    CompletableFuture<Void> list(String teamId) {
        Workspace team = workspace(teamId);
        synchronized (team) {
            CompletableFuture<Void> running = team.listing;
            if (running != null && !running.isDone()) {
                return running;
            }
            CompletableFuture<Void> started = CompletableFuture.runAsync(() -> readList(teamId, team), listings);
            team.listing = started;
            return started;
        }
    }

    private void readList(String teamId, Workspace team) {
        Instant started = clock.instant();
        String cursor = null;
        int pages = 0;
        try {
            do {
                String page = cursor;
                UsersListResponse response = api.call(teamId, "users.list",
                        client -> client.usersList(r -> r.limit(PAGE).cursor(page)));
                Instant until = clock.instant().plus(REFRESH);
                if (response.getMembers() != null) {
                    for (User user : response.getMembers()) {
                        team.people.put(user.getId(), new Known(slackUser(user), until));
                    }
                }
                team.rebuildNames();
                pages++;
                cursor = response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor();
            } while (cursor != null && !cursor.isBlank());
            team.listedAt = started;
            log.info("Listed a Slack workspace's people: {} pages, {} people", pages, team.people.size());
        } catch (PlatformException e) {
            // people are then looked up one by one with users.info, as they are met
            team.listedAt = started;
            log.warn("Could not list a Slack workspace's people: {}", e.getMessage());
        }
    }

    private void learn(String teamId, User user) {
        if (teamId != null && user != null && user.getId() != null) {
            workspace(teamId).put(slackUser(user), clock.instant().plus(REFRESH));
        }
    }

    private Workspace workspace(String teamId) {
        return byTeam.computeIfAbsent(teamId, t -> new Workspace());
    }

    private static SlackUser slackUser(User user) {
        String display = user.getProfile() == null ? null : user.getProfile().getDisplayName();
        String real = notBlank(user.getRealName()) ? user.getRealName()
                : user.getProfile() == null ? null : user.getProfile().getRealName();
        String shown = notBlank(display) ? display : notBlank(real) ? real : user.getName();
        return new SlackUser(user.getId(), shown, real, user.getName(),
                user.isBot() || user.isDeleted() || "USLACKBOT".equals(user.getId()), user.isAdmin() || user.isOwner());
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public void destroy() {
        listings.shutdownNow();
    }
}
