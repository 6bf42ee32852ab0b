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
package dev.mandate.beam;

import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.model.Responsibility;
import dev.mandate.model.Target;
import dev.mandate.model.Unit;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.values.Row;

/**
 * A document as rows of three tables, for sinks that take rows (BigQuery, Parquet, JDBC, Beam SQL): one row per
 * measure, one per responsibility and one per target, keyed by {@code source} and {@code measure} (the measure's id)
 * and, within a measure, by the 1-based {@code responsibility} or {@code target} number in the order written. Field
 * names and values follow the {@code mandate/1} JSON; a field that the JSON writes as {@code null} is a null
 * (nullable) field here. Also the schema of a failed document ({@link #FAILURE}). Stateless and thread-safe.
 */
public final class MandateRows {

  /**
   * A measure: {@code source} (the document's source, null where it has none), {@code measure} (its id),
   * {@code section} (the headings above it, outermost first), {@code text}, {@code deadline} (nullable),
   * {@code line} (nullable).
   */
  public static final Schema MEASURE = Schema.builder()
      .addNullableField("source", FieldType.STRING)
      .addInt32Field("measure")
      .addArrayField("section", FieldType.STRING)
      .addStringField("text")
      .addNullableField("deadline", FieldType.STRING)
      .addNullableField("line", FieldType.INT32)
      .build();

  /**
   * A responsible unit of a measure: {@code source}, {@code measure}, {@code responsibility} (1-based, in the order
   * written), {@code unit}, {@code alias} and {@code restored} (nullable), {@code role} ({@code LEAD} or
   * {@code SUPPORT}), {@code basis} ({@code BOLD}, {@code MARKED} or {@code FIRST_LISTED} for a lead, else null).
   */
  public static final Schema RESPONSIBILITY = Schema.builder()
      .addNullableField("source", FieldType.STRING)
      .addInt32Field("measure")
      .addInt32Field("responsibility")
      .addStringField("unit")
      .addNullableField("alias", FieldType.STRING)
      .addNullableField("restored", FieldType.STRING)
      .addStringField("role")
      .addNullableField("basis", FieldType.STRING)
      .build();

  /**
   * A quantitative target of a measure: {@code source}, {@code measure}, {@code target} (1-based, in text order),
   * {@code text}, {@code subject} (nullable), {@code value}, {@code upper} (nullable; a range's upper end),
   * {@code unit} (nullable), {@code comparator}, {@code change} (nullable), {@code spanStart} and {@code spanEnd}
   * (where {@code text} lies in the measure's text, as the JSON's {@code span}).
   */
  public static final Schema TARGET = Schema.builder()
      .addNullableField("source", FieldType.STRING)
      .addInt32Field("measure")
      .addInt32Field("target")
      .addStringField("text")
      .addNullableField("subject", FieldType.STRING)
      .addDecimalField("value")
      .addNullableField("upper", FieldType.DECIMAL)
      .addNullableField("unit", FieldType.STRING)
      .addStringField("comparator")
      .addNullableField("change", FieldType.STRING)
      .addInt32Field("spanStart")
      .addInt32Field("spanEnd")
      .build();

  /**
   * A document that could not be parsed: {@code file} (its path as matched), {@code kind} (the
   * {@link dev.mandate.parser.MandateException.Kind} — {@code TOO_LARGE}, {@code UNREADABLE}, {@code NOT_TEXT} — or
   * {@code ERROR} for any other exception, a fault of the parser's to report with the file), {@code message}.
   */
  public static final Schema FAILURE = Schema.builder()
      .addStringField("file")
      .addStringField("kind")
      .addStringField("message")
      .build();

  private MandateRows() {}

  /** The document's measures, one row each, in document order. */
  public static List<Row> measures(Document doc) {
    String source = doc.source().orElse(null);
    List<Row> rows = new ArrayList<>(doc.measures().size());
    for (Measure m : doc.measures()) {
      rows.add(Row.withSchema(MEASURE)
          .addValues(source, m.id(), m.section(), m.text(), m.deadline().orElse(null),
              m.line().isPresent() ? m.line().getAsInt() : null)
          .build());
    }
    return rows;
  }

  /** The responsibilities of every measure, one row each, measure by measure in the order written. */
  public static List<Row> responsibilities(Document doc) {
    String source = doc.source().orElse(null);
    List<Row> rows = new ArrayList<>();
    for (Measure m : doc.measures()) {
      int n = 0;
      for (Responsibility r : m.responsibilities()) {
        Unit u = r.unit();
        rows.add(Row.withSchema(RESPONSIBILITY)
            .addValues(source, m.id(), ++n, u.name(), u.alias().orElse(null), u.restoredName().orElse(null),
                r.role().name(), r.basis().map(Enum::name).orElse(null))
            .build());
      }
    }
    return rows;
  }

  /** The targets of every measure, one row each, measure by measure in text order. */
  public static List<Row> targets(Document doc) {
    String source = doc.source().orElse(null);
    List<Row> rows = new ArrayList<>();
    for (Measure m : doc.measures()) {
      int n = 0;
      for (Target t : m.targets()) {
        rows.add(Row.withSchema(TARGET)
            .addValues(source, m.id(), ++n, t.text(), t.subject().orElse(null), t.value(), t.upper().orElse(null),
                t.unit().orElse(null), t.comparator().name(), t.change().map(Enum::name).orElse(null),
                t.span().start(), t.span().end())
            .build());
      }
    }
    return rows;
  }

  /** A failed document's row. */
  public static Row failure(String file, String kind, String message) {
    return Row.withSchema(FAILURE).addValues(file, kind, message).build();
  }
}
