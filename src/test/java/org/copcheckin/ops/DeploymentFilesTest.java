package org.copcheckin.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * No Docker engine or cluster runs in CI, so the deployment files are held by reading them: every YAML file
 * parses, Kubernetes objects are well-formed, the probes point at the actuator groups the app serves, and only the
 * Discord StatefulSet can see {@code DISCORD_TOKEN}.
 */
class DeploymentFilesTest {

    private static final Path K8S = Path.of("manifests/k8s");

    @Test
    void everyYamlFileUnderManifestsAndDockerParses() throws IOException {
        List<Path> files = yamlFiles();
        assertThat(files).extracting(Path::toString).contains("docker/compose.yml", "manifests/k8s/deployment.yaml");
        for (Path file : files) {
            assertThat(documents(file)).as(file.toString()).isNotEmpty().doesNotContainNull();
        }
    }

    @Test
    void everyKubernetesObjectHasKindVersionAndName() throws IOException {
        for (Path file : yamlFiles()) {
            if (!file.startsWith(K8S) || file.endsWith("kustomization.yaml")) {
                continue;
            }
            for (Map<String, Object> object : documents(file)) {
                assertThat(object).as(file.toString()).containsKeys("apiVersion", "kind", "metadata");
                assertThat(map(object, "metadata")).as(file.toString()).containsKey("name");
            }
        }
    }

    @Test
    void kustomizationListsFilesThatExist() throws IOException {
        Map<String, Object> kustomization = documents(K8S.resolve("kustomization.yaml")).get(0);
        List<?> resources = (List<?>) kustomization.get("resources");
        assertThat(resources).isNotEmpty();
        resources.forEach(resource -> assertThat(K8S.resolve(resource.toString())).exists());
    }

    @Test
    void deploymentProbesTheActuatorGroupsAsANonRootUser() throws IOException {
        Map<String, Object> pod = map(map(map(documents(K8S.resolve("deployment.yaml")).get(0), "spec"), "template"), "spec");
        @SuppressWarnings("unchecked")
        Map<String, Object> container = (Map<String, Object>) ((List<?>) pod.get("containers")).get(0);
        assertThat(map(map(container, "livenessProbe"), "httpGet")).containsEntry("path", "/actuator/health/liveness");
        assertThat(map(map(container, "readinessProbe"), "httpGet")).containsEntry("path", "/actuator/health/readiness");
        assertThat(map(pod, "securityContext")).containsEntry("runAsNonRoot", true);
        assertThat(container).containsKeys("resources", "lifecycle");
        assertThat((Integer) pod.get("terminationGracePeriodSeconds")).isGreaterThan(35);
    }

    @Test
    void theActuatorIsOnTheManagementPortWhichThePublicServiceDoesNotExpose() throws IOException {
        Map<String, Object> template = map(map(documents(K8S.resolve("deployment.yaml")).get(0), "spec"), "template");
        @SuppressWarnings("unchecked")
        Map<String, Object> container = (Map<String, Object>) ((List<?>) map(template, "spec").get("containers")).get(0);
        Object managementPort = ((List<?>) container.get("ports")).stream().map(port -> (Map<?, ?>) port)
                .filter(port -> "management".equals(port.get("name"))).findFirst().orElseThrow().get("containerPort");
        assertThat(((List<?>) container.get("env")).stream().map(variable -> (Map<?, ?>) variable)
                .filter(variable -> "MANAGEMENT_SERVER_PORT".equals(variable.get("name"))).findFirst().orElseThrow()
                .get("value")).isEqualTo(managementPort.toString());
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(map(map(container, probe), "httpGet")).as(probe).containsEntry("port", "management");
        }
        assertThat(map(map(template, "metadata"), "annotations"))
                .containsEntry("prometheus.io/port", managementPort.toString());

        Map<String, Object> service = documents(K8S.resolve("service.yaml")).get(0);
        assertThat((List<?>) map(service, "spec").get("ports")).isNotEmpty().allSatisfy(port -> {
            assertThat(((Map<?, ?>) port).get("targetPort")).isNotIn("management", managementPort);
            assertThat(((Map<?, ?>) port).get("port")).isNotEqualTo(managementPort);
        });
    }

    @Test
    void theKustomizationAppliesNoSecretWithPlaceholders() throws IOException {
        List<?> resources = (List<?>) documents(K8S.resolve("kustomization.yaml")).get(0).get("resources");
        for (Object resource : resources) {
            for (Map<String, Object> object : documents(K8S.resolve(resource.toString()))) {
                assertThat(object.get("kind")).as(resource.toString()).isNotEqualTo("Secret");
            }
        }
        assertThat(documents(K8S.resolve("kustomization.yaml")).get(0)).doesNotContainKey("secretGenerator");
    }

    @Test
    void onlyTheDiscordStatefulSetCanSeeDiscordToken() throws IOException {
        Map<String, Map<String, Object>> secrets = new HashMap<>();
        for (Map<String, Object> secret : documents(K8S.resolve("secret.yaml"))) {
            secrets.put(map(secret, "metadata").get("name").toString(), map(secret, "stringData"));
        }
        Map<String, Object> configMap = map(documents(K8S.resolve("configmap.yaml")).get(0), "data");
        Map<String, Object> deployment = documents(K8S.resolve("deployment.yaml")).get(0);
        Map<String, Object> statefulSet = documents(K8S.resolve("discord-shards-statefulset.yaml")).stream()
                .filter(object -> "StatefulSet".equals(object.get("kind"))).findFirst().orElseThrow();

        for (Map<String, Object> container : containers(deployment)) {
            assertThat(tokenSources(container, secrets, configMap)).as("what gives the Deployment DISCORD_TOKEN")
                    .isEmpty();
            assertThat(env(container)).as("the Deployment pins DISCORD_TOKEN empty, whatever its Secret holds")
                    .anySatisfy(variable -> {
                        assertThat(variable).containsEntry("name", "DISCORD_TOKEN").containsEntry("value", "");
                        assertThat(variable).doesNotContainKey("valueFrom");
                    });
        }
        assertThat(strings(deployment)).as("the Deployment never names the Discord Secret")
                .doesNotContain("cop-checkin-discord");
        assertThat(containers(statefulSet)).singleElement().satisfies(container -> assertThat(
                tokenSources(container, secrets, configMap)).containsExactly("secret cop-checkin-discord"));
    }

    @Test
    void theInstructionsKeepDiscordTokenOutOfTheDeploymentsSecret() throws IOException {
        for (Path file : List.of(Path.of("README.md"), K8S.resolve("README.md"), K8S.resolve("kustomization.yaml"),
                K8S.resolve("secret.yaml"))) {
            assertThat(Files.readString(file)).as(file.toString())
                    .doesNotContain("cop-checkin-secrets --from-env-file=.env")
                    .contains("grep -v '^DISCORD_TOKEN=' .env");
        }
    }

    /** Where a container's DISCORD_TOKEN would come from, unless an empty {@code env} entry overrides it. */
    private static List<String> tokenSources(Map<String, Object> container, Map<String, Map<String, Object>> secrets,
                                             Map<String, Object> configMap) {
        List<String> sources = new ArrayList<>();
        for (Map<?, ?> variable : env(container)) {
            if ("DISCORD_TOKEN".equals(variable.get("name"))
                    && (variable.containsKey("valueFrom") || !String.valueOf(variable.get("value")).isEmpty())) {
                sources.add("env");
            }
        }
        for (Object from : (List<?>) container.getOrDefault("envFrom", List.of())) {
            Map<?, ?> source = (Map<?, ?>) from;
            if (source.get("secretRef") instanceof Map<?, ?> secretRef) {
                String name = secretRef.get("name").toString();
                assertThat(secrets).as("secret.yaml lists the keys of every Secret a workload reads").containsKey(name);
                if (secrets.get(name).containsKey("DISCORD_TOKEN")) {
                    sources.add("secret " + name);
                }
            }
            if (source.get("configMapRef") instanceof Map<?, ?> && configMap.containsKey("DISCORD_TOKEN")) {
                sources.add("config map");
            }
        }
        return sources;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> containers(Map<String, Object> workload) {
        Map<String, Object> pod = map(map(map(workload, "spec"), "template"), "spec");
        List<Map<String, Object>> containers = new ArrayList<>((List<Map<String, Object>>) pod.get("containers"));
        containers.addAll((List<Map<String, Object>>) pod.getOrDefault("initContainers", List.of()));
        return containers;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> env(Map<String, Object> container) {
        return (List<Map<String, Object>>) container.getOrDefault("env", List.of());
    }

    /** Every string anywhere in a parsed object. */
    private static List<String> strings(Object node) {
        List<String> strings = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> strings.addAll(strings(value)));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> strings.addAll(strings(value)));
        } else if (node instanceof String string) {
            strings.add(string);
        }
        return strings;
    }

    @Test
    void composeRunsTheBotOnPostgresqlFromDotEnv() throws IOException {
        Map<String, Object> services = map(documents(Path.of("docker/compose.yml")).get(0), "services");
        Map<String, Object> bot = map(services, "bot");
        assertThat(map(bot, "environment")).containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/cop");
        assertThat(bot.get("env_file").toString()).contains("../.env");
        assertThat(map(services, "db").get("image").toString()).startsWith("postgres:17");
    }

    @Test
    void dockerfileRunsAsNonRootWithAVolumeAndAHealthCheck() throws IOException {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
        assertThat(dockerfile).contains("USER 10001", "VOLUME [\"/data\"]", "COP_DATA_DIR=/data",
                "/actuator/health/liveness", "${MANAGEMENT_SERVER_PORT:-${SERVER_PORT}}", "MaxRAMPercentage", "apt-get install -y --no-install-recommends curl");
    }

    private static List<Path> yamlFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("manifests"), Path.of("docker"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (Object document : yaml.loadAll(Files.readString(file))) {
            documents.add((Map<String, Object>) document);
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
