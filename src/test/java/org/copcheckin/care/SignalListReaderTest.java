package org.copcheckin.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A deployment can replace the list; a list that is wrong is refused with its origin and entry named. */
class SignalListReaderTest {

    static final String OWN_LIST = """
            words:
              young: [student, kid, youth]
            negations: [not, never]
            frames: [training]
            disclosures: [told me]
            kinds:
              - id: medical-emergency
                label: medical emergency
                sources: ["District nursing protocol, 2025"]
                phrases:
                  - "@young ... not breathing"
                  - seizure|seizures
                not:
                  - seizure action plan
            """;

    private static CrisisSignals read(String yaml) {
        return CrisisSignals.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "file:/etc/cop/own.yml");
    }

    @Test
    void aDeploymentsOwnListNamesItsOwnKinds() {
        CrisisSignals own = read(OWN_LIST);
        assertThat(own.kinds()).containsExactly(new SignalKind("medical-emergency", "medical emergency"));
        assertThat(own.detect("a student was not breathing after lunch")).extracting(SignalKind::id)
                .containsExactly("medical-emergency");
        assertThat(own.detect("we updated her seizure action plan")).isEmpty();
        assertThat(own.detect("the training covered seizures")).isEmpty();
        assertThat(own.detect("a student told me she wants to die")).isEmpty();
    }

    @Test
    void aKindWithoutSourcesOrPhrasesIsRefused() {
        assertThatThrownBy(() -> read("kinds:\n  - {id: x, label: X, phrases: [a]}\n"))
                .hasMessage("Crisis signal list file:/etc/cop/own.yml kind 'x' needs at least one source");
        assertThatThrownBy(() -> read("kinds:\n  - {id: x, label: X, sources: [s]}\n"))
                .hasMessageContaining("kind 'x' needs at least one phrase");
        assertThatThrownBy(() -> read("kinds:\n  - {id: x, sources: [s], phrases: [a]}\n"))
                .hasMessageContaining("kind 'x' needs a label");
    }

    @Test
    void typosAndDuplicatesAreRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> read("kind:\n  - {id: x}\n")).hasMessageContaining("unknown key 'kind'");
        assertThatThrownBy(() -> read("kinds:\n  - {id: x, label: X, sources: [s], phrase: [a]}\n"))
                .hasMessageContaining("kind 'x' has an unknown key 'phrase'");
        assertThatThrownBy(() -> read("kinds:\n  - {id: x, label: X, sources: [s], phrases: [a]}\n"
                + "  - {id: x, label: Y, sources: [s], phrases: [b]}\n")).hasMessageContaining("must be unique");
        assertThatThrownBy(() -> read("kinds: []\n")).hasMessageContaining("needs a non-empty 'kinds' list");
        assertThatThrownBy(() -> read("kinds: [\n")).hasMessageContaining("is not valid YAML");
    }

    @Test
    void aWordYamlReadsAsTrueOrFalseIsRefusedWithTheFix() {
        assertThatThrownBy(() -> read("words:\n  near: [in, on]\nkinds:\n  - {id: x, label: X, sources: [s], phrases: [a]}\n"))
                .hasMessageContaining("'words.near' has the entry true, which YAML did not read as text: put it in quotes");
    }

    @Test
    void aPhraseThatCannotWorkIsRefusedWithItsKindAndText() {
        assertThatThrownBy(() -> read("kinds:\n  - {id: x, label: X, sources: [s], phrases: [\"kill @selves\"]}\n"))
                .hasMessage("Crisis signal list file:/etc/cop/own.yml x.phrases: phrase 'kill @selves' uses the unknown "
                        + "word class @selves");
        assertThatThrownBy(() -> read("words:\n  a: [\"@b\"]\n  b: [c]\nkinds:\n  - {id: x, label: X, sources: [s], phrases: [c]}\n"))
                .hasMessageContaining("word class 'a' uses @b, which is not defined above it");
    }
}
