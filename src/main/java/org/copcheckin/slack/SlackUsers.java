package org.copcheckin.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.slack.api.model.User;
import org.copcheckin.platform.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code users.info}, cached for a while per workspace and user. Names stay in this memory only: they are
 * shown in greetings and removed from replies, never stored or logged.
 */
@SlackComponent
class SlackUsers {

    private static final Logger log = LoggerFactory.getLogger(SlackUsers.class);
    private static final Duration KEEP = Duration.ofMinutes(15);
    private static final int MOST_CACHED = 50_000;

    /** What the adapter needs to know about a Slack user. */
    record SlackUser(String userId, String displayName, boolean botOrDeleted, boolean admin) {
        @Override
        public String toString() {
            return "SlackUser[" + userId + "]";
        }
    }

    private record Cached(SlackUser user, Instant until) {
    }

    private final SlackApi api;
    private final Clock clock;
    private final Map<String, Map<String, Cached>> byTeam = new ConcurrentHashMap<>();

    SlackUsers(SlackApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    SlackUser find(String teamId, String userId) {
        Map<String, Cached> team = byTeam.computeIfAbsent(teamId, t -> new ConcurrentHashMap<>());
        Cached cached = team.get(userId);
        Instant now = clock.instant();
        if (cached != null && cached.until().isAfter(now)) {
            return cached.user();
        }
        User user = api.call(teamId, "users.info", client -> client.usersInfo(r -> r.user(userId))).getUser();
        SlackUser found = new SlackUser(userId, displayName(user), user.isBot() || user.isDeleted()
                || "USLACKBOT".equals(userId), user.isAdmin() || user.isOwner());
        if (team.size() >= MOST_CACHED) {
            team.clear();
        }
        team.put(userId, new Cached(found, now.plus(KEEP)));
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

    /** Names already in memory for this workspace, without asking Slack (used on the ack path). */
    Set<String> knownNames(String teamId) {
        Map<String, Cached> team = byTeam.getOrDefault(teamId, Map.of());
        return team.values().stream().map(c -> c.user().displayName()).filter(n -> n != null && !n.isBlank())
                .collect(Collectors.toUnmodifiableSet());
    }

    Optional<SlackUser> cached(String teamId, String userId) {
        return Optional.ofNullable(byTeam.getOrDefault(teamId, Map.of()).get(userId)).map(Cached::user);
    }

    private static String displayName(User user) {
        if (user.getProfile() != null && notBlank(user.getProfile().getDisplayName())) {
            return user.getProfile().getDisplayName();
        }
        if (notBlank(user.getRealName())) {
            return user.getRealName();
        }
        return user.getName();
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
