package org.sparkk8s.docs.verifier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The --set family against Helm: the strvals port on its own, and the generated values files
 * rendered by real Helm (helm-java), compared with real Helm's own --set where helm-java has it.
 */
class HelmValuesTest {

    @TempDir
    Path dir;

    private static Map<String, Object> parse(SetValues.Kind kind, String... args) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String a : args) {
            SetValues.parseInto(a, kind, m, p -> "content of " + p, new ArrayList<>());
        }
        return m;
    }

    @Test
    void strvalsSyntax() {
        Map<String, Object> m = parse(SetValues.Kind.TYPED, "a.b=1,c=true,d=null,e=01,f=x\\,y", "list[1].name=n", "tags={a,b}",
                "dot\\.key=v", "neg=-5", "empty=");
        assertEquals("{a={b=SetInt[value=1]}, c=true, d=null, e=01, f=x,y, list=[null, {name=n}], tags=[a, b], dot.key=v, "
                + "neg=SetInt[value=-5], empty=}", m.toString());
        assertEquals("{a={b=1}, t=true}", parse(SetValues.Kind.STRING, "a.b=1,t=true").toString());
        assertEquals("{f=content of x.txt}", parse(SetValues.Kind.FILE, "f=x.txt").toString());
        assertEquals("{j={k=[1, 2]}, n=null}", parse(SetValues.Kind.JSON, "j={\"k\":[1,2]},n=").toString());
        assertEquals("{l={x=a,b=c}}", parse(SetValues.Kind.LITERAL, "l.x=a,b=c").toString());
    }

    @Test
    void strvalsErrorsAsHelmReportsThem() {
        assertEquals("key \"a\" has no value", assertThrows(SetValues.Invalid.class, () -> parse(SetValues.Kind.TYPED, "a")).getMessage());
        assertEquals("key \"a\" has no value (cannot end with ,)",
                assertThrows(SetValues.Invalid.class, () -> parse(SetValues.Kind.TYPED, "a,b=1")).getMessage());
        assertEquals("list must terminate with '}'", assertThrows(SetValues.Invalid.class, () -> parse(SetValues.Kind.TYPED, "a={x,y")).getMessage());
    }

    private Path chart() throws IOException {
        Path c = dir.resolve("chart");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: probe\nversion: 0.1.0\n");
        Files.writeString(c.resolve("values.yaml"), "image: {tag: default, pullPolicy: IfNotPresent}\nlist: [a, b, c]\nport: 80\n");
        Files.writeString(c.resolve("templates/values.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: probe\n"
                + "data:\n  values: {{ toJson .Values | quote }}\n  port: {{ .Values.port | quote }}\n");
        return c;
    }

    private static JsonNode values(String rendered) throws IOException {
        String line = rendered.lines().filter(l -> l.strip().startsWith("values:")).findFirst().orElseThrow();
        String quoted = line.strip().substring("values: ".length());
        return new ObjectMapper().readTree(new ObjectMapper().readValue(quoted, String.class));
    }

    private String render(Path chart, List<Path> files, List<HelmValues.SetArg> sets) {
        HelmValues.Prepared p = HelmValues.prepare(files, sets, dir.resolve("scratch"), x -> x, x -> "file:" + x);
        return HelmJava.template(chart, "r", "default", p.files(), p.intSets(), null, null, false, false);
    }

    @Test
    void setStringWinsOverSetWhateverTheOrderAsInHelm() throws IOException {
        Path chart = chart();
        JsonNode v = values(render(chart, List.of(), List.of(
                new HelmValues.SetArg(SetValues.Kind.STRING, "image.tag=3.5", 1),
                new HelmValues.SetArg(SetValues.Kind.TYPED, "image.tag=4.1", 1),
                new HelmValues.SetArg(SetValues.Kind.TYPED, "port=8080", 1))));
        assertEquals("3.5", v.path("image").path("tag").asText());
        assertEquals(true, v.path("image").path("tag").isTextual(), "--set-string keeps 3.5 a string");
        assertEquals("IfNotPresent", v.path("image").path("pullPolicy").asText(), "chart defaults stay");
        assertEquals(8080, v.path("port").asInt());
    }

    @Test
    void setEditsAListFromAValuesFileInPlaceAndKeepsIntegersInt64() throws IOException {
        Path chart = chart();
        Path f = dir.resolve("v.yaml");
        Files.writeString(f, "list: [x, y, z]\n");
        String out = render(chart, List.of(f), List.of(new HelmValues.SetArg(SetValues.Kind.TYPED, "list[1]=Q", 1),
                new HelmValues.SetArg(SetValues.Kind.TYPED, "port=12345678", 1)));
        JsonNode v = values(out);
        assertEquals("[\"x\",\"Q\",\"z\"]", v.path("list").toString());
        // a values file would make 12345678 a float64, which Helm prints as 1.2345678e+07
        assertEquals(true, out.contains("port: \"12345678\""), out);
    }

    @Test
    void generatedFilesGiveWhatHelmsOwnSetGives() throws IOException {
        Path chart = chart();
        Path f = dir.resolve("v.yaml");
        // y is true to Helm's YAML 1.1 reader: a list passed on whole must keep that
        Files.writeString(f, "image: {tag: fromfile}\nlist: [x, y, 0x10, '0x10', 017, on]\n");
        // helm-java escapes set values, so list syntax ({a,b}) is left to strvalsSyntax()
        String[] sets = {"image.tag=t1", "list[2]=last", "extra.flag=true", "extra.n=42", "extra.nil=null"};
        List<HelmValues.SetArg> ours = new ArrayList<>();
        Map<String, String> helms = new LinkedHashMap<>();
        for (String s : sets) {
            ours.add(new HelmValues.SetArg(SetValues.Kind.TYPED, s, 1));
            helms.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1));
        }
        String mine = render(chart, List.of(f), ours);
        String real = HelmJava.template(chart, "r", "default", List.of(f), helms, null, null, false, false);
        assertEquals(values(real), values(mine));
    }
}
