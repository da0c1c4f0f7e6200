package org.copcheckin.support;

import java.time.Clock;

import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.RecordingChatPlatform;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Core Spring tests: a recording platform standing in for Slack, a clock tests can move, and a recorder of button
 * presses ({@link ButtonPresses}, declared here rather than in a test's own configuration, which would start a
 * Spring context of its own).
 */
@TestConfiguration(proxyBeanMethods = false)
public class CoreTestConfiguration {

    @Bean
    RecordingChatPlatform recordingChatPlatform() {
        return new RecordingChatPlatform(PlatformKind.SLACK);
    }

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Clock.systemUTC().instant());
    }

    @Bean
    ButtonPresses buttonPresses() {
        return new ButtonPresses();
    }
}
