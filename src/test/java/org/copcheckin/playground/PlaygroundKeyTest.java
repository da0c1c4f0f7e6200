package org.copcheckin.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlaygroundKeyTest {

    @Test
    void aGeneratedKeyIsLongRandomAndMatchesOnlyItself() {
        PlaygroundKey key = PlaygroundKey.of("");
        PlaygroundKey other = PlaygroundKey.of(null);

        assertThat(key.generated()).isTrue();
        assertThat(key.value()).hasSize(43).isNotEqualTo(other.value()).matches("[A-Za-z0-9_-]+");
        assertThat(key.matches(key.value())).isTrue();
        assertThat(key.matches(other.value())).isFalse();
        assertThat(key.matches(key.value().substring(1))).isFalse();
        assertThat(key.matches("")).isFalse();
        assertThat(key.matches(null)).isFalse();
        assertThat(key.toString()).doesNotContain(key.value());
    }

    @Test
    void anOperatorsKeyIsUsedAsGiven() {
        PlaygroundKey key = PlaygroundKey.of(" workshop-2026-12-tuesday ");

        assertThat(key.generated()).isFalse();
        assertThat(key.matches("workshop-2026-12-tuesday")).isTrue();
    }

    @Test
    void aShortOrUnsafeKeyStopsStartUpWithHowToMakeOne() {
        assertThatThrownBy(() -> PlaygroundKey.of("letmein")).hasMessageContaining("COP_PLAYGROUND_KEY")
                .hasMessageContaining("openssl rand");
        assertThatThrownBy(() -> PlaygroundKey.of("a key with spaces in it")).hasMessageContaining("COP_PLAYGROUND_KEY");
    }
}
