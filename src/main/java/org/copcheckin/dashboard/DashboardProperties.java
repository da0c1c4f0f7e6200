package org.copcheckin.dashboard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl {@code COP_PUBLIC_URL}: where people reach the app, the base of dashboard links (default
 *                  {@code http://localhost:<SERVER_PORT>})
 * @param linkLifetime how long a dashboard link stays valid (a day)
 */
@ConfigurationProperties(prefix = "cop.dashboard")
record DashboardProperties(String publicUrl, Duration linkLifetime) {

    DashboardProperties {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
        while (publicUrl.endsWith("/")) {
            publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
        }
        linkLifetime = linkLifetime == null ? Duration.ofDays(1) : linkLifetime;
    }
}
