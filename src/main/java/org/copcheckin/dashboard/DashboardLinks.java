package org.copcheckin.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.copcheckin.community.Community;
import org.copcheckin.privacy.Pseudonyms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Signs and checks dashboard links. A token is {@code v1.<community>.<expiry epoch seconds>.<HMAC>}, the HMAC
 * (SHA-256, with a key derived from the deployment's secret) over the first three parts, compared in constant
 * time. Only a holder of the key can make one; the token itself is never logged.
 */
@Component
@EnableConfigurationProperties(DashboardProperties.class)
public class DashboardLinks {

    static final String PATH = "/dashboard/";
    private static final String VERSION = "v1";
    private static final Pattern SHAPE = Pattern.compile("v1\\.\\d{1,18}\\.\\d{1,12}\\.[A-Za-z0-9_-]{43}");

    private final SecretKeySpec key;
    private final DashboardProperties properties;
    private final Clock clock;

    @Autowired
    DashboardLinks(Pseudonyms pseudonyms, DashboardProperties properties, Clock clock) {
        this(pseudonyms.derivedKey("dashboard-link"), properties, clock);
    }

    DashboardLinks(byte[] key, DashboardProperties properties, Clock clock) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.properties = properties;
        this.clock = clock;
    }

    /** A link to the community's dashboard, valid for a day from now. */
    public Link linkFor(Community community) {
        Instant expires = clock.instant().plus(properties.linkLifetime());
        String token = token(community.id(), expires);
        return new Link(properties.publicUrl() + PATH + community.id() + "?t=" + token, expires);
    }

    /** A signed link and when it stops working. Its string form leaves the token out. */
    public record Link(String url, Instant expiresAt) {
        @Override
        public String toString() {
            return "Link[expiresAt=" + expiresAt + "]";
        }
    }

    String token(long communityId, Instant expires) {
        String signed = VERSION + "." + communityId + "." + expires.getEpochSecond();
        return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(signed));
    }

    /** Checks a token presented at {@code /dashboard/<communityId>}. */
    LinkCheck check(long communityId, String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return new LinkCheck.Altered();
        }
        int lastDot = token.lastIndexOf('.');
        String signed = token.substring(0, lastDot);
        byte[] presented;
        try {
            presented = Base64.getUrlDecoder().decode(token.substring(lastDot + 1));
        } catch (IllegalArgumentException notBase64) {
            return new LinkCheck.Altered();
        }
        if (!MessageDigest.isEqual(mac(signed), presented)) {
            return new LinkCheck.Altered();
        }
        String[] parts = signed.split("\\.");
        long signedFor = Long.parseLong(parts[1]);
        if (signedFor != communityId) {
            return new LinkCheck.OtherCommunity();
        }
        Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
        if (!clock.instant().isBefore(expires)) {
            return new LinkCheck.Expired(expires);
        }
        return new LinkCheck.Valid(communityId, expires);
    }

    private byte[] mac(String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
