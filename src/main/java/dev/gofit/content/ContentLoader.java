package dev.gofit.content;

import dev.gofit.system.Markdown;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gofit.system.GoFitConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Collectors;

/**
 * Reads the editable domain content: YAML files bound to records and validated with Bean
 * Validation, and Markdown rendered to HTML. Files come from {@code gofit.content-dir} when
 * it exists, else from the copy packaged in the application. Every problem is reported as
 * {@code file:line: problem}, so an operator editing content can find it.
 */
@ApplicationScoped
public class ContentLoader {

    private final Path dir;
    private final Validator validator;
    private final SortedSet<String> loaded = new ConcurrentSkipListSet<>();
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .findAndRegisterModules();
    /** Used only to find what a missing-value error hides: a misspelt key is the likelier cause. */
    private final ObjectMapper lenient = mapper.copy().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public ContentLoader(GoFitConfig config, Validator validator) {
        this.dir = Path.of(config.contentDir());
        this.validator = validator;
    }

    /** Where content is read from, for the log and error messages. */
    public String source() {
        return Files.isDirectory(dir) ? dir.toAbsolutePath().normalize().toString() : "classpath:content";
    }

    /** True when there is content to read: the directory, or else the packaged copy. */
    public boolean available() {
        return Files.isDirectory(dir)
                || Thread.currentThread().getContextClassLoader().getResource("content/README.md") != null;
    }

    /** The files read and validated so far (for the readiness check). */
    public Set<String> loaded() {
        return java.util.Collections.unmodifiableSortedSet(loaded);
    }

    /** Parses {@code file} (relative to the content directory) into {@code type} and validates it. */
    public <T> T yaml(String file, Class<T> type) {
        Map<String, Integer> lines = new HashMap<>();
        JsonNode tree;
        try (Reader reader = open(file)) {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            if (root == null) {
                throw new ContentException(file, 0, "the file is empty");
            }
            tree = toTree(root, "", lines);
        } catch (MarkedYAMLException e) {
            throw new ContentException(file, e.getProblemMark().getLine() + 1,
                    "not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            throw new ContentException(file, 0, "cannot be read: " + e.getMessage());
        }
        T value;
        try {
            value = mapper.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            JsonMappingException reported = unknownFieldBehind(e, tree, type);
            String path = pathOf(reported);
            throw new ContentException(file, lineOf(lines, path), describe(path, reported));
        } catch (IOException e) {
            throw new ContentException(file, 0, e.getMessage());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> first = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
            String path = first.getPropertyPath().toString();
            String all = violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted().collect(Collectors.joining("; "));
            throw new ContentException(file, lineOf(lines, path), all);
        }
        loaded.add(file);
        return value;
    }

    /** Reads a Markdown file and renders it to HTML (content is trusted: it is the operator's). */
    public String markdownHtml(String file) {
        return Markdown.trustedHtml(text(file));
    }

    /** Reads a text file as is. */
    public String text(String file) {
        try (Reader reader = open(file)) {
            String text = readAll(reader);
            loaded.add(file);
            return text;
        } catch (IOException e) {
            throw new ContentException(file, 0, "cannot be read: " + e.getMessage());
        }
    }

    /** Reports an inconsistency found after binding (e.g. a reference to an unknown key). */
    public ContentException problem(String file, String problem) {
        return new ContentException(file, 0, problem);
    }

    /**
     * Reports an inconsistency found after binding at the line of a YAML path such as
     * {@code checks[2].key} or {@code days}; a path the file lacks is reported at its nearest enclosing node.
     */
    public ContentException problemAt(String file, String path, String problem) {
        Map<String, Integer> lines = new HashMap<>();
        try (Reader reader = open(file)) {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            if (root != null) {
                toTree(root, "", lines);
            }
        } catch (IOException | RuntimeException e) {
            // The file bound moments ago; should it fail now, the problem is still worth reporting without a line.
        }
        return new ContentException(file, lines.isEmpty() ? 0 : lineOf(lines, path), problem);
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) > 0; ) {
            sb.append(buffer, 0, n);
        }
        return sb.toString();
    }

    private Reader open(String file) throws IOException {
        Path path = dir.resolve(file).normalize();
        if (!path.startsWith(dir.normalize())) {
            throw new ContentException(file, 0, "is outside the content directory");
        }
        if (Files.isDirectory(dir)) {
            if (!Files.isRegularFile(path)) {
                throw new ContentException(file, 0, "is missing from " + dir.toAbsolutePath().normalize());
            }
            return Files.newBufferedReader(path, StandardCharsets.UTF_8);
        }
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("content/" + file);
        if (in == null) {
            throw new ContentException(file, 0, "is missing (no content directory at " + dir.toAbsolutePath().normalize()
                    + " and no packaged copy)");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** Converts the YAML node graph to a Jackson tree, remembering the line of every path. */
    private static JsonNode toTree(Node node, String path, Map<String, Integer> lines) {
        lines.put(path, node.getStartMark().getLine() + 1);
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof MappingNode mapping) {
            ObjectNode object = f.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                String childPath = path.isEmpty() ? key : path + "." + key;
                object.set(key, toTree(tuple.getValueNode(), childPath, lines));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = f.arrayNode();
            int i = 0;
            for (Node item : sequence.getValue()) {
                array.add(toTree(item, path + "[" + i++ + "]", lines));
            }
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        String v = scalar.getValue();
        if (Tag.NULL.equals(tag)) {
            return f.nullNode();
        }
        if (Tag.BOOL.equals(tag)) {
            return f.booleanNode(Boolean.parseBoolean(v.toLowerCase()));
        }
        if (Tag.INT.equals(tag)) {
            try {
                return f.numberNode(Long.parseLong(v.replace("_", "")));
            } catch (NumberFormatException e) {
                return f.textNode(v);
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return f.numberNode(Double.parseDouble(v.replace("_", "")));
            } catch (NumberFormatException e) {
                return f.textNode(v);
            }
        }
        return f.textNode(v);
    }

    /**
     * Records are built once all their fields are read, so a misspelt key ("ratng") first shows up
     * as a missing value ("rating"). Report the unknown field instead when there is one.
     */
    private JsonMappingException unknownFieldBehind(JsonMappingException e, JsonNode tree, Class<?> type) {
        if (!isMissingValue(e)) {
            return e;
        }
        try {
            lenient.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException unknown) {
            return unknown;
        } catch (IOException | RuntimeException other) {
            // keep the original error
        }
        return e;
    }

    private static boolean isMissingValue(JsonMappingException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Cannot map `null`");
    }

    private static int lineOf(Map<String, Integer> lines, String path) {
        // Walk up the path until a known node: a missing field is reported at its parent.
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut < 0) {
                return lines.getOrDefault("", 0);
            }
            p = p.substring(0, cut);
        }
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String describe(String path, JsonMappingException e) {
        String message = e.getOriginalMessage();
        if (message.startsWith("Unrecognized field")) {
            return (path.isEmpty() ? "" : path + ": ") + "unknown field (check the spelling against content/README.md)";
        }
        if (isMissingValue(e)) {
            return (path.isEmpty() ? "" : path + ": ") + "is required";
        }
        return (path.isEmpty() ? "" : path + ": ") + message.lines().findFirst().orElse(message);
    }
}
