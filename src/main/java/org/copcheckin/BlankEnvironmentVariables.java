package org.copcheckin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Treats an environment variable set to an empty string as unset. Operators copy {@code .env.example} to
 * {@code .env} and leave lines empty; without this, {@code COP_DATA_DIR=} would put the database at the
 * filesystem root instead of the default {@code ./data}.
 */
class BlankEnvironmentVariables implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        PropertySource<?> source = environment.getPropertySources().get(name);
        if (source == null || !(source.getSource() instanceof Map<?, ?> variables)) {
            return;
        }
        Map<String, Object> nonBlank = new LinkedHashMap<>();
        variables.forEach((key, value) -> {
            if (value != null && !value.toString().isBlank()) {
                nonBlank.put(key.toString(), value);
            }
        });
        if (nonBlank.size() < variables.size()) {
            environment.getPropertySources().replace(name, new SystemEnvironmentPropertySource(name, nonBlank));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
