package org.copcheckin.insights;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Builds the analysis once: Lucene's analyzer, the taxonomy (bundled or the deployment's own),
 * the name lists and the closed vocabulary.
 * Scheduling is enabled for the daily retention job (Quartz stays inside the scheduling module).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class InsightsConfiguration {

    @Bean(destroyMethod = "close")
    TextAnalysis textAnalysis() {
        return new TextAnalysis();
    }

    @Bean
    ReplyAnalyser replyAnalyser(InsightsProperties properties, ResourceLoader resources, TextAnalysis analysis) {
        Resource resource = resources.getResource(properties.taxonomy());
        Taxonomy taxonomy = Taxonomy.load(resource);
        return ReplyAnalyser.build(analysis, taxonomy);
    }
}
