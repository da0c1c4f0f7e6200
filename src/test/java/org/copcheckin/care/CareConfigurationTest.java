package org.copcheckin.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** COP_CARE_SIGNALS replaces the bundled list; a list that cannot be read or is wrong stops start-up. */
class CareConfigurationTest {

    @EnableConfigurationProperties(CareProperties.class)
    static class WithProperties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(WithProperties.class, CareConfiguration.class);

    private static ApplicationContextRunner withEnvironment(ApplicationContextRunner runner, String value) {
        return runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("COP_CARE_SIGNALS", value))));
    }

    @Test
    void withoutTheVariableTheBundledListIsUsed() {
        runner.run(context -> assertThat(context.getBean(CrisisSignals.class)).isSameAs(CrisisSignals.bundled()));
    }

    @Test
    void theVariableReplacesTheListWithTheDeploymentsOwn(@TempDir Path dir) throws IOException {
        Path own = Files.writeString(dir.resolve("signals.yml"), SignalListReaderTest.OWN_LIST, StandardCharsets.UTF_8);
        withEnvironment(runner, "file:" + own).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(CrisisSignals.class).kinds()).extracting(SignalKind::id)
                    .containsExactly("medical-emergency");
        });
    }

    @Test
    void aMissingListStopsStartUpNamingTheVariable(@TempDir Path dir) {
        withEnvironment(runner, "file:" + dir.resolve("absent.yml")).run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("absent.yml"));
        withEnvironment(runner, "file:" + dir.resolve("absent.yml")).run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("(COP_CARE_SIGNALS)"));
    }

    @Test
    void aBrokenListStopsStartUpNamingItsEntry(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yml"), "kinds:\n  - {id: x, label: X, phrases: [a]}\n");
        withEnvironment(runner, "file:" + broken).run(context -> assertThat(context).getFailure()
                .hasStackTraceContaining("kind 'x' needs at least one source"));
    }
}
