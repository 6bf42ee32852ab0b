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
package dev.mandate.parser.bench;

import dev.mandate.model.Measure;
import dev.mandate.model.Responsibility;
import dev.mandate.model.Role;
import dev.mandate.parser.MandateParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The founding document's measures laid out in each text layout family the parser reads, repeated to a size: so that
 * linear growth is measured for every family, not only for the labelled rows the founding document uses. A family
 * whose code path holds a step that grows with the document (a list searched from its start, say) shows here as a
 * ratio far above 10, where the labelled rows would not show it at all.
 */
enum LayoutFamilies {
  /** {@code 1.X。（牵头单位：A；配合单位：B、C）} */
  INLINE_CLAUSE((b, m) -> b.append(m.n % 50 + 1).append('.').append(m.text).append("（牵头单位：").append(m.lead)
      .append(m.support.isEmpty() ? "" : "；配合单位：" + m.support).append("）\n")),
  /** {@code 1. X} then {@code 牵头单位：A} and {@code 配合单位：B} lines. */
  LABEL_LINES((b, m) -> {
    b.append(m.n % 50 + 1).append(". ").append(m.text).append('\n').append("牵头单位：").append(m.lead).append('\n');
    if (!m.support.isEmpty()) {
      b.append("配合单位：").append(m.support).append('\n');
    }
  }),
  /** {@code （1）X} wrapped over two lines, then {@code （A牵头，B配合）} on a line of its own. */
  WRAPPED((b, m) -> {
    int half = m.text.length() / 2;
    b.append('（').append(m.n % 20 + 1).append('）').append(m.text, 0, half).append('\n')
        .append(m.text, half, m.text.length()).append('\n').append('（').append(m.lead).append("牵头")
        .append(m.support.isEmpty() ? "" : "，" + m.support + "配合").append("）\n");
  }),
  /** A pipe table: {@code | 序号 | 工作任务 | 牵头单位 | 配合单位 |}. */
  PIPE_TABLE("| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n",
      (b, m) -> b.append("| ").append(m.n + 1).append(" | ").append(m.text).append(" | ").append(m.lead)
          .append(" | ").append(m.support).append(" |\n")),
  /** A table copied from a browser: cells split by tabs. */
  TAB_TABLE("序号\t工作任务\t牵头单位\t配合单位\n",
      (b, m) -> b.append(m.n + 1).append('\t').append(m.text).append('\t').append(m.lead).append('\t')
          .append(m.support).append('\n')),
  /** A table copied out of a PDF: cells apart by runs of spaces. */
  SPACED_TABLE("序号    工作任务    牵头单位    配合单位\n",
      (b, m) -> b.append(m.n + 1).append("    ").append(m.text).append("    ").append(m.lead).append("    ")
          .append(m.support).append('\n')),
  /** A flattened table: the header one column name a line, then one cell a line. */
  FLAT_TABLE("序号\n重点任务\n责任单位\n",
      (b, m) -> b.append(m.n + 1).append('\n').append(m.text).append('\n').append(m.lead)
          .append(m.support.isEmpty() ? "" : "、" + m.support).append('\n')),
  /** Labelled rows flattened one cell a line: {@code 序号}, its number, {@code 具体措施}, X, {@code 牵头单位}, A, ... */
  FLAT_LABELLED_ROWS((b, m) -> {
    b.append("序号\n").append(m.n + 1).append("\n具体措施\n").append(m.text).append("\n牵头单位\n").append(m.lead)
        .append('\n');
    if (!m.support.isEmpty()) {
      b.append("配合单位\n").append(m.support).append('\n');
    }
  }),
  /** {@code 一、} headings over numbered items each closed by {@code （责任单位：A、B）}. */
  HEADINGS((b, m) -> {
    if (m.n % 20 == 0) {
      b.append("一二三四五六七八九十".charAt(m.n / 20 % 10)).append("、第").append(m.n / 20 + 1).append("项重点工作\n");
    }
    b.append(m.n % 20 + 1).append('.').append(m.text).append("（责任单位：").append(m.lead)
        .append(m.support.isEmpty() ? "" : "、" + m.support).append("）\n");
  });

  private final String header;
  private final BiConsumer<StringBuilder, Row> row;

  LayoutFamilies(BiConsumer<StringBuilder, Row> row) {
    this("", row);
  }

  LayoutFamilies(String header, BiConsumer<StringBuilder, Row> row) {
    this.header = header;
    this.row = row;
  }

  /** One measure of the founding document, numbered {@code n} in the generated text. */
  private static final class Row {
    int n;
    final String text;
    final String lead;
    final String support;

    Row(String text, String lead, String support) {
      this.text = text;
      this.lead = lead;
      this.support = support;
    }
  }

  /** This family's text of the founding document's measures, repeated to at least {@code bytes} bytes of UTF-8. */
  String text(long bytes) throws IOException {
    List<Row> rows = rows();
    StringBuilder b = new StringBuilder(header);
    int n = 0;
    while (b.length() * 3L < bytes) {
      Row r = rows.get(n % rows.size());
      r.n = n++;
      row.accept(b, r);
    }
    return b.toString();
  }

  private static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (Measure m : MandateParser.builder().build().parse(ParseBenchmark.seed()).measures()) {
      List<String> leads = new ArrayList<>();
      List<String> supports = new ArrayList<>();
      for (Responsibility r : m.responsibilities()) {
        (r.role() == Role.LEAD ? leads : supports).add(r.unit().name());
      }
      // one line per measure, and no brackets of its own that a family's clause could be mistaken for
      String text = m.text().replace('\n', ' ').replace('（', '〔').replace('）', '〕').replace('(', '〔')
          .replace(')', '〕').replace('|', '｜').replace('\t', ' ');
      rows.add(new Row(text, String.join("、", leads), String.join("、", supports)));
    }
    return rows;
  }

  static long utf8Bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
