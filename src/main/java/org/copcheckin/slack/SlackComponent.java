package org.copcheckin.slack;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** A bean of the Slack adapter: created only when Slack is configured (see {@link SlackConfigured}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Component
@Conditional(SlackConfigured.class)
@interface SlackComponent {
}
