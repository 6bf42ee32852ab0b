/*
 * Copyright 2026 Mandate developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package dev.mandate.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.mandate.model.Basis;
import dev.mandate.model.Change;
import dev.mandate.model.Diagnostic;
import dev.mandate.model.Document;
import dev.mandate.model.Role;
import dev.mandate.model.Target;
import dev.mandate.parser.MandateParser;
import dev.mandate.parser.Resources;
import dev.mandate.parser.eval.JsonTree;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema of the format ({@code docs/mandate-1.schema.json}) against the writer's output: every document of
 * the seed, the dev set and the wild corpus, snippets that bring out what those do not (bold leads, aliases, restored
 * names, ranges, diagnostics), the gold files; and against broken documents, which it must refuse.
 */
class MandateJsonSchemaTest {

  private static final MandateParser PARSER = MandateParser.builder().build();
  private static final String SCHEMA_TEXT = Resources.text("docs/mandate-1.schema.json");
  // nothing fetched over the network: the 2020-12 meta-schema comes with the validator
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      b -> b.schemaLoader(loader -> loader.fetchRemoteResources(false)));
  private static Schema schema;

  @BeforeAll
  static void loadSchema() {
    schema = REGISTRY.getSchema(SCHEMA_TEXT, InputFormat.JSON);
  }

  private static List<String> errors(String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).collect(Collectors.toList());
  }

  @Test
  void theSchemaIsADraft202012Schema() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertEquals(List.of(), meta.validate(SCHEMA_TEXT, InputFormat.JSON).stream().map(Object::toString)
        .collect(Collectors.toList()));
  }

  /** The seed, every dev-set document and every wild-corpus document, as test resource paths. */
  static Stream<String> documents() {
    List<String> docs = new ArrayList<>();
    docs.add(Resources.SEED);
    for (String d : Resources.DEV) {
      docs.add("dev/" + d + ".txt");
    }
    for (String w : Resources.wild()) {
      docs.add(w + ".txt");
    }
    return docs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theParsersJsonOfEachDocumentFollowsTheSchema(String path) {
    Document doc = PARSER.parse(new ByteArrayInputStream(Resources.bytes(path)), path.substring(path.indexOf('/') + 1));
    assertEquals(List.of(), errors(MandateJson.toJson(doc)), path);
  }

  /** Snippets giving what the documents above may not: each basis, aliases, restored names, ranges, diagnostics. */
  static Stream<Arguments> snippets() {
    return Stream.of(
        Arguments.of("bold lead", ("<html><body><table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
            + "<tr><td>1</td><td>新建学校2-3所。</td><td>市财政局、<b>市教育局</b></td></tr></table></body></html>")
            .getBytes(StandardCharsets.UTF_8), "\"basis\": \"BOLD\""),
        Arguments.of("marked lead and a range", "1.新建学校2-3所(市教育局牵头,市财政局配合)。\n".getBytes(StandardCharsets.UTF_8),
            "\"comparator\": \"RANGE\""),
        Arguments.of("alias", "1.建立民族团结示范点10个。(责任单位:市委统战部(市民族宗教局))\n"
            .getBytes(StandardCharsets.UTF_8), "\"alias\": "),
        Arguments.of("restored name", "1.降低企业成本5%。(牵头单位:市发改委、经贸委;配合单位:市财政局)\n"
            .getBytes(StandardCharsets.UTF_8), "\"restored\": "),
        Arguments.of("canonical name", "1.降低企业成本5%。(牵头单位:市发展和改革委员会;配合单位:市财政局)\n"
            .getBytes(StandardCharsets.UTF_8), "\"canonical\": \"市发展改革委\""),
        Arguments.of("diagnostics", "具体措施: | 新建学校3所。 |\n责任单位: | 市教育局 |\n具体措施: | 新建医院1所。 |\n"
            .getBytes(StandardCharsets.UTF_8), "\"kind\": \"MISSING_RESPONSIBILITY\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void theParsersJsonOfSnippetsFollowsTheSchema(String name, byte[] input, String shows) {
    String json = MandateJson.toJson(PARSER.parse(new ByteArrayInputStream(input)));
    assertTrue(json.contains(shows), name + " should show " + shows + ": " + json);
    assertEquals(List.of(), errors(json), name);
  }

  /**
   * Gold files that do not follow the format in one field, and that field. The founding document's gold predates
   * {@code basis} and gives none for its leads.
   */
  private static final Map<String, String> GOLDS_OFF_THE_FORMAT = Map.of(Resources.SEED_GOLD, "basis");

  /**
   * The gold files of the dev set and of the wild corpus, but those above, follow the schema too (their extra fields,
   * {@code alt} on a unit and {@code optional} on a target, are extras the format allows).
   */
  static Stream<String> golds() {
    List<String> golds = new ArrayList<>();
    for (String d : Resources.DEV) {
      golds.add("dev/" + d + ".gold.json");
    }
    for (String w : Resources.wild()) {
      if (Resources.exists(w + ".gold.json") && !GOLDS_OFF_THE_FORMAT.containsKey(w + ".gold.json")) {
        golds.add(w + ".gold.json");
      }
    }
    return golds.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golds")
  void goldFilesFollowTheSchema(String path) {
    assertEquals(List.of(), errors(Resources.text(path)), path);
  }

  @Test
  void goldFilesOffTheFormatAreOffOnlyInTheirOneField() {
    GOLDS_OFF_THE_FORMAT.forEach((path, field) -> {
      List<String> errors = errors(Resources.text(path));
      assertFalse(errors.isEmpty(), path + " follows the format now: validate it with the others");
      for (String e : errors) {
        assertTrue(e.contains(field), path + ": " + e);
      }
    });
  }

  /** A small valid document; each broken one below changes one thing in it. */
  private static final String VALID = String.join("\n",
      "{\"format\": \"mandate/1\", \"source\": null, \"title\": null, \"notes\": [],",
      " \"measures\": [{\"id\": 1, \"section\": [], \"text\": \"新建学校3所。\",",
      "  \"responsibilities\": [{\"unit\": \"市教育局\", \"role\": \"LEAD\", \"basis\": \"MARKED\"},",
      "   {\"unit\": \"市财政局\", \"role\": \"SUPPORT\"}],",
      "  \"targets\": [{\"text\": \"3所\", \"subject\": \"学校\", \"value\": 3, \"upper\": null, \"unit\": \"所\",",
      "   \"comparator\": \"EXACT\", \"change\": null, \"span\": [4, 6]}],",
      "  \"deadline\": null, \"line\": 1}],",
      " \"diagnostics\": [{\"kind\": \"NO_MARKED_LEAD\", \"message\": \"m\", \"line\": 1, \"column\": 1}]}");

  @Test
  void theValidDocumentIsValidAndReadable() {
    assertEquals(List.of(), errors(VALID));
    assertEquals(1, MandateJson.fromJson(VALID).measures().size());
    assertEquals(List.of(), errors(VALID.replace("\"line\": 1}]", "\"line\": 1, \"note\": \"extra\"}]")),
        "extra fields are allowed");
    assertEquals(List.of(), errors(VALID.replace("\"line\": 1, \"column\": 1", "\"line\": null, \"column\": null")),
        "a diagnostic with no position");
  }

  static Stream<Arguments> broken() {
    return Stream.of(
        Arguments.of("a measure without text", "\"text\": \"新建学校3所。\",", ""),
        Arguments.of("an empty measure text", "\"text\": \"新建学校3所。\"", "\"text\": \"\""),
        Arguments.of("role BOSS", "\"role\": \"SUPPORT\"", "\"role\": \"BOSS\""),
        Arguments.of("a lead without basis", ", \"basis\": \"MARKED\"", ""),
        Arguments.of("a support with a basis", "\"role\": \"SUPPORT\"", "\"role\": \"SUPPORT\", \"basis\": \"MARKED\""),
        Arguments.of("basis GUESSED", "\"basis\": \"MARKED\"", "\"basis\": \"GUESSED\""),
        Arguments.of("a unit without a name", "\"unit\": \"市财政局\", ", ""),
        Arguments.of("a blank canonical name", "\"role\": \"SUPPORT\"", "\"role\": \"SUPPORT\", \"canonical\": \"\""),
        Arguments.of("comparator MORE", "\"comparator\": \"EXACT\"", "\"comparator\": \"MORE\""),
        Arguments.of("change DOUBLE", "\"change\": null", "\"change\": \"DOUBLE\""),
        Arguments.of("value as a string", "\"value\": 3", "\"value\": \"3\""),
        Arguments.of("upper without a range", "\"upper\": null", "\"upper\": 4"),
        Arguments.of("a range without upper", "\"comparator\": \"EXACT\"", "\"comparator\": \"RANGE\""),
        Arguments.of("a span of three", "\"span\": [4, 6]", "\"span\": [4, 6, 7]"),
        Arguments.of("a span of one", "\"span\": [4, 6]", "\"span\": [4]"),
        Arguments.of("a negative span", "\"span\": [4, 6]", "\"span\": [-1, 6]"),
        Arguments.of("a span of strings", "\"span\": [4, 6]", "\"span\": [\"4\", \"6\"]"),
        Arguments.of("a target without subject", "\"subject\": \"学校\", ", ""),
        Arguments.of("measure id 0", "\"id\": 1", "\"id\": 0"),
        Arguments.of("a blank deadline", "\"deadline\": null", "\"deadline\": \"\""),
        Arguments.of("format mandate/2", "mandate/1", "mandate/2"),
        Arguments.of("no notes", "\"notes\": [],", ""),
        Arguments.of("a note that is a number", "\"notes\": []", "\"notes\": [1]"),
        Arguments.of("line 0", "\"line\": 1}]", "\"line\": 0}]"),
        Arguments.of("a diagnostic's line -1", "\"line\": 1, \"column\"", "\"line\": -1, \"column\""),
        Arguments.of("a diagnostic without column", ", \"column\": 1", ""),
        Arguments.of("a diagnostic of no known kind", "NO_MARKED_LEAD", "BAD_LUCK"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void brokenDocumentsAreRefused(String name, String from, String to) {
    String json = VALID.replace(from, to);
    assertNotEquals(VALID, json, name + ": the change did not apply");
    assertFalse(errors(json).isEmpty(), name + " passed the schema: " + json);
  }

  /** The schema's enums name exactly the model's enum constants (the writer writes their names). */
  @Test
  @SuppressWarnings("unchecked")
  void enumsAreTheModelsEnums() throws ReflectiveOperationException {
    Map<String, Object> defs = (Map<String, Object>) ((Map<String, Object>) JsonTree.parse(SCHEMA_TEXT)).get("$defs");
    assertEquals(names(Role.values()), enumOf(defs, "responsibility", "role"));
    assertEquals(names(Basis.values()), enumOf(defs, "responsibility", "basis"));
    // the comparator's type by the method that returns it, whatever the enum is called
    Enum<?>[] comparators = (Enum<?>[]) Target.class.getMethod("comparator").getReturnType().getEnumConstants();
    assertEquals(names(comparators), enumOf(defs, "target", "comparator"));
    List<Object> changes = new ArrayList<>(names(Change.values()));
    changes.add(null);
    assertEquals(changes, enumOf(defs, "target", "change"));
    assertEquals(names(Diagnostic.Kind.values()), enumOf(defs, "diagnostic", "kind"));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> enumOf(Map<String, Object> defs, String type, String field) {
    Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) defs.get(type)).get("properties");
    return (List<Object>) ((Map<String, Object>) properties.get(field)).get("enum");
  }

  private static List<Object> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
  }
}
