package org.copcheckin.playground;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;

/**
 * The playground's door: the access key ({@code COP_PLAYGROUND_KEY}, or generated), the filter that asks for it off
 * this machine, and the one log line at start-up with the address to open, as notebook servers print theirs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnPlayground
class PlaygroundAccess {

    private static final Logger log = LoggerFactory.getLogger(PlaygroundAccess.class);

    private final AtomicBoolean announced = new AtomicBoolean();

    @Bean
    PlaygroundKey playgroundKey(@Value("${cop.playground.key:}") String configured) {
        return PlaygroundKey.of(configured);
    }

    @Bean
    FilterRegistrationBean<PlaygroundKeyFilter> playgroundKeyFilter(PlaygroundKey key) {
        FilterRegistrationBean<PlaygroundKeyFilter> registration = new FilterRegistrationBean<>(new PlaygroundKeyFilter(key));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @EventListener
    void announce(WebServerInitializedEvent event) {
        // the management server (MANAGEMENT_SERVER_PORT) starts its own web server: not the playground's
        if ("management".equals(event.getApplicationContext().getServerNamespace())
                || !announced.compareAndSet(false, true)) {
            return;
        }
        PlaygroundKey key = event.getApplicationContext().getBean(PlaygroundKey.class);
        int port = event.getWebServer().getPort();
        String shown = key.generated() ? key.value() : "<COP_PLAYGROUND_KEY>";
        log.info("Playground on. From another machine open http://{}:{}/playground?key={} (from this machine "
                + "http://localhost:{}/playground needs no key)", host(), port, shown, port);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "<this-host>";
        }
    }
}
