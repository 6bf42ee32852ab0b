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
package dev.mandate.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mandate.model.Basis;
import dev.mandate.model.Corpus;
import dev.mandate.model.Diagnostic;
import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.model.Responsibility;
import dev.mandate.model.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report's page as text: self-contained, escaped, with what could not be read; the browser test opens it. */
class ReportWriterTest {

  @Test
  void thePageCarriesEverythingItShowsAndFetchesNothing() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter.builder().build().write(Founding.CORPUS, out);
    String html = out.toString(StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("default-src 'none'"), "a content security policy that allows nothing from outside");
    assertTrue(html.contains("\"Noto Sans CJK SC\"") && html.contains("\"Microsoft YaHei\"")
        && html.contains("\"PingFang SC\"") && html.contains("sans-serif"), "system fonts");
    Matcher links = Pattern.compile("(?:src|href)=\"([^\"#][^\"]*)\"").matcher(html);
    while (links.find()) {
      assertEquals("data:,", links.group(1), "only the empty icon, inline");
    }
    assertFalse(html.contains("@import") || html.contains("url("), "no stylesheet or font from outside");
    assertEquals(59, count(html, "<th class=\"measure\""));
    assertTrue(html.contains("<td class=\"num\">59</td>"), "the documents table counts the measures");
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void textIsEscapedAndUnreadInputsAndDiagnosticsAreListed() {
    Unit odd = Unit.builder().name("市<script>局").canonical("市<script>局").build();
    Document d = Document.builder().source("a&b.txt")
        .addMeasures(Measure.builder().id(1).text("新建\"学校\"3所").deadline("6月底前")
            .addResponsibilities(Responsibility.lead(odd, Basis.MARKED)).build())
        .addDiagnostics(Diagnostic.at(Diagnostic.Kind.MISSING_RESPONSIBILITY, "第<2>项", 3, 1))
        .build();
    String html = ReportWriter.builder().title("报告 & 台账")
        .unread(ReportWriter.Unread.of("坏.docx", "not a document")).build().html(Corpus.of(d));
    assertTrue(html.contains("<title>报告 &amp; 台账</title>"));
    assertTrue(html.contains("市&lt;script&gt;局") && !html.contains("市<script>局"));
    assertTrue(html.contains("a&amp;b.txt"));
    assertTrue(html.contains("新建&quot;学校&quot;3所"));
    assertTrue(html.contains("<b>坏.docx</b>：not a document"));
    assertTrue(html.contains("MISSING_RESPONSIBILITY") && html.contains("第&lt;2&gt;项"));
    assertTrue(html.contains("<th>6月</th>"), "the deadline's month");
    assertThrows(IllegalArgumentException.class, () -> ReportWriter.builder().title(" "));
  }

  @Test
  void anEmptyCorpusIsAPageToo() {
    String html = ReportWriter.builder().build().html(Corpus.of());
    assertTrue(html.contains("0 份文件") && html.contains("没有诊断"));
  }
}
