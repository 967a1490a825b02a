package org.sparkk8s.docs.verifier.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.sparkk8s.docs.verifier.charts.Rendered.at;
import static org.sparkk8s.docs.verifier.charts.Rendered.container;
import static org.sparkk8s.docs.verifier.charts.Rendered.env;
import static org.sparkk8s.docs.verifier.charts.Rendered.labels;
import static org.sparkk8s.docs.verifier.charts.Rendered.list;
import static org.sparkk8s.docs.verifier.charts.Rendered.map;
import static org.sparkk8s.docs.verifier.charts.Rendered.name;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.sparkk8s.docs.verifier.charts.Rendered.PodSpecAt;

/**
 * The Helm charts and presets, rendered with real Helm (helm-java): lint, Pod Security Standard
 * "restricted", pinned images, the naming/label contract the guides rely on, strict schemas, and the
 * multi-version guide's two releases side by side in one namespace.
 */
class ChartsRenderTest {

    private static final String NS = "spark";
    private static final List<String> APP_CHARTS = List.of("spark-infra", "spark-3.5", "spark-4.1");
    /** app=<component> values an object may carry; "spark" marks release-wide objects (ServiceAccount, S3 Secret). */
    private static final Set<String> COMPONENTS = Set.of("spark", "spark-master", "spark-worker", "spark-connect",
            "spark-executor", "hive-metastore", "spark-history-server", "jupyter", "postgresql", "minio");

    /** The multi-version guide's commands (helm install spark-35 / spark-41 … --set …). */
    private static final Map<String, String> GUIDE_35 = ordered(
            "spark-standalone.enabled", "true",
            "spark-standalone.hiveMetastore.enabled", "true",
            "spark-standalone.hiveMetastore.database.name", "metastore_spark35",
            "spark-standalone.historyServer.enabled", "true",
            "spark-standalone.historyServer.logDirectory", "s3a://spark-logs/3.5/events");
    private static final Map<String, String> GUIDE_41 = ordered(
            "connect.enabled", "true",
            "hiveMetastore.enabled", "true",
            "hiveMetastore.database.name", "metastore_spark41",
            "historyServer.enabled", "true",
            "historyServer.logDirectory", "s3a://spark-logs/4.1/events");

    /** Every optional component switched on, so that every template is rendered and checked. */
    private static final Map<String, Map<String, String>> EVERYTHING = Map.of(
            "spark-infra", ordered(
                    "postgresql.persistence.enabled", "true",
                    "minio.persistence.enabled", "true"),
            "spark-3.5", ordered(
                    "spark-standalone.hiveMetastore.enabled", "true",
                    "spark-standalone.historyServer.enabled", "true",
                    "spark-standalone.historyServer.persistence.enabled", "true",
                    "spark-standalone.worker.podDisruptionBudget.enabled", "true",
                    "spark-standalone.hiveMetastore.podDisruptionBudget.enabled", "true",
                    "spark-standalone.worker.antiAffinity", "soft"),
            "spark-4.1", ordered(
                    "hiveMetastore.enabled", "true",
                    "historyServer.enabled", "true",
                    "historyServer.persistence.enabled", "true",
                    "jupyter.enabled", "true",
                    "jupyter.token", "t0ken",
                    "jupyter.persistence.enabled", "true",
                    "hiveMetastore.podDisruptionBudget.enabled", "true",
                    "connect.executor.dynamicAllocation.enabled", "true"));

    @TempDir
    static Path work;
    private static Path repo;
    private static Path charts;

    @BeforeAll
    static void buildDependencies() throws IOException {
        repo = findRepositoryRoot();
        // a private copy: other runs may build the same charts at the same time, and the tree stays clean
        charts = work.resolve("charts");
        copyTree(repo.resolve("charts"), charts);
        for (String chart : APP_CHARTS) {
            new Helm(charts.resolve(chart)).dependency().build().call();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"spark-infra", "spark-3.5", "spark-4.1"})
    void dependencyBuildPacksTheLibraryChartOffline(String chart) {
        assertTrue(Files.isRegularFile(charts.resolve(chart).resolve("charts/spark-common-0.1.0.tgz")),
                chart + ": helm dependency build did not fill charts/ from file://../spark-common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"spark-common", "spark-infra", "spark-3.5", "spark-4.1"})
    void lintPasses(String chart) {
        LintResult result = new Helm(charts.resolve(chart)).lint().strict().call();
        assertFalse(result.isFailed(), chart + ": " + result.getMessages());
        assertTrue(result.getMessages().stream().noneMatch(m -> m.contains("[ERROR]")), chart + ": " + result.getMessages());
    }

    @ParameterizedTest
    @ValueSource(strings = {"spark-infra", "spark-3.5", "spark-4.1"})
    void defaultsRenderRestrictedPodsWithPinnedImages(String chart) {
        Rendered r = render(chart, release(chart), Map.of());
        assertRestricted(r, false);
        assertImagesPinned(r);
        assertContract(r);
        assertFalse(r.podSpecs().isEmpty(), chart + " renders no workload with its defaults");
    }

    @ParameterizedTest
    @ValueSource(strings = {"spark-infra", "spark-3.5", "spark-4.1"})
    void everyComponentRendersRestrictedPods(String chart) {
        Rendered r = render(chart, release(chart), EVERYTHING.get(chart));
        assertRestricted(r, false);
        assertImagesPinned(r);
        assertContract(r);
        assertSparkImagesMatchAppVersion(chart, r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"spark-infra", "spark-3.5", "spark-4.1"})
    void openShiftLeavesIdsToTheScc(String chart) {
        Map<String, String> sets = new LinkedHashMap<>(EVERYTHING.get(chart));
        sets.put("global.openshift", "true");
        Rendered r = render(chart, release(chart), sets);
        assertRestricted(r, true);
        if (chart.equals("spark-3.5") || chart.equals("spark-4.1")) {
            Map<String, Object> hms = r.get("Deployment", release(chart) + "-hive-metastore");
            List<Map<String, Object>> init = list(at(hms, "spec", "template", "spec", "initContainers"));
            assertTrue(init.stream().anyMatch(c -> "passwd-entry".equals(c.get("name"))),
                    "Hive needs a passwd entry for the UID OpenShift picks");
        }
    }

    static Stream<Arguments> presetsWithTheirCharts() {
        JsonNode index = readYaml(findRepositoryRoot().resolve("presets/presets.yaml"));
        List<Arguments> out = new ArrayList<>();
        for (JsonNode preset : index.get("presets")) {
            List<String> charts = new ArrayList<>();
            if (preset.has("chart")) {
                charts.add(preset.get("chart").asText());
            }
            if (preset.has("charts")) {
                preset.get("charts").forEach(c -> charts.add(c.asText()));
            }
            assertFalse(charts.isEmpty(), "preset " + preset.get("name") + " names no chart");
            for (String chart : charts) {
                out.add(Arguments.of(preset.get("name").asText(), preset.get("file").asText(), chart));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} with {2}")
    @MethodSource("presetsWithTheirCharts")
    void presetRendersWithItsChart(String name, String file, String chartPath) throws IOException {
        Path values = repo.resolve("presets").resolve(file);
        String text = Files.readString(values);
        long header = text.lines().takeWhile(l -> l.startsWith("#")).count();
        assertTrue(header >= 3 && header <= 6, file + " must start with a 3-6 line header comment, has " + header);
        assertTrue(text.contains("helm install") && text.contains("-f presets/" + file),
                file + ": the header must show the exact helm install command");
        String chart = Path.of(chartPath).getFileName().toString();
        assertTrue(text.contains(chartPath), file + ": the header must name " + chartPath);
        Rendered r = Rendered.of(charts.resolve(chart), release(chart), NS, Map.of(), List.of(values));
        assertFalse(r.podSpecs().isEmpty(), name + " renders no workload with " + chart);
        assertRestricted(r, text.contains("openshift: true"));
        assertImagesPinned(r);
        assertContract(r);
    }

    /** The multi-version guide: spark-infra, then spark-35 and spark-41 with the guide's flags, all in one namespace. */
    @Test
    void multiVersionGuideReleasesCoexistInOneNamespace() {
        Rendered infra = render("spark-infra", "spark-infra", Map.of());
        Rendered r35 = render("spark-3.5", "spark-35", GUIDE_35);
        Rendered r41 = render("spark-4.1", "spark-41", GUIDE_41);
        List<Rendered> all = List.of(infra, r35, r41);

        Set<String> seen = new HashSet<>();
        for (Rendered r : all) {
            assertRestricted(r, false);
            assertImagesPinned(r);
            assertContract(r);
            for (Map<String, Object> o : r.objects()) {
                String id = o.get("kind") + " " + at(o, "metadata", "namespace") + "/" + name(o);
                assertTrue(seen.add(id), "two releases render the same object: " + id);
            }
        }

        assertEquals("metastore_spark35", hiveDatabase(r35, "spark-35"));
        assertEquals("metastore_spark41", hiveDatabase(r41, "spark-41"));
        assertEquals("s3a://spark-logs/3.5/events", historyLogDir(r35, "spark-35"));
        assertEquals("s3a://spark-logs/4.1/events", historyLogDir(r41, "spark-41"));
        assertNotEquals(historyLogDir(r35, "spark-35"), historyLogDir(r41, "spark-41"));

        // the 4.1 driver writes the event logs its History Server reads
        assertEquals("s3a://spark-logs/4.1/events", sparkDefaults(r41.get("ConfigMap", "spark-41-spark-connect")).get("spark.eventLog.dir"));
        assertEquals("s3a://spark-logs/3.5/events", sparkDefaults(r35.get("ConfigMap", "spark-35-spark-master")).get("spark.eventLog.dir"));

        // the infra the Spark charts default to
        assertServicePort(infra, "spark-infra-postgresql", 5432);
        assertServicePort(infra, "spark-infra-minio", 9000);
        Map<String, Object> bucketJob = infra.ofKind("Job").findFirst().orElseThrow(() -> new AssertionError("no bucket Job"));
        assertTrue(env(list(at(bucketJob, "spec", "template", "spec", "containers")).get(0)).get("BUCKETS").contains("spark-logs"));
        assertEquals("spark-infra-postgresql", env(container(r35.get("Deployment", "spark-35-hive-metastore"), "hive-metastore")).get("POSTGRES_HOST"));
        assertEquals("http://spark-infra-minio:9000", sparkDefaults(r41.get("ConfigMap", "spark-41-spark-connect")).get("spark.hadoop.fs.s3a.endpoint"));
    }

    /** The guide's pitfalls are real only if both charts share these defaults. */
    @Test
    void defaultsAreDeliberatelyNotIsolatedAcrossLines() {
        Rendered r35 = render("spark-3.5", "spark-35", ordered(
                "spark-standalone.hiveMetastore.enabled", "true", "spark-standalone.historyServer.enabled", "true"));
        Rendered r41 = render("spark-4.1", "spark-41", ordered("hiveMetastore.enabled", "true", "historyServer.enabled", "true"));
        assertEquals("metastore", hiveDatabase(r35, "spark-35"));
        assertEquals("metastore", hiveDatabase(r41, "spark-41"));
        assertEquals("s3a://spark-logs/events", historyLogDir(r35, "spark-35"));
        assertEquals("s3a://spark-logs/events", historyLogDir(r41, "spark-41"));
    }

    @Test
    void sparkStandaloneRunsTheDocumentedCommands() {
        Rendered r = render("spark-3.5", "spark-35", GUIDE_35);
        assertEquals(List.of("/opt/spark/bin/spark-class", "org.apache.spark.deploy.master.Master"),
                args(r, "spark-35-spark-master", "spark-master").subList(0, 2));
        assertEquals(List.of("/opt/spark/bin/spark-class", "org.apache.spark.deploy.worker.Worker", "spark://spark-35-spark-master:7077"),
                args(r, "spark-35-spark-worker", "spark-worker").subList(0, 3));
        assertEquals(List.of("/opt/spark/bin/spark-class", "org.apache.spark.deploy.history.HistoryServer"),
                args(r, "spark-35-spark-history-server", "spark-history-server"));
        assertServicePort(r, "spark-35-spark-master", 7077);
    }

    @Test
    void sparkConnectIsAClientModeDriverWithItsOwnRbac() {
        Rendered r = render("spark-4.1", "spark-41", GUIDE_41);
        Map<String, String> conf = sparkDefaults(r.get("ConfigMap", "spark-41-spark-connect"));
        assertEquals("k8s://https://kubernetes.default.svc", conf.get("spark.master"));
        assertEquals("client", conf.get("spark.submit.deployMode"));
        assertEquals("spark-41-spark-connect-driver.spark.svc", conf.get("spark.driver.host"));
        assertEquals("spark-41-spark", conf.get("spark.kubernetes.authenticate.executor.serviceAccountName"));
        assertEquals("apache/spark:4.1.0", conf.get("spark.kubernetes.container.image"));
        assertEquals("thrift://spark-41-hive-metastore:9083", conf.get("spark.hadoop.hive.metastore.uris"));
        assertServicePort(r, "spark-41-spark-connect", 15002);

        Map<String, Object> headless = r.get("Service", "spark-41-spark-connect-driver");
        assertEquals("None", at(headless, "spec", "clusterIP"));
        assertEquals(map(at(r.get("Service", "spark-41-spark-connect"), "spec", "selector")), map(at(headless, "spec", "selector")));

        // the template file the conf names is the one the ConfigMap holds and the pod mounts
        String templateFile = conf.get("spark.kubernetes.executor.podTemplateFile");
        Map<String, Object> cm = r.get("ConfigMap", "spark-41-spark-connect");
        assertTrue(map(cm.get("data")).containsKey(Path.of(templateFile).getFileName().toString()));
        Map<String, Object> connect = r.get("Deployment", "spark-41-spark-connect");
        assertTrue(list(container(connect, "spark-connect").get("volumeMounts")).stream()
                .anyMatch(m -> templateFile.startsWith(m.get("mountPath") + "/")), "the executor pod template is not mounted");
        assertEquals(true, at(connect, "spec", "template", "spec", "automountServiceAccountToken"));
        assertEquals(List.of("/opt/spark/bin/spark-submit", "--class", "org.apache.spark.sql.connect.service.SparkConnectServer"),
                args(r, "spark-41-spark-connect", "spark-connect").subList(0, 3));

        Map<String, Object> role = r.get("Role", "spark-41-spark-connect");
        Map<String, Object> rule = list(role.get("rules")).get(0);
        assertTrue(((List<?>) rule.get("resources")).containsAll(List.of("pods", "services", "configmaps", "persistentvolumeclaims")));
        assertTrue(((List<?>) rule.get("verbs")).containsAll(List.of("create", "get", "list", "watch", "delete")));
        Map<String, Object> binding = r.get("RoleBinding", "spark-41-spark-connect");
        assertEquals("spark-41-spark-connect", at(binding, "roleRef", "name"));
        assertEquals("spark-41-spark", list(binding.get("subjects")).get(0).get("name"));
    }

    @Test
    void jupyterTalksToTheReleasesSparkConnect() {
        Rendered r = render("spark-4.1", "spark-41", ordered("jupyter.enabled", "true"));
        assertEquals("sc://spark-41-spark-connect:15002", env(container(r.get("Deployment", "spark-41-jupyter"), "jupyter")).get("SPARK_REMOTE"));
        assertServicePort(r, "spark-41-jupyter", 8888);
    }

    @Test
    void separateNamespacesOptionReachesTheInfraByFullName() {
        Rendered r = render("spark-4.1", "spark-41", ordered(
                "hiveMetastore.enabled", "true",
                "hiveMetastore.database.host", "spark-infra-postgresql.spark-infra.svc",
                "hiveMetastore.database.existingSecret", "metastore-db",
                "s3.endpoint", "http://spark-infra-minio.spark-infra.svc:9000",
                "s3.existingSecret", "spark-s3"));
        Map<String, Object> hms = container(r.get("Deployment", "spark-41-hive-metastore"), "hive-metastore");
        assertEquals("spark-infra-postgresql.spark-infra.svc", env(hms).get("POSTGRES_HOST"));
        assertTrue(r.find("Secret", "spark-41-hive-metastore").isEmpty(), "existingSecret must replace the chart's Secret");
        assertTrue(r.find("Secret", "spark-41-spark-s3").isEmpty(), "existingSecret must replace the chart's Secret");
        assertTrue(list(hms.get("env")).stream().anyMatch(e -> "POSTGRES_PASSWORD".equals(e.get("name"))
                && "metastore-db".equals(at(e, "valueFrom", "secretKeyRef", "name"))));
        assertEquals("http://spark-infra-minio.spark-infra.svc:9000",
                sparkDefaults(r.get("ConfigMap", "spark-41-spark-connect")).get("spark.hadoop.fs.s3a.endpoint"));
    }

    @Test
    void eachChartIgnoresTheOtherLinesSections() {
        Rendered r35 = render("spark-3.5", "spark-35", GUIDE_41);
        assertTrue(r35.objects().stream().noneMatch(o -> Set.of("spark-connect", "hive-metastore", "spark-history-server")
                .contains(labels(o).get("app"))), "spark-3.5 rendered spark-4.1 sections: " + r35.ids());
        assertTrue(r35.find("Deployment", "spark-35-spark-master").isPresent());

        Rendered r41 = render("spark-4.1", "spark-41", ordered("connect.enabled", "false",
                "spark-standalone.hiveMetastore.enabled", "true", "spark-standalone.historyServer.enabled", "true"));
        assertTrue(r41.ofKind("Deployment").findAny().isEmpty(), "spark-4.1 rendered spark-3.5 sections: " + r41.ids());
    }

    static Stream<Arguments> typos() {
        return Stream.of(
                Arguments.of("spark-3.5", "spark-standalone.histryServer.enabled", "true", "histryServer"),
                Arguments.of("spark-3.5", "spark-standalone.hiveMetastore.databse.name", "x", "databse"),
                Arguments.of("spark-3.5", "hiveMetastore.databse.name", "x", "databse"),
                Arguments.of("spark-3.5", "sparkstandalone.enabled", "true", "sparkstandalone"),
                Arguments.of("spark-4.1", "hiveMetastore.databse.name", "x", "databse"),
                Arguments.of("spark-4.1", "spark-standalone.histryServer.enabled", "true", "histryServer"),
                Arguments.of("spark-4.1", "conect.enabled", "true", "conect"),
                Arguments.of("spark-4.1", "connect.executor.instanses", "3", "instanses"),
                Arguments.of("spark-4.1", "historyServer.resources.limits.memroy", "1Gi", "memroy"),
                Arguments.of("spark-infra", "postgresql.auth.usrname", "x", "usrname"),
                Arguments.of("spark-infra", "global.openshfit", "true", "openshfit"));
    }

    @ParameterizedTest(name = "{0}: --set {1}")
    @MethodSource("typos")
    void misspelledKeyFailsTheSchema(String chart, String key, String value, String misspelled) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> render(chart, release(chart), Map.of(key, value)));
        assertTrue(e.getMessage().contains("schema"), e.getMessage());
        assertTrue(e.getMessage().contains("'" + misspelled + "'"), "the error should name " + misspelled + ": " + e.getMessage());
        // the correctly spelled key renders, so it is the typo that failed
        String correct = key.replace(misspelled, switch (misspelled) {
            case "histryServer" -> "historyServer";
            case "databse" -> "database";
            case "sparkstandalone" -> "spark-standalone";
            case "conect" -> "connect";
            case "instanses" -> "instances";
            case "memroy" -> "memory";
            case "usrname" -> "username";
            case "openshfit" -> "openshift";
            default -> throw new IllegalArgumentException(misspelled);
        });
        render(chart, release(chart), Map.of(correct, value.equals("x") ? "metastore_x" : value));
    }

    @Test
    void wrongTypesAndLatestTagsFailTheSchema() {
        assertThrows(IllegalStateException.class, () -> render("spark-4.1", "spark-41", Map.of("connect.port", "grpc")));
        assertThrows(IllegalStateException.class, () -> render("spark-4.1", "spark-41", Map.of("connect.image.tag", "latest")));
        assertThrows(IllegalStateException.class, () -> render("spark-3.5", "spark-35", Map.of("spark-standalone.master.image.pullPolicy", "Sometimes")));
        assertThrows(IllegalStateException.class, () -> render("spark-3.5", "spark-35", Map.of("hiveMetastore.database.name", "drop table")));
    }

    @Test
    void crossAcceptedSubSchemasAreIdentical() throws IOException {
        JsonNode s35 = new ObjectMapper().readTree(repo.resolve("charts/spark-3.5/values.schema.json").toFile());
        JsonNode s41 = new ObjectMapper().readTree(repo.resolve("charts/spark-4.1/values.schema.json").toFile());
        assertEquals(s35.get("definitions"), s41.get("definitions"), "the shared definitions drifted apart");
        assertEquals(s35.get("properties"), s41.get("properties"), "the top-level sections drifted apart");
        for (String section : List.of("spark-standalone", "connect", "hiveMetastore", "historyServer", "jupyter", "s3", "initImages")) {
            JsonNode property = s35.get("properties").get(section);
            assertTrue(property != null && property.has("$ref"), section + " must be a $ref into the shared definitions");
        }
        for (JsonNode schema : List.of(s35, s41, new ObjectMapper().readTree(repo.resolve("charts/spark-infra/values.schema.json").toFile()))) {
            assertFalse(schema.get("additionalProperties").asBoolean(true), "top level must reject unknown keys");
            schema.get("definitions").fields().forEachRemaining(d -> assertStrict(d.getKey(), d.getValue()));
        }
    }

    @Test
    void everyRenderedImageIsListedInTheChartsReadme() throws IOException {
        String readme = Files.readString(repo.resolve("charts/README.md"));
        Set<String> images = new TreeSet<>();
        for (String chart : APP_CHARTS) {
            Map<String, String> sets = new HashMap<>(EVERYTHING.get(chart));
            render(chart, release(chart), sets).podSpecs().forEach(p -> p.allContainers().forEach(c -> {
                if (c.get("image") != null) {
                    images.add((String) c.get("image"));
                }
            }));
        }
        for (String image : images) {
            assertTrue(readme.contains("`" + image + "`"), "charts/README.md does not list " + image);
        }
    }

    // ---------------------------------------------------------------- checks

    private static void assertRestricted(Rendered r, boolean openshift) {
        List<String> problems = new ArrayList<>();
        for (PodSpecAt pod : r.podSpecs()) {
            RestrictedProfile.violations(pod, openshift).forEach(v -> problems.add(pod.where() + ": " + v));
        }
        if (!problems.isEmpty()) {
            fail("not PSS restricted:\n  " + String.join("\n  ", problems));
        }
    }

    private static final Pattern IMAGE = Pattern.compile("^(?<repo>[a-z0-9][a-z0-9._/:-]*?[a-z0-9])(?::(?<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@sha256:[a-f0-9]{64})?$");

    private static void assertImagesPinned(Rendered r) {
        for (PodSpecAt pod : r.podSpecs()) {
            for (Map<String, Object> c : pod.allContainers()) {
                Object image = c.get("image");
                if (image == null && pod.where().contains("data.")) {
                    continue; // a pod template: Spark sets the executor image from spark.kubernetes.container.image
                }
                Matcher m = IMAGE.matcher(String.valueOf(image));
                assertTrue(m.matches(), pod.where() + ": unparsable image " + image);
                String tag = m.group("tag");
                assertTrue(tag != null, pod.where() + ": image without a tag: " + image);
                assertNotEquals("latest", tag, pod.where() + ": image uses latest: " + image);
                assertFalse(tag.matches("\\d+"), pod.where() + ": floating major tag: " + image);
            }
        }
    }

    /** Names, labels and the single ServiceAccount every pod of a release runs as. */
    private static void assertContract(Rendered r) {
        String sa = r.release() + "-spark";
        List<Map<String, Object>> accounts = r.ofKind("ServiceAccount").toList();
        assertEquals(1, accounts.size(), r.release() + " must have exactly one ServiceAccount, has " + r.ids());
        assertEquals(sa, name(accounts.get(0)));
        for (Map<String, Object> o : r.objects()) {
            String id = r.release() + ": " + o.get("kind") + "/" + name(o);
            Map<String, Object> labels = labels(o);
            assertEquals(r.release(), labels.get("app.kubernetes.io/instance"), id + " lacks app.kubernetes.io/instance");
            Object app = labels.get("app");
            assertTrue(COMPONENTS.contains(app), id + " has app=" + app);
            assertTrue(name(o).equals(r.release() + "-" + app) || name(o).startsWith(r.release() + "-" + app + "-"),
                    id + " is not named <release>-" + app + "[-suffix]");
            for (String key : List.of("app.kubernetes.io/name", "app.kubernetes.io/version", "app.kubernetes.io/managed-by", "helm.sh/chart")) {
                assertTrue(labels.containsKey(key), id + " lacks label " + key);
            }
            assertEquals(r.namespace(), at(o, "metadata", "namespace"), id + " is not in the release namespace");
        }
        for (PodSpecAt pod : r.podSpecs()) {
            if (!pod.where().contains("data.")) {
                assertEquals(sa, pod.spec().get("serviceAccountName"), pod.where() + " does not run as " + sa);
            }
        }
    }

    private static void assertSparkImagesMatchAppVersion(String chart, Rendered r) {
        if (chart.equals("spark-infra")) {
            return;
        }
        String appVersion = readYaml(charts.resolve(chart).resolve("Chart.yaml")).get("appVersion").asText();
        r.podSpecs().forEach(p -> p.allContainers().forEach(c -> {
            String image = String.valueOf(c.get("image"));
            if (image.startsWith("apache/spark:")) {
                assertEquals("apache/spark:" + appVersion, image, p.where() + " runs another Spark than the chart's appVersion");
            }
        }));
    }

    /** Every object with named keys rejects unknown ones (maps such as nodeSelector or sparkConf have no "properties"). */
    private static void assertStrict(String path, JsonNode node) {
        if (node.has("properties")) {
            assertTrue(node.has("additionalProperties") && !node.get("additionalProperties").asBoolean(true),
                    path + " accepts unknown keys");
        }
        if (node.has("properties")) {
            node.get("properties").fields().forEachRemaining(p -> assertStrict(path + "." + p.getKey(), p.getValue()));
        }
        if (node.has("items")) {
            assertStrict(path + "[]", node.get("items"));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String hiveDatabase(Rendered r, String release) {
        Map<String, Object> c = container(r.get("Deployment", release + "-hive-metastore"), "hive-metastore");
        List<String> names = new ArrayList<>(env(c).keySet());
        String serviceOpts = env(c).get("SERVICE_OPTS");
        assertTrue(serviceOpts.contains("jdbc:postgresql://$(POSTGRES_HOST):$(POSTGRES_PORT)/$(POSTGRES_DB)"),
                "the JDBC URL must use POSTGRES_DB: " + serviceOpts);
        // Kubernetes expands $(VAR) only from variables declared earlier in the list
        assertTrue(names.indexOf("POSTGRES_DB") < names.indexOf("SERVICE_OPTS"), "POSTGRES_DB must precede SERVICE_OPTS");
        return env(c).get("POSTGRES_DB");
    }

    private static String historyLogDir(Rendered r, String release) {
        Map<String, Object> c = container(r.get("Deployment", release + "-spark-history-server"), "spark-history-server");
        List<String> names = new ArrayList<>(env(c).keySet());
        assertEquals("-Dspark.history.fs.logDirectory=$(SPARK_HISTORY_LOG_DIR)", env(c).get("SPARK_HISTORY_OPTS"));
        assertTrue(names.indexOf("SPARK_HISTORY_LOG_DIR") < names.indexOf("SPARK_HISTORY_OPTS"),
                "SPARK_HISTORY_LOG_DIR must precede SPARK_HISTORY_OPTS");
        return env(c).get("SPARK_HISTORY_LOG_DIR");
    }

    @SuppressWarnings("unchecked")
    private static List<String> args(Rendered r, String deployment, String containerName) {
        return (List<String>) container(r.get("Deployment", deployment), containerName).get("args");
    }

    private static void assertServicePort(Rendered r, String service, int port) {
        assertTrue(list(at(r.get("Service", service), "spec", "ports")).stream().anyMatch(p -> Integer.valueOf(port).equals(p.get("port"))),
                service + " does not expose " + port);
    }

    /** spark-defaults.conf of a ConfigMap as a map ("key value" lines). */
    private static Map<String, String> sparkDefaults(Map<String, Object> configMap) {
        Map<String, String> out = new TreeMap<>();
        String text = (String) map(configMap.get("data")).get("spark-defaults.conf");
        for (String line : text.split("\n")) {
            String[] kv = line.strip().split("\\s+", 2);
            if (kv.length == 2 && !kv[0].startsWith("#")) {
                out.put(kv[0], kv[1]);
            }
        }
        return out;
    }

    private static Rendered render(String chart, String release, Map<String, String> sets) {
        return Rendered.of(charts.resolve(chart), release, NS, sets);
    }

    private static String release(String chart) {
        return switch (chart) {
            case "spark-3.5" -> "spark-35";
            case "spark-4.1" -> "spark-41";
            default -> chart;
        };
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put(kv[i], kv[i + 1]);
        }
        return out;
    }

    private static JsonNode readYaml(Path file) {
        try {
            return Rendered.YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path findRepositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("charts/spark-3.5/Chart.yaml")) && Files.isRegularFile(p.resolve("presets/presets.yaml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root with charts/ and presets/ above " + Path.of("").toAbsolutePath());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path rel = from.relativize(p);
                // built artefacts of a previous "helm dependency build" in the working tree are not sources
                if (rel.getNameCount() >= 2 && rel.getName(1).toString().equals("charts")
                        || rel.getFileName() != null && rel.getFileName().toString().equals("Chart.lock")) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
