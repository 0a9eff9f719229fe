package dev.gofit.system;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Shapes {@code /q/openapi} into the document a client generator uses: only the JSON API, the export
 * files and {@code POST /demo/aggregate} (pages and form posts stay out), a unique {@code operationId}
 * per operation, Bearer and Basic security, problem+json 4xx answers and {@code servers} from
 * {@code gofit.public-url}. Runs at build time (the document CI lints, {@code target/openapi}); {@link Servers}
 * puts this deployment's public URL in the served one.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiDocument implements OASFilter {

    /** Paths a script may call besides {@code /api/**}: the export files (Basic or Bearer, see the "exports" permission). */
    static final Pattern EXPORT_FILE = Pattern.compile(
            "/(decisions/\\{id}/adr\\.(md|pdf)"
                    + "|checklists/\\{id}/export\\.(md|csv|pdf)"
                    + "|pilots/\\{id}/(export\\.(md|pdf)|checkpoints\\.ics|report-\\{day}\\.(md|pdf))"
                    + "|hiring/candidates/\\{id}/summary\\.pdf"
                    + "|reviews/\\{id}/report\\.pdf)");
    /** Quarkus' generic answers (code and description), replaced by the shared problem+json responses. */
    private static final Map<String, String> GENERIC = Map.of(
            "400 Bad Request", "BadRequest", "401 Not Authorized", "Unauthorized", "403 Not Allowed", "Forbidden",
            "404 Not Found", "NotFound");
    /** Public operations: no credentials. */
    static final Set<String> PUBLIC_PATHS = Set.of("/demo/aggregate");

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    private static final String RESPONSES = "#/components/responses/";
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final Map<String, String> TAG_DESCRIPTIONS = Map.of(
            "API tokens", "Personal API tokens for scripts (Authorization: Bearer)",
            "Users", "Staff accounts and their roles (ADMIN)",
            "Decisions", "The Go-fit wizard's decisions, their matrix, lifecycle and ADR",
            "Hiring", "Checklists, candidates, interview loops and scorecards",
            "Pilots", "Two-week pilots, their measurements and the go / no-go",
            "Take-home invites", "Invite links for candidates' take-home submissions",
            "Take-home reviews", "Graded runs of the review engine against an endpoint",
            "Exports", "Files to download: ADRs, checklists, pilot plans and reports, summaries",
            "Matrix", "The criteria and ratings every decision may compare",
            "Account", "The caller's own account");

    /** Whether a path belongs in the document. */
    static boolean described(String path) {
        return path.startsWith("/api/") || EXPORT_FILE.matcher(path).matches() || PUBLIC_PATHS.contains(path);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (String path : List.copyOf(openAPI.getPaths().getPathItems().keySet())) {
                if (!described(path)) {
                    openAPI.getPaths().removePathItem(path);
                }
            }
            Set<String> ids = new HashSet<>();
            openAPI.getPaths().getPathItems().forEach((path, item) -> shape(path, item, ids));
        }
        openAPI.setServers(new ArrayList<>(List.of(server())));
        openAPI.setTags(tags(openAPI));
        dropUnusedSchemas(openAPI);
    }

    /** Schemas only pages used (form maps, template instances) would make a generator write classes for nothing. */
    private static void dropUnusedSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> used = new HashSet<>();
        List<Schema> pending = new ArrayList<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> pending.add(p.getSchema()));
                }
                if (op.getRequestBody() != null) {
                    pending.addAll(schemasOf(op.getRequestBody().getContent()));
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    op.getResponses().getAPIResponses().values().forEach(r -> pending.addAll(schemasOf(r.getContent())));
                }
            }));
        }
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(r -> pending.addAll(schemasOf(r.getContent())));
        }
        while (!pending.isEmpty()) {
            Schema schema = pending.remove(pending.size() - 1);
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && schemas.get(name) != null) {
                    pending.add(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(), schema.getPrefixItems())) {
                if (list != null) {
                    pending.addAll(list);
                }
            }
            pending.add(schema.getItems());
            pending.add(schema.getNot());
            pending.add(schema.getAdditionalPropertiesSchema());
        }
        for (String name : List.copyOf(schemas.keySet())) {
            if (!used.contains(name)) {
                openAPI.getComponents().removeSchema(name);
            }
        }
    }

    private static List<Schema> schemasOf(Content content) {
        List<Schema> found = new ArrayList<>();
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> found.add(m.getSchema()));
        }
        return found;
    }

    private static void shape(String path, PathItem item, Set<String> ids) {
        boolean open = PUBLIC_PATHS.contains(path);
        boolean export = EXPORT_FILE.matcher(path).matches();
        for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
            Operation op = e.getValue();
            op.setOperationId(uniqueId(op.getOperationId(), e.getKey(), path, ids));
            if (export && (op.getTags() == null || op.getTags().isEmpty())) {
                op.setTags(new ArrayList<>(List.of("Exports")));
            }
            if (open) {
                op.setSecurity(new ArrayList<>());
                continue;
            }
            op.setSecurity(security(op.getSecurity()));
            APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
            op.setResponses(responses);
            if (responses.getAPIResponses() != null) {
                for (Map.Entry<String, APIResponse> r : Map.copyOf(responses.getAPIResponses()).entrySet()) {
                    String shared = GENERIC.get(r.getKey() + " " + r.getValue().getDescription());
                    if (shared != null && r.getValue().getContent() == null) {
                        responses.addAPIResponse(r.getKey(), OASFactory.createAPIResponse().ref(RESPONSES + shared));
                    } else {
                        problemContent(r.getKey(), r.getValue());
                    }
                }
                if (responses.getAPIResponses().keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                    // As Quarkus does when no @APIResponse names a success (here some named only errors).
                    responses.addAPIResponse("200", OASFactory.createAPIResponse().description("OK"));
                }
            }
            boolean takesInput = op.getRequestBody() != null || (op.getParameters() != null
                    && op.getParameters().stream().anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY));
            if (takesInput) {
                ensure(responses, "400", "BadRequest");
            }
            ensure(responses, "401", "Unauthorized");
            ensure(responses, "403", "Forbidden");
            if (path.contains("{")) {
                ensure(responses, "404", "NotFound");
            }
            if (op.getRequestBody() != null) {
                ensure(responses, "415", "UnsupportedMediaType");
            }
            ensure(responses, "429", "TooManyRequests");
        }
    }

    /** Keeps an id given by {@code @Operation}, else derives one from the class and method; unique either way. */
    private static String uniqueId(String given, PathItem.HttpMethod method, String path, Set<String> ids) {
        String id = given == null || given.isBlank() ? fromPath(method, path) : fromClassMethod(given);
        String candidate = id;
        for (int n = 2; !ids.add(candidate); n++) {
            candidate = id + n;
        }
        return candidate;
    }

    /** {@code DecisionApiResource_create} (the CLASS_METHOD strategy) becomes {@code decisionCreate}. */
    static String fromClassMethod(String id) {
        int sep = id.indexOf('_');
        if (sep < 0) {
            return id;
        }
        String type = id.substring(0, sep).replaceFirst("(Api)?Resource$", "");
        String method = id.substring(sep + 1);
        return Character.toLowerCase(type.charAt(0)) + type.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }

    /** {@code GET /pilots/{id}/export.md} becomes {@code getPilotsIdExportMd} (only for operations without a Java method). */
    static String fromPath(PathItem.HttpMethod method, String path) {
        StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
        for (String word : path.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return id.toString();
    }

    /** Bearer or Basic, keeping the roles the annotations named. */
    private static List<SecurityRequirement> security(List<SecurityRequirement> declared) {
        List<String> roles = new ArrayList<>();
        if (declared != null) {
            for (SecurityRequirement requirement : declared) {
                if (requirement.getSchemes() != null) {
                    requirement.getSchemes().values().forEach(list -> {
                        if (list != null) {
                            list.stream().filter(r -> !roles.contains(r)).forEach(roles::add);
                        }
                    });
                }
            }
        }
        return new ArrayList<>(List.of(
                OASFactory.createSecurityRequirement().addScheme(BEARER, new ArrayList<>(roles)),
                OASFactory.createSecurityRequirement().addScheme(BASIC, new ArrayList<>(roles))));
    }

    /** A 4xx answer declared by an annotation keeps its description and gets the problem+json body. */
    private static void problemContent(String code, APIResponse response) {
        if (!code.startsWith("4") || response.getRef() != null) {
            return;
        }
        Content content = response.getContent() == null ? OASFactory.createContent() : response.getContent();
        MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
        if (problem == null || problem.getSchema() == null) {
            Map<String, MediaType> types = new LinkedHashMap<>();
            types.put(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
            content.setMediaTypes(types);
        }
        response.setContent(content);
    }

    private static void ensure(APIResponses responses, String code, String component) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(RESPONSES + component));
        }
    }

    static Server server() {
        String url = ConfigProvider.getConfig().getOptionalValue("gofit.public-url", String.class)
                .orElse("http://localhost:8080").replaceAll("/+$", "");
        return OASFactory.createServer().url(url).description("This GoFit (gofit.public-url)");
    }

    /** Only tags still used, each with a description. */
    private static List<Tag> tags(OpenAPI openAPI) {
        Set<String> used = new java.util.TreeSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getTags() != null) {
                    used.addAll(op.getTags());
                }
            }));
        }
        Map<String, Tag> known = new LinkedHashMap<>();
        if (openAPI.getTags() != null) {
            openAPI.getTags().forEach(t -> known.put(t.getName(), t));
        }
        List<Tag> tags = new ArrayList<>();
        for (String name : used) {
            Tag tag = known.getOrDefault(name, OASFactory.createTag().name(name));
            if (tag.getDescription() == null) {
                tag.setDescription(TAG_DESCRIPTIONS.getOrDefault(name, name));
            }
            tags.add(tag);
        }
        return tags;
    }

    /** The served document names the public URL this deployment runs with (read per request: tests learn their port late). */
    @OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
    public static class Servers implements OASFilter {
        @Override
        public void filterOpenAPI(OpenAPI openAPI) {
            openAPI.setServers(new ArrayList<>(List.of(server())));
        }
    }
}
