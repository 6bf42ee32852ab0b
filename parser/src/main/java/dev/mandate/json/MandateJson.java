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

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.mandate.model.Basis;
import dev.mandate.model.Change;
import dev.mandate.model.Comparison;
import dev.mandate.model.Diagnostic;
import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.model.Responsibility;
import dev.mandate.model.Role;
import dev.mandate.model.Span;
import dev.mandate.model.Target;
import dev.mandate.model.Unit;
import dev.mandate.parser.MandateException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes and reads the {@code mandate/1} JSON of a {@link Document}, streaming (no tree in memory). Output is
 * deterministic: the same document gives byte-identical JSON, fields in the order of the format's spec, numbers as
 * JSON numbers in plain notation, text as UTF-8. Fields beyond the spec: {@code alias} and {@code restored} on a unit
 * that has them, {@code canonical} on every responsibility (the unit's {@link Unit#canonical() canonical name}),
 * {@code line} on a measure, {@code diagnostics} on the document. The reader accepts and ignores unknown fields, and
 * takes a unit without {@code canonical} to have its full name as canonical name. Thread-safe.
 */
public final class MandateJson {

  /** The format name written in {@code format}. */
  public static final String FORMAT = "mandate/1";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(64).build())
      .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private MandateJson() {}

  /** The document as JSON text, laid out for reading: one field of the document or of a measure per line, each responsibility, target and diagnostic on one line. */
  public static String toJson(Document document) {
    StringWriter w = new StringWriter();
    try {
      write(document, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }

  /** Writes the document as UTF-8 JSON to {@code out} (flushed, not closed). */
  public static void write(Document document, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(document, g);
    }
  }

  /** Writes the document as JSON to {@code out} (flushed, not closed). */
  public static void write(Document document, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(document, g);
    }
  }

  /**
   * Writes the document as one line of UTF-8 JSON and a line break (flushed, not closed): a line of a JSON Lines file
   * ({@code mandate parse FOLDER --format jsonl}). The same fields and values as {@link #write(Document, OutputStream)}.
   */
  public static void writeLine(Document document, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(document, g, false);
    }
  }

  private static void write(Document d, JsonGenerator g) throws IOException {
    write(d, g, true);
  }

  private static void write(Document d, JsonGenerator g, boolean laidOut) throws IOException {
    Layout layout = new Layout();
    if (laidOut) {
      g.setPrettyPrinter(layout);
    }
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeFieldName("source");
    writeOptional(g, d.source());
    g.writeFieldName("title");
    writeOptional(g, d.title());
    g.writeFieldName("notes");
    layout.oneLine();
    g.writeStartArray();
    for (String n : d.notes()) {
      g.writeString(n);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("measures");
    for (Measure m : d.measures()) {
      writeMeasure(g, layout, m);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("diagnostics");
    for (Diagnostic x : d.diagnostics()) {
      layout.oneLine();
      g.writeStartObject();
      g.writeStringField("kind", x.kind().name());
      g.writeStringField("message", x.message());
      // null where the problem is the whole input's
      if (x.line().isPresent()) {
        g.writeNumberField("line", x.line().getAsInt());
      } else {
        g.writeNullField("line");
      }
      if (x.column().isPresent()) {
        g.writeNumberField("column", x.column().getAsInt());
      } else {
        g.writeNullField("column");
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
  }

  // the names written for every measure, responsibility and target, quoted and encoded once (Jackson's
  // SerializedString) instead of escaped and encoded at every use: a 20 MB input writes ~800,000 of them
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString SECTION = new SerializedString("section");
  private static final SerializedString TEXT = new SerializedString("text");
  private static final SerializedString RESPONSIBILITIES = new SerializedString("responsibilities");
  private static final SerializedString UNIT = new SerializedString("unit");
  private static final SerializedString ROLE = new SerializedString("role");
  private static final SerializedString BASIS = new SerializedString("basis");
  private static final SerializedString ALIAS = new SerializedString("alias");
  private static final SerializedString RESTORED = new SerializedString("restored");
  private static final SerializedString CANONICAL = new SerializedString("canonical");
  private static final SerializedString TARGETS = new SerializedString("targets");
  private static final SerializedString SUBJECT = new SerializedString("subject");
  private static final SerializedString VALUE = new SerializedString("value");
  private static final SerializedString UPPER = new SerializedString("upper");
  private static final SerializedString COMPARATOR = new SerializedString("comparator");
  private static final SerializedString CHANGE = new SerializedString("change");
  private static final SerializedString SPAN = new SerializedString("span");
  private static final SerializedString DEADLINE = new SerializedString("deadline");
  private static final SerializedString LINE = new SerializedString("line");
  private static final Map<Role, SerializedString> ROLES = names(Role.class);
  private static final Map<Basis, SerializedString> BASES = names(Basis.class);
  private static final Map<Comparison, SerializedString> COMPARATORS = names(Comparison.class);
  private static final Map<Change, SerializedString> CHANGES = names(Change.class);

  private static <E extends Enum<E>> Map<E, SerializedString> names(Class<E> type) {
    Map<E, SerializedString> m = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      m.put(e, new SerializedString(e.name()));
    }
    return m;
  }

  private static void writeMeasure(JsonGenerator g, Layout layout, Measure m) throws IOException {
    g.writeStartObject();
    g.writeFieldName(ID);
    g.writeNumber(m.id());
    g.writeFieldName(SECTION);
    layout.oneLine();
    g.writeStartArray();
    for (String s : m.section()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeFieldName(TEXT);
    g.writeString(m.text());
    g.writeFieldName(RESPONSIBILITIES);
    g.writeStartArray();
    for (Responsibility r : m.responsibilities()) {
      layout.oneLine();
      g.writeStartObject();
      g.writeFieldName(UNIT);
      g.writeString(r.unit().name());
      g.writeFieldName(ROLE);
      g.writeString(ROLES.get(r.role()));
      if (r.basis().isPresent()) {
        g.writeFieldName(BASIS);
        g.writeString(BASES.get(r.basis().get()));
      }
      if (r.unit().alias().isPresent()) {
        g.writeFieldName(ALIAS);
        g.writeString(r.unit().alias().get());
      }
      if (r.unit().restoredName().isPresent()) {
        g.writeFieldName(RESTORED);
        g.writeString(r.unit().restoredName().get());
      }
      // on every responsibility, equal to the name or not: one name per agency, to group by across documents
      g.writeFieldName(CANONICAL);
      g.writeString(r.unit().canonical());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName(TARGETS);
    g.writeStartArray();
    for (Target t : m.targets()) {
      layout.oneLine();
      g.writeStartObject();
      g.writeFieldName(TEXT);
      g.writeString(t.text());
      g.writeFieldName(SUBJECT);
      writeOptional(g, t.subject());
      g.writeFieldName(VALUE);
      g.writeNumber(t.value());
      g.writeFieldName(UPPER);
      if (t.upper().isPresent()) {
        g.writeNumber(t.upper().get());
      } else {
        g.writeNull();
      }
      g.writeFieldName(UNIT);
      g.writeString(t.unit().orElse("")); // the contract writes a missing unit as ""
      g.writeFieldName(COMPARATOR);
      g.writeString(COMPARATORS.get(t.comparator()));
      g.writeFieldName(CHANGE);
      if (t.change().isPresent()) {
        g.writeString(CHANGES.get(t.change().get()));
      } else {
        g.writeNull();
      }
      g.writeFieldName(SPAN);
      g.writeStartArray();
      g.writeNumber(t.span().start());
      g.writeNumber(t.span().end());
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName(DEADLINE);
    writeOptional(g, m.deadline());
    if (m.line().isPresent()) {
      g.writeFieldName(LINE);
      g.writeNumber(m.line().getAsInt());
    }
    g.writeEndObject();
  }

  private static void writeOptional(JsonGenerator g, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeString(value.get());
    } else {
      g.writeNull();
    }
  }


  // ---- reading ------------------------------------------------------------------------------------------

  /** Reads a document from JSON text. @throws MandateException INVALID_JSON if it is not mandate/1 JSON */
  public static Document fromJson(String json) {
    return read(new StringReader(json));
  }

  /**
   * Reads a document from JSON (the reader is not closed).
   *
   * @throws MandateException INVALID_JSON if it is not mandate/1 JSON (with the line and column), UNREADABLE on I/O
   */
  public static Document read(Reader in) {
    try (JsonParser p = FACTORY.createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      expect(p, p.nextToken(), JsonToken.START_OBJECT, "a JSON object");
      Document.Builder b = Document.builder();
      String format = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String f = p.currentName();
        JsonToken t = p.nextToken();
        switch (f) {
          case "format":
            format = p.getValueAsString();
            break;
          case "source":
            b.source(optionalString(p, t));
            break;
          case "title":
            b.title(optionalString(p, t));
            break;
          case "notes":
            b.notes(strings(p, t));
            break;
          case "measures":
            expect(p, t, JsonToken.START_ARRAY, "an array of measures");
            while (p.nextToken() == JsonToken.START_OBJECT) {
              b.addMeasures(readMeasure(p));
            }
            break;
          case "diagnostics":
            expect(p, t, JsonToken.START_ARRAY, "an array of diagnostics");
            while (p.nextToken() == JsonToken.START_OBJECT) {
              b.addDiagnostics(readDiagnostic(p));
            }
            break;
          default:
            p.skipChildren();
        }
      }
      if (!FORMAT.equals(format)) {
        throw new MandateException(MandateException.Kind.INVALID_JSON,
            "expected \"format\": \"" + FORMAT + "\", got " + (format == null ? "none" : "\"" + format + "\""));
      }
      return b.build();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new MandateException(MandateException.Kind.INVALID_JSON, "not valid JSON: " + e.getOriginalMessage()
          + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
    } catch (IOException e) {
      throw new MandateException(MandateException.Kind.UNREADABLE, "cannot read JSON: " + e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new MandateException(MandateException.Kind.INVALID_JSON, "not a valid mandate/1 document: "
          + e.getMessage(), e);
    }
  }

  private static Measure readMeasure(JsonParser p) throws IOException {
    Measure.Builder b = Measure.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      JsonToken t = p.nextToken();
      switch (f) {
        case "id":
          b.id(p.getIntValue());
          break;
        case "section":
          b.section(strings(p, t));
          break;
        case "text":
          b.text(p.getText());
          break;
        case "responsibilities":
          expect(p, t, JsonToken.START_ARRAY, "an array of responsibilities");
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addResponsibilities(readResponsibility(p));
          }
          break;
        case "targets":
          expect(p, t, JsonToken.START_ARRAY, "an array of targets");
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addTargets(readTarget(p));
          }
          break;
        case "deadline":
          b.deadline(optionalString(p, t));
          break;
        case "line":
          b.line(p.getIntValue());
          break;
        default:
          p.skipChildren();
      }
    }
    return b.build();
  }

  private static Responsibility readResponsibility(JsonParser p) throws IOException {
    Unit.Builder u = Unit.builder();
    Responsibility.Builder b = Responsibility.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      JsonToken t = p.nextToken();
      switch (f) {
        case "unit":
          u.name(p.getText());
          break;
        case "role":
          b.role(Role.valueOf(p.getText()));
          break;
        case "basis":
          b.basis(optionalString(p, t).map(Basis::valueOf));
          break;
        case "alias":
          u.alias(optionalString(p, t));
          break;
        case "restored":
          u.restoredName(optionalString(p, t));
          break;
        case "canonical":
          // absent (JSON of an older writer, a gold file): the unit's full name, as the model defaults it
          optionalString(p, t).ifPresent(u::canonical);
          break;
        default:
          p.skipChildren();
      }
    }
    return b.unit(u.build()).build();
  }

  private static Target readTarget(JsonParser p) throws IOException {
    Target.Builder b = Target.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      JsonToken t = p.nextToken();
      switch (f) {
        case "text":
          b.text(p.getText());
          break;
        case "subject":
          b.subject(optionalString(p, t));
          break;
        case "value":
          b.value(number(p, t));
          break;
        case "upper":
          b.upper(t == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(number(p, t)));
          break;
        case "unit":
          b.unit(p.getText());
          break;
        case "comparator":
          b.comparator(Comparison.valueOf(p.getText()));
          break;
        case "change":
          b.change(optionalString(p, t).map(Change::valueOf));
          break;
        case "span":
          expect(p, t, JsonToken.START_ARRAY, "a [start, end] span");
          p.nextToken();
          int s = p.getIntValue();
          p.nextToken();
          int e = p.getIntValue();
          expect(p, p.nextToken(), JsonToken.END_ARRAY, "the end of a [start, end] span");
          b.span(Span.of(s, e));
          break;
        default:
          p.skipChildren();
      }
    }
    return b.build();
  }

  private static Diagnostic readDiagnostic(JsonParser p) throws IOException {
    Diagnostic.Kind kind = null;
    String message = "";
    int line = 0;
    int column = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      p.nextToken();
      switch (f) {
        case "kind":
          kind = Diagnostic.Kind.valueOf(p.getText());
          break;
        case "message":
          message = p.getText();
          break;
        case "line":
          line = p.currentToken() == JsonToken.VALUE_NULL ? 0 : p.getIntValue();
          break;
        case "column":
          column = p.currentToken() == JsonToken.VALUE_NULL ? 0 : p.getIntValue();
          break;
        default:
          p.skipChildren();
      }
    }
    if (kind == null) {
      throw new IllegalArgumentException("a diagnostic needs a kind");
    }
    // 0: written as null (or by an older writer, as 0) where the problem has no position
    return line > 0 && column > 0 ? Diagnostic.at(kind, message, line, column)
        : line > 0 ? Diagnostic.builder().kind(kind).message(message).line(line).build()
        : Diagnostic.of(kind, message);
  }

  private static BigDecimal number(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new MandateException(MandateException.Kind.INVALID_JSON,
          "expected a number at line " + p.currentLocation().getLineNr() + ", got " + t);
    }
    return p.getDecimalValue();
  }

  private static Optional<String> optionalString(JsonParser p, JsonToken t) throws IOException {
    return t == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(p.getText());
  }

  private static List<String> strings(JsonParser p, JsonToken t) throws IOException {
    expect(p, t, JsonToken.START_ARRAY, "an array of strings");
    List<String> out = new ArrayList<>();
    while (p.nextToken() == JsonToken.VALUE_STRING) {
      out.add(p.getText());
    }
    return out;
  }

  private static void expect(JsonParser p, JsonToken got, JsonToken want, String what) {
    if (got != want) {
      throw new MandateException(MandateException.Kind.INVALID_JSON, "expected " + what + " at line "
          + p.currentLocation().getLineNr() + ", column " + p.currentLocation().getColumnNr() + ", got " + got);
    }
  }
}
