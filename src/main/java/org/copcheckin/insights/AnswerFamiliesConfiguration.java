package org.copcheckin.insights;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The answer families of the deployment's taxonomy (bundled feelings first); kept apart from the analysis beans. */
@Configuration(proxyBeanMethods = false)
class AnswerFamiliesConfiguration {

    @Bean
    AnswerFamilies answerFamilies(ReplyAnalyser analyser) {
        return AnswerFamilies.bundled(analyser.taxonomy());
    }
}
