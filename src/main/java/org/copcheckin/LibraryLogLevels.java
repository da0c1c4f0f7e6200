package org.copcheckin;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * The chat libraries log whole payloads (reply text, display and real names) at DEBUG and TRACE, and the web
 * server and Spring MVC log each request's address there, which for a dashboard link carries its signed token; Spring's
 * JDBC support logs every bound value at TRACE (pseudonyms, a person's vocabulary words) and database messages that
 * quote key values at DEBUG.
 * Whatever level an operator sets, on the root or on these packages, their messages below INFO are dropped.
 * Installed right after Spring Boot has configured logging, again each time it does.
 */
class LibraryLogLevels implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    static final List<String> PAYLOAD_LOGGERS = List.of("com.slack", "net.dv8tion", "org.glassfish.tyrus",
            "org.java_websocket", "com.neovisionaries.ws",
            // request lines and query strings (a dashboard link's token)
            "org.springframework.web", "org.apache.catalina", "org.apache.coyote", "org.apache.tomcat",
            // bound values (pseudonyms, a person's vocabulary words) and database messages quoting key values
            "org.springframework.jdbc", "org.springframework.transaction", "org.springframework.dao");

    /**
     * Loggers that quote a whole request body in a WARN line: Bolt's parser logs a body it cannot place ("No request
     * pattern detected for ..."), with its verification token and whatever text it holds. Below ERROR they are dropped.
     */
    static final java.util.Set<String> WHOLE_BODY_WARNERS = java.util.Set.of("com.slack.api.bolt.util.SlackRequestParser");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(NoPayloadDebug.class::isInstance)) {
            NoPayloadDebug filter = new NoPayloadDebug();
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    /**
     * Denies DEBUG and TRACE from the payload loggers, and INFO and WARN from the whole-body warners, before any
     * appender sees them.
     */
    static final class NoPayloadDebug extends TurboFilter {

        /** Logger names are few (one per class), so this stays small. */
        private final ConcurrentHashMap<String, Boolean> payloadLogger = new ConcurrentHashMap<>();

        @Override
        public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                                  Throwable t) {
            if (level == null || level.isGreaterOrEqual(Level.ERROR)) {
                return FilterReply.NEUTRAL;
            }
            if (level.isGreaterOrEqual(Level.INFO)) {
                return WHOLE_BODY_WARNERS.contains(logger.getName()) ? FilterReply.DENY : FilterReply.NEUTRAL;
            }
            // asked on every debug check of every library (each JDBC parameter, each request): decided once per logger
            return payloadLogger.computeIfAbsent(logger.getName(), NoPayloadDebug::isPayloadLogger)
                    ? FilterReply.DENY : FilterReply.NEUTRAL;
        }

        private static boolean isPayloadLogger(String name) {
            for (String prefix : PAYLOAD_LOGGERS) {
                if (name.startsWith(prefix) && (name.length() == prefix.length() || name.charAt(prefix.length()) == '.')) {
                    return true;
                }
            }
            return false;
        }
    }
}
