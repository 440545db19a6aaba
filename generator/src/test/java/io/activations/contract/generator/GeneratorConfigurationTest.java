package io.activations.contract.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openapitools.codegen.CliOption;
import org.openapitools.codegen.CodegenConfig;
import org.openapitools.codegen.CodegenConfigLoader;
import org.openapitools.codegen.config.GeneratorSettings;

/**
 * The generator ignores unknown options and unknown template files without a word, so a typo in
 * the configuration or a misplaced override would change the client silently. These tests check
 * the packaged configuration against the generator version the build really uses.
 */
class GeneratorConfigurationTest {

    private static final String TEMPLATES = "/openapi-generator/templates/java";

    @ParameterizedTest
    @EnumSource(Language.class)
    void configuration_namesOnlyOptionsTheGeneratorKnows(Language language) throws IOException {
        Map<String, Object> configuration = readConfiguration(language);

        assertThat(unknownOptions(configuration))
                .as("options the %s generator does not declare in %s", configuration.get("generatorName"),
                        language.settingsResource())
                .isEmpty();
    }

    @Test
    void unknownOptions_reportsAMisspelledOption_andAcceptsDeclaredAndGeneralOnes() {
        Map<String, Object> configuration = Map.of("generatorName", "go", "packageName", "activations",
                "gitHost", "activations.io", "enumUnknownDefaultCas", true);

        assertThat(unknownOptions(configuration)).containsExactly("enumUnknownDefaultCas");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void configuration_namesALibraryTheGeneratorSupports_whenItNamesOne(Language language) throws IOException {
        Map<String, Object> configuration = readConfiguration(language);
        CodegenConfig generator = CodegenConfigLoader.forName(String.valueOf(configuration.get("generatorName")));

        if (configuration.containsKey("library")) {
            assertThat(generator.supportedLibraries()).containsKey(String.valueOf(configuration.get("library")));
        } else {
            assertThat(generator.supportedLibraries()).as("a generator with libraries must be told which").isEmpty();
        }
    }

    /**
     * Keys of a settings file that are neither an option the named generator declares nor a general
     * setting every generator reads (a field of GeneratorSettings: gitHost, packageName, library...).
     */
    static Set<String> unknownOptions(Map<String, Object> configuration) {
        CodegenConfig generator = CodegenConfigLoader.forName(String.valueOf(configuration.get("generatorName")));
        Set<String> known = generator.cliOptions().stream().map(CliOption::getOpt).collect(Collectors.toSet());
        Arrays.stream(GeneratorSettings.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .map(Field::getName)
                .forEach(known::add);

        Set<String> unknown = new TreeSet<>(configuration.keySet());
        unknown.removeAll(known);
        return unknown;
    }

    @Test
    void everyTemplateOverride_replacesATemplateTheGeneratorShips() throws Exception {
        List<String> overrides = templateOverrides();

        assertThat(overrides).isNotEmpty();
        for (String override : overrides) {
            assertThat(upstreamTemplate(override)).as("upstream template Java/%s", override).isNotNull();
        }
    }

    @Test
    void nativeApiTemplateOverride_differsFromUpstreamOnlyInDecodingBodiesAsUtf8() throws Exception {
        String upstream = upstreamTemplate("libraries/native/api.mustache");
        String platformCharsetDecode = "new String\\((\\w+)\\.readAllBytes\\(\\)\\)";

        assertThat(upstream).as("upstream still decodes with the platform charset").containsPattern(platformCharsetDecode);
        assertThat(override("libraries/native/api.mustache"))
                .as("override = upstream with UTF-8 decoding; refresh it from the upstream template if this fails")
                .isEqualTo(upstream.replaceAll(platformCharsetDecode,
                        "new String($1.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)"));
    }

    @Test
    void nativePojoTemplateOverride_differsFromUpstreamOnlyInLeavingTypelessNullableFieldsUndefined() throws Exception {
        String upstream = upstreamTemplate("libraries/native/pojo.mustache");
        String nullableDefault = "{{#defaultValue}}of({{{.}}}){{/defaultValue}}{{^defaultValue}}undefined(){{/defaultValue}}";

        assertThat(upstream).as("upstream still initialises nullable fields from their default").contains(nullableDefault);
        assertThat(override("libraries/native/pojo.mustache"))
                .as("override = upstream with typeless fields undefined; refresh it from the upstream template if this fails")
                .isEqualTo(upstream.replace(nullableDefault,
                        "{{#isAnyType}}undefined(){{/isAnyType}}{{^isAnyType}}" + nullableDefault + "{{/isAnyType}}"));
    }

    /** An override as the generator renders it: without its leading explanatory comment. */
    private static String override(String relativePath) throws IOException {
        return stripLeadingMustacheComment(read(TEMPLATES + "/" + relativePath));
    }

    private static Map<String, Object> readConfiguration(Language language) throws IOException {
        try (InputStream in = GeneratorConfigurationTest.class.getResourceAsStream(language.settingsResource())) {
            assertThat(in).as(language.settingsResource() + " on the classpath").isNotNull();
            return new YAMLMapper().readValue(in, new TypeReference<Map<String, Object>>() { });
        }
    }

    private static List<String> templateOverrides() throws URISyntaxException, IOException {
        URL root = GeneratorConfigurationTest.class.getResource(TEMPLATES);
        assertThat(root).as(TEMPLATES + " on the classpath").isNotNull();
        Path directory = Path.of(root.toURI());
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> directory.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /** The generator's own copy of a template, from the openapi-generator jar; null if it has none. */
    private static String upstreamTemplate(String relativePath) throws IOException {
        try (InputStream in = CodegenConfig.class.getClassLoader().getResourceAsStream("Java/" + relativePath)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = GeneratorConfigurationTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String stripLeadingMustacheComment(String template) {
        if (!template.startsWith("{{!")) {
            return template;
        }
        int end = template.indexOf("}}");
        return template.substring(template.indexOf('\n', end) + 1);
    }
}
