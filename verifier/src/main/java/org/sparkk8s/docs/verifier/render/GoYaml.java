package org.sparkk8s.docs.verifier.render;

import java.math.BigInteger;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a values file the way Helm's go-yaml (v2, YAML 1.1) resolves plain scalars, so that data
 * the verifier passes on to Helm keeps the meaning Helm would have given it: {@code y}, {@code yes},
 * {@code on} are true and {@code n}, {@code no}, {@code off} false; {@code 0x1F}, {@code 0o17} and
 * a leading-zero {@code 017} are integers; {@code 1_000} is 1000; timestamps stay strings (Helm
 * turns them into RFC 3339 strings; values files in guides do not use them). Quoted scalars are
 * always strings.
 */
final class GoYaml {

    private static final Pattern GO_BOOL = Pattern.compile(
            "^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$");
    private static final Pattern GO_INT = Pattern.compile("^[-+]?(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|[0-9][0-9_]*)$");
    private static final Pattern GO_FLOAT = Pattern.compile("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$");
    private static final Pattern SPECIAL_FLOAT = Pattern.compile("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");

    private GoYaml() {
    }

    /** The first document of {@code text}: maps, lists, strings, booleans, Long/BigInteger, Double, null. */
    static Object load(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        Yaml yaml = new Yaml(new Constructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new GoResolver());
        return yaml.load(text);
    }

    /** go-yaml v2's implicit types for plain scalars. */
    private static final class GoResolver extends Resolver {
        // Resolver has its own BOOL, INT, FLOAT (YAML 1.1 as SnakeYAML reads it); ours are named apart
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, GO_BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, GO_INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, GO_FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.FLOAT, SPECIAL_FLOAT, "-+.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    /** Builds the values go-yaml would: Go's ParseInt with base 0 for integers, every boolean spelling. */
    private static final class Constructor extends SafeConstructor {
        Constructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.BOOL, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String v = ((ScalarNode) node).getValue();
                    return "yYtTo".indexOf(v.charAt(0)) >= 0 && !v.equalsIgnoreCase("off");
                }
            });
            yamlConstructors.put(Tag.INT, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return integer(((ScalarNode) node).getValue());
                }
            });
            yamlConstructors.put(Tag.FLOAT, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String v = ((ScalarNode) node).getValue();
                    if (SPECIAL_FLOAT.matcher(v).matches()) {
                        return v.contains("nan") || v.contains("NaN") || v.contains("NAN") ? Double.NaN
                                : v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                    }
                    return Double.parseDouble(v);
                }
            });
        }

        private static Object integer(String text) {
            String v = text.replace("_", "");
            boolean negative = v.startsWith("-");
            if (v.startsWith("-") || v.startsWith("+")) {
                v = v.substring(1);
            }
            int radix = 10;
            if (v.length() > 1 && (v.startsWith("0x") || v.startsWith("0X"))) {
                radix = 16;
                v = v.substring(2);
            } else if (v.length() > 1 && (v.startsWith("0o") || v.startsWith("0O"))) {
                radix = 8;
                v = v.substring(2);
            } else if (v.length() > 1 && (v.startsWith("0b") || v.startsWith("0B"))) {
                radix = 2;
                v = v.substring(2);
            } else if (v.length() > 1 && v.startsWith("0")) {
                radix = 8;
                v = v.substring(1);
            }
            try {
                BigInteger b = new BigInteger(v, radix);
                b = negative ? b.negate() : b;
                return b.bitLength() < 64 ? (Object) b.longValue() : b;
            } catch (NumberFormatException e) {
                // "08" is no octal number; go-yaml then reads it as a float
                return Double.parseDouble(text.replace("_", ""));
            }
        }
    }
}
