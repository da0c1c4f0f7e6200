package org.copcheckin.support;

import org.springframework.boot.test.context.TestConfiguration;

/**
 * The one configuration of the {@link StoreTest} slice, shared by every store test so that they share one
 * context. Store beans that several store tests need are declared here; a store test that builds its store
 * itself (a package-private constructor, its own settings) needs nothing here.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StoreTestConfiguration {
}
