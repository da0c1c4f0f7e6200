package org.copcheckin.support;

import java.time.Clock;

import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.RecordingChatPlatform;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Core Spring tests: a recording platform standing in for Slack, and a clock tests can move. */
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
}
