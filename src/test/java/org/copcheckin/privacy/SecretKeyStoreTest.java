package org.copcheckin.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A configured COP_SECRET_KEY that anyone could guess stops start-up, saying how to make a good one. */
class SecretKeyStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void thePlaceholderOfTheKubernetesTemplateIsRefused() throws IOException {
        String placeholder = kubernetesTemplateKey();

        assertThatThrownBy(() -> load(placeholder)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("COP_SECRET_KEY").hasMessageContaining("placeholder")
                .hasMessageContaining("openssl rand -base64 32").message().doesNotContain(placeholder);
    }

    @Test
    void otherPlaceholdersAreRefused() {
        for (String placeholder : new String[] {"CHANGEME_CHANGEME_CHANGEME_CHANGEME", "replace-me-with-a-real-key-please!",
                "<your-secret-key-here-32-characters>", "example-secret-key-for-the-docs-only"}) {
            assertThatThrownBy(() -> load(placeholder)).as(placeholder).hasMessageContaining("placeholder");
        }
    }

    @Test
    void aShortKeyIsRefusedWithTheLengthItNeeds() {
        assertThatThrownBy(() -> load("Zq8v1Lw3Xr5Tn7Pk")).hasMessageContaining("16 bytes")
                .hasMessageContaining("at least 32").hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void aKeyWithLittleRandomnessIsRefused() {
        for (String weak : new String[] {"a".repeat(44), "ab".repeat(20), "xyz".repeat(16), "0123456789abcdef".repeat(2),
                "password".repeat(5), "a".repeat(20) + "b".repeat(20), "ABCDABCDABCDABCDABCDABCDABCDABCDABCD"}) {
            assertThatThrownBy(() -> load(weak)).as(weak).hasMessageContaining("too little randomness")
                    .hasMessageContaining("openssl rand -base64 32");
        }
    }

    @Test
    void goodKeysAreAccepted() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String base64 = Base64.getEncoder().encodeToString(bytes);
            String hex = HexFormat.of().formatHex(bytes, 0, 16);
            assertThat(load(base64)).isEqualTo(base64.getBytes(StandardCharsets.UTF_8));
            assertThat(load(hex)).as(hex).isEqualTo(hex.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(load("test-secret-key-0123456789abcdef")).hasSize(32);
    }

    @Test
    void noKeyGeneratesOneOnceIntoTheDataDirectory() {
        byte[] first = SecretKeyStore.load(new SecretKeyProperties("", dataDir));
        byte[] again = SecretKeyStore.load(new SecretKeyProperties(null, dataDir));

        assertThat(first).hasSize(32).isEqualTo(again);
        assertThat(dataDir.resolve(SecretKeyStore.FILE_NAME)).exists();
    }

    private byte[] load(String key) {
        return SecretKeyStore.load(new SecretKeyProperties(key, dataDir));
    }

    @SuppressWarnings("unchecked")
    private static String kubernetesTemplateKey() throws IOException {
        // secret.yaml holds two templates: the app's Secret (with the key) and the Discord token's
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions()))
                .loadAll(Files.readString(Path.of("manifests/k8s/secret.yaml")))) {
            Map<String, Object> stringData = (Map<String, Object>) ((Map<String, Object>) document).get("stringData");
            if (stringData.containsKey("COP_SECRET_KEY")) {
                return stringData.get("COP_SECRET_KEY").toString();
            }
        }
        throw new IllegalStateException("secret.yaml has no COP_SECRET_KEY");
    }
}
