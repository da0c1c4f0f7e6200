package org.copcheckin.privacy;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param secretKey {@code COP_SECRET_KEY}; when blank a key is generated once and kept in {@code dataDir}
 * @param dataDir   {@code COP_DATA_DIR}
 */
@ConfigurationProperties(prefix = "cop")
record SecretKeyProperties(String secretKey, Path dataDir) {
}
