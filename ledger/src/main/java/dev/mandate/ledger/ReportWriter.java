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

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import dev.mandate.model.Agency;
import dev.mandate.model.Corpus;
import dev.mandate.model.Diagnostic;
import dev.mandate.model.Document;
import dev.mandate.model.DocumentMeasure;
import dev.mandate.model.Measure;
import dev.mandate.model.Role;
import dev.mandate.model.Target;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes one self-contained HTML page about a set of documents: the documents read, the measures per section, a
 * responsibility matrix (agencies × measures, lead and support marked, sortable, filterable by agency), each agency's
 * load as bars, the targets, the deadlines by month and the diagnostics, including inputs that could not be read.
 *
 * <p>Nothing is fetched when the page is opened: styles and script are inline, a content security policy forbids
 * every other source, and the text is set in the reader's own fonts ({@code Noto Sans CJK SC}, {@code Microsoft
 * YaHei}, {@code PingFang SC} …). Agencies are counted once under their {@link dev.mandate.model.Unit#canonical()
 * canonical name}, as {@link Corpus} counts them.
 *
 * <p>Build one with {@link #builder()}; immutable and thread-safe.
 */
public final class ReportWriter {

  /** An input that could not be read, as the page lists it among the diagnostics. */
  public static final class Unread {
    private final String file;
    private final String message;

    private Unread(String file, String message) {
      this.file = file;
      this.message = message;
    }

    /** An input {@code file} that could not be read, and why. */
    public static Unread of(String file, String message) {
      return new Unread(Preconditions.checkNotNull(file, "file"), Preconditions.checkNotNull(message, "message"));
    }

    /** The input's name. */
    public String file() {
      return file;
    }

    /** Why it could not be read. */
    public String message() {
      return message;
    }
  }

  /** Builds a {@link ReportWriter}. Not thread-safe. */
  public static final class Builder {
    private String title = "任务分工报告";
    private final ImmutableList.Builder<Unread> unread = ImmutableList.builder();

    private Builder() {}

    /** The page's title and heading (default {@code 任务分工报告}). */
    public Builder title(String title) {
      Preconditions.checkArgument(title != null && !title.isBlank(), "title must not be blank");
      this.title = title;
      return this;
    }

    /** An input that could not be read, listed with the diagnostics. */
    public Builder unread(Unread input) {
      unread.add(Preconditions.checkNotNull(input, "input"));
      return this;
    }

    /** The writer. */
    public ReportWriter build() {
      return new ReportWriter(this);
    }
  }

  /** The fonts Chinese text is set in: whichever the reader's system has, from Linux, Windows and macOS. */
  static final String FONTS = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", \"PingFang SC\", "
      + "\"Hiragino Sans GB\", \"WenQuanYi Micro Hei\", sans-serif";

  private final String title;
  private final ImmutableList<Unread> unread;

  private ReportWriter(Builder b) {
    this.title = b.title;
    this.unread = b.unread.build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Writes the page to {@code file}. */
  public void write(Corpus corpus, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(corpus, out);
    }
  }

  /** Writes the page, UTF-8, to {@code out} (flushed, not closed). */
  public void write(Corpus corpus, OutputStream out) throws IOException {
    Preconditions.checkNotNull(corpus, "corpus");
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    w.write(html(corpus));
    w.flush();
  }

  /** The page as a string. */
  public String html(Corpus corpus) {
    Preconditions.checkNotNull(corpus, "corpus");
    List<Row> rows = Row.of(corpus);
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        // nothing but what the page carries: no font, script, style or image from anywhere
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
            + " script-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<meta name=\"generator\" content=\"Mandate\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
        .append("<body>\n<header><h1>").append(esc(title)).append("</h1>\n<p class=\"totals\">");
    int targets = rows.stream().mapToInt(r -> r.targetList().size()).sum();
    h.append(corpus.documents().size()).append(" 份文件 · ").append(rows.size()).append(" 项措施 · ")
        .append(corpus.agencies().size()).append(" 个责任单位 · ").append(targets).append(" 个量化目标</p>\n")
        .append("<nav><a href=\"#documents\">文件</a><a href=\"#matrix-section\">责任矩阵</a>"
            + "<a href=\"#load\">单位负荷</a><a href=\"#sections\">章节</a><a href=\"#targets\">量化目标</a>"
            + "<a href=\"#deadlines\">完成时限</a><a href=\"#diagnostics\">诊断</a></nav></header>\n<main>\n");
    // the matrix near the top: it is what a reader opens the page for
    documents(h, corpus);
    matrix(h, corpus);
    load(h, corpus.agencies());
    sections(h, corpus);
    targets(h, rows);
    deadlines(h, corpus);
    diagnostics(h, corpus);
    h.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void documents(StringBuilder h, Corpus corpus) {
    h.append("<section id=\"documents\"><h2>文件</h2>\n<table class=\"data\"><thead><tr><th>#</th><th>文件</th><th>标题</th>"
        + "<th class=\"num\">措施</th><th class=\"num\">有牵头单位</th><th class=\"num\">量化目标</th>"
        + "<th class=\"num\">诊断</th></tr></thead><tbody>\n");
    int n = 0;
    for (Document d : corpus.documents()) {
      n++;
      long led = d.measures().stream().filter(m -> !m.leads().isEmpty()).count();
      int targets = d.measures().stream().mapToInt(m -> m.targets().size()).sum();
      h.append("<tr><td>").append(n).append("</td><td>").append(esc(d.source().orElse("（内存文本）")))
          .append("</td><td>").append(esc(d.title().orElse(""))).append("</td><td class=\"num\">")
          .append(d.measures().size()).append("</td><td class=\"num\">").append(led).append("</td><td class=\"num\">")
          .append(targets).append("</td><td class=\"num\">").append(d.diagnostics().size()).append("</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  private static void sections(StringBuilder h, Corpus corpus) {
    h.append("<section id=\"sections\"><h2>各章节措施数</h2>\n");
    int n = 0;
    for (Document d : corpus.documents()) {
      n++;
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Measure m : d.measures()) {
        counts.merge(m.section().isEmpty() ? "（无章节）" : String.join(Row.SECTIONS, m.section()), 1, Integer::sum);
      }
      h.append("<h3>").append(n).append(". ").append(esc(d.source().orElse("（内存文本）"))).append("</h3>\n");
      int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
      h.append("<table class=\"bars\"><tbody>\n");
      counts.forEach((section, count) -> h.append("<tr><th>").append(esc(section)).append("</th><td class=\"num\">")
          .append(count).append("</td><td class=\"barcell\"><span class=\"bar total\" style=\"width:")
          .append(percent(count, max)).append("%\"></span></td></tr>\n"));
      h.append("</tbody></table>\n");
    }
    h.append("</section>\n");
  }

  private static void matrix(StringBuilder h, Corpus corpus) {
    boolean several = corpus.documents().size() > 1;
    List<DocumentMeasure> measures = corpus.measures();
    h.append("<section id=\"matrix-section\"><h2>责任矩阵</h2>\n<p class=\"hint\">行为责任单位，列为措施（悬停可见措施内容）；"
        + "<span class=\"mark lead\">牵</span>牵头，<span class=\"mark support\">配</span>配合。点击表头排序。</p>\n"
        + "<p><label>筛选单位 <input id=\"unit-filter\" type=\"search\" placeholder=\"输入单位名称，如 教育局\"></label> "
        + "<span id=\"filter-count\"></span></p>\n<div class=\"scroll\"><table id=\"matrix\"><thead><tr>"
        + "<th class=\"unit sortable\" data-sort=\"text\">单位</th>"
        + "<th class=\"num sortable\" data-sort=\"num\" id=\"sort-leads\">牵头</th>"
        + "<th class=\"num sortable\" data-sort=\"num\" id=\"sort-supports\">配合</th>"
        + "<th class=\"num sortable\" data-sort=\"num\" id=\"sort-total\">合计</th>");
    for (DocumentMeasure dm : measures) {
      String id = (several ? dm.documentNumber() + "." : "") + dm.measure().id();
      h.append("<th class=\"measure\" title=\"").append(esc(id + " " + dm.measure().text())).append("\">")
          .append(id).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (Agency a : corpus.agencies()) {
      h.append("<tr data-unit=\"").append(esc(a.canonical())).append("\"><th class=\"unit\" title=\"")
          .append(esc(String.join(Row.UNITS, a.names()))).append("\">").append(esc(a.canonical()))
          .append("</th><td class=\"num leads\">").append(a.leads()).append("</td><td class=\"num supports\">")
          .append(a.supports()).append("</td><td class=\"num total\">").append(a.measures()).append("</td>");
      for (DocumentMeasure dm : measures) {
        Optional<Role> role = dm.measure().role(a.canonical());
        if (role.isEmpty()) {
          h.append("<td></td>");
        } else if (role.get() == Role.LEAD) {
          h.append("<td class=\"lead\">牵</td>");
        } else {
          h.append("<td class=\"support\">配</td>");
        }
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table></div></section>\n");
  }

  private static void load(StringBuilder h, List<Agency> agencies) {
    h.append("<section id=\"load\"><h2>单位负荷</h2>\n<p class=\"hint\"><span class=\"mark lead\">■</span>牵头 "
        + "<span class=\"mark support\">■</span>配合</p>\n<table class=\"bars\" id=\"load-bars\"><tbody>\n");
    int max = agencies.stream().mapToInt(Agency::measures).max().orElse(1);
    for (Agency a : agencies) {
      h.append("<tr><th>").append(esc(a.canonical())).append("</th><td class=\"num\">").append(a.leads()).append(" / ")
          .append(a.supports()).append("</td><td class=\"barcell\"><span class=\"bar lead\" style=\"width:")
          .append(percent(a.leads(), max)).append("%\"></span><span class=\"bar support\" style=\"width:")
          .append(percent(a.supports(), max)).append("%\"></span></td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  private static void targets(StringBuilder h, List<Row> rows) {
    h.append("<section id=\"targets\"><h2>量化目标</h2>\n<table class=\"data\" id=\"target-table\"><thead><tr>"
        + "<th class=\"num\">序号</th><th>文件</th><th>指标</th><th>目标</th><th class=\"num\">数值</th><th>单位</th>"
        + "<th>比较</th><th>变化</th><th>牵头单位</th></tr></thead><tbody>\n");
    for (Row r : rows) {
      for (Target t : r.targetList()) {
        h.append("<tr><td class=\"num\">").append(r.number).append("</td><td>").append(esc(r.file)).append("</td><td>")
            .append(esc(t.subject().orElse(""))).append("</td><td>").append(esc(TargetText.of(t)))
            .append("</td><td class=\"num\">").append(t.value().stripTrailingZeros().toPlainString())
            .append(t.upper().map(u -> "–" + u.stripTrailingZeros().toPlainString()).orElse(""))
            .append("</td><td>").append(esc(t.unit().orElse(""))).append("</td><td>")
            .append(TargetText.comparator(t.comparator())).append("</td><td>")
            .append(t.change().map(TargetText::change).orElse("")).append("</td><td>").append(esc(r.leads))
            .append("</td></tr>\n");
      }
    }
    h.append("</tbody></table></section>\n");
  }

  private static void deadlines(StringBuilder h, Corpus corpus) {
    Map<Deadlines.Key, Integer> counts = Deadlines.count(corpus.measures().stream()
        .map(dm -> dm.measure().deadline()).collect(Collectors.toList()));
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    h.append("<section id=\"deadlines\"><h2>完成时限（按月）</h2>\n<table class=\"bars\" id=\"deadline-bars\"><tbody>\n");
    counts.forEach((k, count) -> h.append("<tr><th>").append(esc(k.label)).append("</th><td class=\"num\">")
        .append(count).append("</td><td class=\"barcell\"><span class=\"bar total\" style=\"width:")
        .append(percent(count, max)).append("%\"></span></td></tr>\n"));
    h.append("</tbody></table></section>\n");
  }

  private void diagnostics(StringBuilder h, Corpus corpus) {
    h.append("<section id=\"diagnostics\"><h2>诊断</h2>\n");
    if (!unread.isEmpty()) {
      h.append("<h3>未能读取的文件</h3>\n<ul class=\"unread\">\n");
      for (Unread u : unread) {
        h.append("<li><b>").append(esc(u.file())).append("</b>：").append(esc(u.message())).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    int count = corpus.documents().stream().mapToInt(d -> d.diagnostics().size()).sum();
    if (count == 0 && unread.isEmpty()) {
      h.append("<p class=\"hint\">没有诊断：每份文件都已完整读取。</p>\n");
    }
    if (count > 0) {
      h.append("<table class=\"data\" id=\"diagnostic-table\"><thead><tr><th>文件</th><th>类别</th><th class=\"num\">行</th>"
          + "<th class=\"num\">列</th><th>说明</th></tr></thead><tbody>\n");
      for (Document d : corpus.documents()) {
        for (Diagnostic g : d.diagnostics()) {
          h.append("<tr><td>").append(esc(d.source().orElse("（内存文本）"))).append("</td><td>").append(g.kind().name())
              .append("</td><td class=\"num\">").append(g.line().isPresent() ? Integer.toString(g.line().getAsInt()) : "")
              .append("</td><td class=\"num\">")
              .append(g.column().isPresent() ? Integer.toString(g.column().getAsInt()) : "").append("</td><td>")
              .append(esc(g.message())).append("</td></tr>\n");
        }
      }
      h.append("</tbody></table>\n");
    }
    h.append("</section>\n");
  }

  private static String percent(int n, int max) {
    return String.format(java.util.Locale.ROOT, "%.1f", max == 0 ? 0.0 : 100.0 * n / max);
  }

  /** Text as HTML: markup characters escaped, in text and in attribute values alike. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&#39;");
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }

  private static final String CSS = String.join("\n",
      ":root { --lead: #c0392b; --support: #2e86c1; --total: #7f8c8d; --line: #dde3ea; --head: #f3f6f9; }",
      "* { box-sizing: border-box; }",
      "body { margin: 0; font-family: " + FONTS + "; font-size: 14px; color: #222; background: #fff; }",
      "header { padding: 16px 24px 8px; border-bottom: 1px solid var(--line); background: var(--head); }",
      "h1 { margin: 0 0 4px; font-size: 22px; } h2 { font-size: 18px; margin: 28px 0 8px; }",
      "h3 { font-size: 15px; margin: 16px 0 6px; }",
      ".totals { margin: 0 0 8px; color: #555; }",
      "nav a { margin-right: 14px; color: #1f5f8b; text-decoration: none; } nav a:hover { text-decoration: underline; }",
      "main { padding: 0 24px 40px; }",
      "table { border-collapse: collapse; }",
      "table.data th, table.data td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; }",
      "table.data thead th { background: var(--head); }",
      ".num { text-align: right; font-variant-numeric: tabular-nums; }",
      "table.bars th { text-align: left; font-weight: normal; padding: 2px 10px 2px 0; white-space: nowrap; }",
      "table.bars td { padding: 2px 6px; } td.barcell { width: 420px; white-space: nowrap; }",
      ".bar { display: inline-block; height: 12px; vertical-align: middle; }",
      ".bar.lead { background: var(--lead); } .bar.support { background: var(--support); }",
      ".bar.total { background: var(--total); }",
      ".hint { color: #555; }",
      ".mark { font-weight: bold; } .mark.lead { color: var(--lead); } .mark.support { color: var(--support); }",
      ".scroll { overflow: auto; max-height: 80vh; border: 1px solid var(--line); }",
      "#matrix { font-size: 12px; }",
      "#matrix th, #matrix td { border: 1px solid var(--line); padding: 2px 4px; text-align: center; min-width: 22px; }",
      "#matrix thead th { position: sticky; top: 0; background: var(--head); z-index: 2; }",
      "#matrix th.unit { position: sticky; left: 0; background: #fff; text-align: left; white-space: nowrap;"
          + " z-index: 1; font-weight: normal; }",
      "#matrix thead th.unit { z-index: 3; background: var(--head); font-weight: bold; }",
      "#matrix th.sortable { cursor: pointer; user-select: none; white-space: nowrap; }",
      "#matrix th.sortable[aria-sort=ascending]::after { content: ' ▲'; }",
      "#matrix th.sortable[aria-sort=descending]::after { content: ' ▼'; }",
      "#matrix td.lead { background: #fadbd8; color: var(--lead); font-weight: bold; }",
      "#matrix td.support { background: #d6eaf8; color: var(--support); }",
      "#matrix tbody tr:hover th, #matrix tbody tr:hover td { outline: 1px solid #b0bec5; }",
      "input[type=search] { font: inherit; padding: 3px 6px; width: 260px; }",
      "ul.unread li { color: var(--lead); }",
      "");

  /** Sorting and filtering of the matrix; plain script, no library. */
  private static final String SCRIPT = String.join("\n",
      "(function () {",
      "  'use strict';",
      "  var table = document.getElementById('matrix');",
      "  var body = table.tBodies[0];",
      "  var headers = table.tHead.rows[0].cells;",
      "  function key(row, index, numeric) {",
      "    var text = row.cells[index].textContent;",
      "    return numeric ? Number(text) : text;",
      "  }",
      "  Array.prototype.forEach.call(headers, function (th, index) {",
      "    if (!th.dataset.sort) { return; }",
      "    th.addEventListener('click', function () {",
      "      var numeric = th.dataset.sort === 'num';",
      "      // numbers most first, names A to Z, on the first click; the next click turns the order round",
      "      var current = th.getAttribute('aria-sort');",
      "      var descending = current ? current === 'ascending' : numeric;",
      "      Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });",
      "      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');",
      "      var rows = Array.prototype.slice.call(body.rows);",
      "      rows.sort(function (a, b) {",
      "        var x = key(a, index, numeric), y = key(b, index, numeric);",
      "        var c = numeric ? x - y : x.localeCompare(y, 'zh-CN');",
      "        return descending ? -c : c;",
      "      });",
      "      rows.forEach(function (r) { body.appendChild(r); });",
      "    });",
      "  });",
      "  var filter = document.getElementById('unit-filter');",
      "  var count = document.getElementById('filter-count');",
      "  filter.addEventListener('input', function () {",
      "    var q = filter.value.trim();",
      "    var shown = 0;",
      "    Array.prototype.forEach.call(body.rows, function (r) {",
      "      var show = !q || r.dataset.unit.indexOf(q) >= 0;",
      "      r.hidden = !show;",
      "      if (show) { shown++; }",
      "    });",
      "    count.textContent = q ? shown + ' / ' + body.rows.length + ' 个单位' : '';",
      "  });",
      "})();",
      "");
}
