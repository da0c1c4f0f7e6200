package org.copcheckin.care;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads the crisis-signal list once at start-up, the bundled one or the deployment's own, so a broken list stops
 * start-up with its origin and entry named instead of matching nothing later.
 */
@Configuration(proxyBeanMethods = false)
class CareConfiguration {

    @Bean
    CrisisSignals crisisSignals(CareProperties properties, ResourceLoader resources) {
        if (properties.signals().equals(CareProperties.DEFAULT_SIGNALS)) {
            return CrisisSignals.bundled();
        }
        Resource resource = resources.getResource(properties.signals());
        try (InputStream in = resource.getInputStream()) {
            return CrisisSignals.load(in, properties.signals());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the crisis signal list " + properties.signals()
                    + " (COP_CARE_SIGNALS): " + e.getMessage(), e);
        }
    }
}
