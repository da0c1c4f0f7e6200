package org.copcheckin.bench;

import java.io.IOException;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * A benchmark runs the real application from the test classpath; component scanning must not pick up the test
 * configurations there (the recording platform, test listeners), as Spring's test support would exclude them.
 */
final class TestClassesExcluded extends TypeExcludeFilter {

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
        return reader.getResource().getURI().toString().contains("/test-classes/");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TestClassesExcluded;
    }

    @Override
    public int hashCode() {
        return TestClassesExcluded.class.hashCode();
    }
}
