package org.copcheckin.discord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import net.dv8tion.jda.api.entities.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text of a file attached to a slash command (a facilitator's CSV of organisations), read once into memory and
 * never kept: only text files up to {@link #MAX_BYTES}; anything else reads as nothing, and the command says what
 * it needs.
 */
final class AttachmentText {

    static final int MAX_BYTES = 256 * 1024;
    private static final Logger log = LoggerFactory.getLogger(AttachmentText.class);

    private AttachmentText() {
    }

    static Optional<String> read(Message.Attachment attachment) {
        String name = attachment.getFileName() == null ? "" : attachment.getFileName().toLowerCase(Locale.ROOT);
        String type = attachment.getContentType() == null ? "" : attachment.getContentType();
        boolean text = type.startsWith("text/") || name.endsWith(".csv") || name.endsWith(".txt");
        if (!text || attachment.getSize() > MAX_BYTES) {
            log.info("Ignored an attachment that is not a text file of at most {} bytes", MAX_BYTES);
            return Optional.empty();
        }
        try (InputStream in = attachment.getProxy().download().get(20, TimeUnit.SECONDS)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", ""));
        } catch (IOException | ExecutionException | TimeoutException e) {
            log.warn("Could not download an attached file: {}", e.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
