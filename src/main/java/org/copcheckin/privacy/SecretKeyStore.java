package org.copcheckin.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the deployment's secret: configured, or generated once and kept beside the database. */
final class SecretKeyStore {

    private static final Logger log = LoggerFactory.getLogger(SecretKeyStore.class);
    static final String FILE_NAME = "secret.key";

    private SecretKeyStore() {
    }

    static byte[] load(SecretKeyProperties properties) {
        if (properties.secretKey() != null && !properties.secretKey().isBlank()) {
            SecretKeyStrength.weakness(properties.secretKey()).ifPresent(reason -> {
                throw new SecretKeyRefused(reason);
            });
            return properties.secretKey().getBytes(StandardCharsets.UTF_8);
        }
        Path dataDir = properties.dataDir() == null || properties.dataDir().toString().isBlank()
                ? Path.of("data") : properties.dataDir();
        return loadOrCreate(dataDir.resolve(FILE_NAME));
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            try {
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
                restrictToOwner(file);
                log.info("Generated a new secret key in {}; back it up with the database", file.toAbsolutePath());
                return key;
            } catch (FileAlreadyExistsException raced) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key at " + file, e);
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            log.debug("Could not restrict permissions of {}", file);
        }
    }
}
