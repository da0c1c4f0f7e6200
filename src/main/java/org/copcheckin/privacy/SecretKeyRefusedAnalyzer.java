package org.copcheckin.privacy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Puts a refused {@code COP_SECRET_KEY} at the end of the start-up log as Spring Boot's short report, not a stack. */
class SecretKeyRefusedAnalyzer extends AbstractFailureAnalyzer<SecretKeyRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SecretKeyRefused cause) {
        return new FailureAnalysis("COP_SECRET_KEY is refused: " + cause.reason() + ".",
                "Set COP_SECRET_KEY to a random value, for example the output of `openssl rand -base64 32`, and keep"
                        + " it with your backups. Replacing an old key means stored Slack installations must be"
                        + " installed again and earlier pseudonymous rows can no longer be linked (see the README,"
                        + " Backups and upgrades). Or leave it empty to have one generated into COP_DATA_DIR.",
                cause);
    }
}
