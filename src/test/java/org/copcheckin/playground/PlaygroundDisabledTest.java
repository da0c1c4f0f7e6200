package org.copcheckin.playground;

import static org.assertj.core.api.Assertions.assertThat;

import org.copcheckin.platform.ChatPlatform;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.support.CoreTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** {@code cop.playground.enabled=false} turns the playground off even with no platform token set. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cop.playground.enabled=false")
@ActiveProfiles("test")
@Import(CoreTestConfiguration.class)
class PlaygroundDisabledTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ChatPlatforms platforms;

    @Test
    void disabledPlaygroundHasNoBeansAndNoPage() {
        assertThat(platforms.isEnabled(PlatformKind.PLAYGROUND)).isFalse();
        assertThat(context.getBeansOfType(ChatPlatform.class).values()).extracting(ChatPlatform::kind)
                .doesNotContain(PlatformKind.PLAYGROUND);
        assertThat(context.getBeanNamesForType(Timeline.class)).isEmpty();
        assertThat(context.getBeanNamesForType(PlaygroundController.class)).isEmpty();

        PlaygroundClient client = new PlaygroundClient(port);
        assertThat(client.get("/playground").statusCode()).isEqualTo(404);
        assertThat(client.get("/playground/api/state?as=fran").statusCode()).isEqualTo(404);
    }
}
