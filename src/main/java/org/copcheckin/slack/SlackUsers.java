package org.copcheckin.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.slack.api.methods.response.users.UsersListResponse;
import com.slack.api.model.User;
import org.copcheckin.platform.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * A workspace's members, from paged {@code users.list} (Tier 2: pages of 200), loaded once per workspace on
 * first need and kept up to date by {@code user_change} and {@code team_join}; {@code users.info} only for an
 * id the list did not have. Each member's display name, real name and username are removed from replies. Names
 * stay in this memory only: they are shown in greetings and removed from replies, never stored or logged.
 */
@SlackComponent
class SlackUsers {

    private static final Logger log = LoggerFactory.getLogger(SlackUsers.class);
    /** How old a member's role may be when it decides who is a facilitator. */
    private static final Duration ROLE_FRESH = Duration.ofMinutes(15);
    /** The list is loaded again after this long, in case an event was missed. */
    private static final Duration RELOAD = Duration.ofHours(12);
    /** A list that could not be loaded is tried again after this long, not on every lookup. */
    private static final Duration RETRY = Duration.ofMinutes(1);
    /** How long a lookup off the ack path waits for the list before it asks {@code users.info}. */
    private static final Duration LOOKUP_WAIT = Duration.ofSeconds(30);
    /** How long a reply waits for a workspace's first list before it goes on with the names it has. */
    private static final Duration ACK_WAIT = Duration.ofSeconds(2);
    private static final int PAGE = 200;
    private static final int MOST_CACHED = 50_000;

    /**
     * What the adapter needs to know about a Slack user.
     *
     * @param admin        a workspace admin or owner of the user's own team, which may be another organisation's
     * @param teamId       the user's own team ({@code users.info}'s {@code team_id})
     * @param enterpriseId the user's Enterprise Grid organisation, or null
     * @param tz           the user's IANA time zone as Slack has it ({@code tz}), or null
     */
    record SlackUser(String userId, String displayName, String realName, String userName, boolean botOrDeleted,
                     boolean admin, String teamId, String enterpriseId, String tz) {
        @Override
        public String toString() {
            return "SlackUser[" + userId + "]";
        }
    }

    private record Cached(SlackUser user, Instant at) {
    }

    private static final class Directory {
        final Map<String, Cached> members = new ConcurrentHashMap<>();
        volatile CompletableFuture<Void> loaded;
        volatile Instant loadedAt = Instant.MIN;
        /** Everyone's names in one set, kept until someone's names change: each reply gets the same set. */
        volatile Set<String> names;
        /** Until when replies wait for the first list: {@link #ACK_WAIT} after the first reply asked for it. */
        volatile Instant ackWaitEnds;

        synchronized Instant ackWaitEnds(Instant now) {
            if (ackWaitEnds == null) {
                ackWaitEnds = now.plus(ACK_WAIT);
            }
            return ackWaitEnds;
        }

        void put(String userId, Cached cached) {
            Cached before = members.put(userId, cached);
            if (before == null || !before.user().equals(cached.user())) {
                names = null;
            }
        }
    }

    private final SlackApi api;
    private final SlackWork work;
    private final SlackProperties properties;
    private final SlackInstallations installations;
    private final Clock clock;
    private final HomeWorkspaces homes;
    private final Map<String, Directory> byTeam = new ConcurrentHashMap<>();

    SlackUsers(SlackApi api, SlackWork work, SlackProperties properties, SlackInstallations installations,
               Clock clock, HomeWorkspaces homes) {
        this.homes = homes;
        this.api = api;
        this.work = work;
        this.properties = properties;
        this.installations = installations;
        this.clock = clock;
    }

    /** At start-up, every installed workspace's list starts loading, so the first replies have the names. */
    @EventListener(ApplicationReadyEvent.class)
    void warmInstalledWorkspaces() {
        work.submit("users.list at start-up", () -> {
            List<String> teams = properties.oauth() ? installations.installedTeams()
                    : List.of(api.call(null, "auth.test", client -> client.authTest(r -> r)).getTeamId());
            teams.forEach(this::warm);
        });
    }

    /** Starts loading the workspace's members in the background, unless they are loaded or loading. */
    CompletableFuture<Void> warm(String teamId) {
        Directory directory = directory(teamId);
        synchronized (directory) {
            CompletableFuture<Void> loaded = directory.loaded;
            Instant now = clock.instant();
            boolean stale = loaded != null && loaded.isDone() && directory.loadedAt.plus(
                    loaded.isCompletedExceptionally() ? RETRY : RELOAD).isBefore(now);
            if (loaded == null || stale) {
                CompletableFuture<Void> loading = new CompletableFuture<>();
                directory.loaded = loading;
                work.submit("users.list", () -> load(teamId, directory, loading));
                return loading;
            }
            return loaded;
        }
    }

    private void load(String teamId, Directory directory, CompletableFuture<Void> loading) {
        try {
            String cursor = null;
            int count = 0;
            do {
                String page = cursor;
                UsersListResponse response = api.call(teamId, "users.list",
                        client -> client.usersList(r -> r.limit(PAGE).cursor(page)));
                Instant now = clock.instant();
                for (User user : response.getMembers()) {
                    if (directory.members.size() < MOST_CACHED || directory.members.containsKey(user.getId())) {
                        directory.put(user.getId(), new Cached(of(user), now));
                    }
                }
                count += response.getMembers().size();
                cursor = response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor();
            } while (cursor != null && !cursor.isBlank());
            directory.loadedAt = clock.instant();
            log.debug("Loaded {} members of a Slack workspace", count);
            loading.complete(null);
        } catch (RuntimeException e) {
            directory.loadedAt = clock.instant();
            log.warn("Could not load a Slack workspace's members: {}", e.getMessage());
            loading.completeExceptionally(e);
        }
    }

    /** A member, from the workspace's list; {@code users.info} when the list does not have the id. */
    SlackUser find(String teamId, String userId) {
        awaitList(teamId, LOOKUP_WAIT);
        Cached cached = directory(teamId).members.get(userId);
        return cached != null ? cached.user() : lookUp(teamId, userId);
    }

    /**
     * Admins and owners count as facilitators only of their own organisation: the installation's team, or its
     * Enterprise Grid organisation. An admin of another organisation in a Slack Connect channel does not count;
     * when Slack cannot tell, nobody does.
     */
    boolean isAdmin(String teamId, String userId) {
        try {
            Cached cached = directory(teamId).members.get(userId);
            if (cached != null && cached.at().plus(ROLE_FRESH).isAfter(clock.instant())) {
                return adminHere(teamId, cached.user());
            }
            return adminHere(teamId, lookUp(teamId, userId));
        } catch (PlatformException e) {
            log.warn("Could not look up a Slack user's role: {}", e.getMessage());
            return false;
        }
    }

    /** Whether the user is an admin or owner of the organisation that installed the app for {@code teamId}. */
    boolean adminHere(String teamId, SlackUser user) {
        return user.admin() && homes.of(teamId).owns(user.teamId(), user.enterpriseId());
    }

    /**
     * Every name of the workspace's members (display names, real names, usernames). On the ack path: the replies of
     * the first {@link #ACK_WAIT} after a start wait for the list at most that long, then every reply goes on at once
     * with the names loaded so far.
     */
    Set<String> knownNames(String teamId) {
        Directory directory = directory(teamId);
        // one short wait after a start, shared by the replies that arrive in it; after it, a reply waits for no
        // list (a large workspace's list takes minutes of paging: replies would each wait the whole time)
        Duration left = Duration.between(clock.instant(), directory.ackWaitEnds(clock.instant()));
        if (!left.isNegative() && !left.isZero()) {
            awaitList(teamId, left);
        } else {
            warm(teamId);
        }
        Set<String> known = directory.names;
        if (known != null) {
            return known;
        }
        Set<String> names = new LinkedHashSet<>();
        for (Cached cached : directory.members.values()) {
            SlackUser user = cached.user();
            if (user.botOrDeleted()) {
                continue;
            }
            for (String name : new String[] {user.displayName(), user.realName(), user.userName()}) {
                if (name != null && !name.isBlank()) {
                    names.add(name);
                }
            }
        }
        known = Set.copyOf(names);
        directory.names = known;
        return known;
    }

    /** The member's time zone from the list already loaded (never a call to Slack just for this). */
    java.util.Optional<java.time.ZoneId> zoneOf(String teamId, String userId) {
        Cached cached = teamId == null ? null : directory(teamId).members.get(userId);
        if (cached == null || cached.user().tz() == null || cached.user().tz().isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(java.time.ZoneId.of(cached.user().tz()));
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** {@code user_change} and {@code team_join}: the member's names and role as Slack now has them. */
    void update(String teamId, User user) {
        if (teamId != null && user != null && user.getId() != null) {
            directory(teamId).put(user.getId(), new Cached(of(user), clock.instant()));
        }
    }

    /** Whether the workspace's member list, as loaded so far, marks this user as a bot; it asks Slack nothing. */
    boolean isKnownBot(String teamId, String userId) {
        Cached cached = teamId == null ? null : directory(teamId).members.get(userId);
        return cached != null && cached.user().botOrDeleted();
    }

    /** An uninstalled workspace's names leave memory with it. */
    void forget(String teamId) {
        byTeam.remove(teamId);
    }

    private void awaitList(String teamId, Duration atMost) {
        try {
            warm(teamId).get(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            log.debug("A Slack workspace's member list is not loaded yet");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SlackUser lookUp(String teamId, String userId) {
        User user = api.call(teamId, "users.info", client -> client.usersInfo(r -> r.user(userId))).getUser();
        SlackUser found = of(user);
        Directory directory = directory(teamId);
        if (directory.members.size() < MOST_CACHED || directory.members.containsKey(userId)) {
            directory.put(userId, new Cached(found, clock.instant()));
        }
        return found;
    }

    private Directory directory(String teamId) {
        return byTeam.computeIfAbsent(teamId, t -> new Directory());
    }

    private static SlackUser of(User user) {
        String display = user.getProfile() == null ? null : user.getProfile().getDisplayName();
        String real = notBlank(user.getRealName()) ? user.getRealName()
                : user.getProfile() == null ? null : user.getProfile().getRealName();
        String shown = notBlank(display) ? display : notBlank(real) ? real : user.getName();
        String enterprise = user.getEnterpriseUser() != null ? user.getEnterpriseUser().getEnterpriseId()
                : user.getEnterpriseId();
        return new SlackUser(user.getId(), shown, real, user.getName(),
                user.isBot() || user.isDeleted() || "USLACKBOT".equals(user.getId()),
                user.isAdmin() || user.isOwner(), user.getTeamId(), enterprise, user.getTz());
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
