package org.copcheckin.playground;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/** Marks the playground's beans: none of them exists unless {@link PlaygroundCondition} matches. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Conditional(PlaygroundCondition.class)
@interface ConditionalOnPlayground {
}
