package org.copcheckin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * An operator who only sets {@code SPRING_DATASOURCE_URL=jdbc:postgresql://...} gets the {@code postgres}
 * profile's settings too (PostgreSQL delegate, clustered Quartz): without them several replicas on one
 * database would each fire every schedule. The file is added with the lowest precedence, so anything the
 * operator sets still wins; with the profile active Spring loads it itself and this does nothing.
 */
class PostgresSettings implements EnvironmentPostProcessor, Ordered {

    static final String PROFILE = "postgres";
    static final String SOURCE_NAME = "cop-checkin postgres settings (detected from the datasource URL)";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        boolean profileActive = Arrays.asList(environment.getActiveProfiles()).contains(PROFILE);
        if (!url.startsWith("jdbc:postgresql:") || profileActive) {
            return;
        }
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load(SOURCE_NAME, new ClassPathResource("application-" + PROFILE + ".yml"));
            sources.forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read application-" + PROFILE + ".yml", e);
        }
    }

    /** After config files are loaded (so the URL is known), before nothing else in particular. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
