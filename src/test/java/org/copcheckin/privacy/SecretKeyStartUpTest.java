package org.copcheckin.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.copcheckin.CopCheckinApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The whole application refuses to start with the Kubernetes template's key, and says what to do instead. */
@ExtendWith(OutputCaptureExtension.class)
class SecretKeyStartUpTest {

    @Test
    void theApplicationDoesNotStartWithThePlaceholderKeyAndSaysHowToMakeOne(CapturedOutput output) {
        SpringApplication application = new SpringApplication(CopCheckinApplication.class);
        application.setAdditionalProfiles("test");

        assertThatThrownBy(() -> application.run("--cop.secret-key=change-me-to-at-least-32-random-characters",
                "--spring.main.web-application-type=none")).hasRootCauseInstanceOf(SecretKeyRefused.class);
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "COP_SECRET_KEY is refused",
                "placeholder", "openssl rand -base64 32");
    }
}
