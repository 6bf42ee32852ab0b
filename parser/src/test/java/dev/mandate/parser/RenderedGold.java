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
package dev.mandate.parser;

import dev.mandate.parser.eval.JsonTree;
import dev.mandate.parser.internal.responsibility.AgencyNames;
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Gold measures rendered again in every layout family, with vocabulary drawn wide: column names, labels, numbering,
 * punctuation width, progress, remarks and leader columns, a site's header and footer. The parser must read back the
 * same measures and units whatever the layout. Test support for {@code RenderedGoldProperties}.
 */
final class RenderedGold {

  /** One measure of a gold file: its text, its leads and its supporting units, in order. */
  static final class Measure {
    final String text;
    final List<String> leads;
    final List<String> supports;

    Measure(String text, List<String> leads, List<String> supports) {
      this.text = text;
      this.leads = leads;
      this.supports = supports;
    }

    List<String> units() {
      List<String> all = new ArrayList<>(leads);
      all.addAll(supports);
      return all;
    }
  }

  /** A layout family the measures are rendered in. */
  enum Family {
    LABELLED_ROWS, PIPE_TABLE, FLATTENED_TABLE, LABEL_LINES, INLINE_CLAUSE, ROLE_SENTENCE, HTML_TABLE, WORD_PAGE
  }

  private RenderedGold() {}

  /**
   * The gold measures a layout can carry: a text of its own words (no pipe, line break or numbering of its own, no
   * bracket at its end that would read as a clause), one lead or more, and units that the agency-name grammar reads
   * as names (a table flattened a cell a line tells its units column by them).
   */
  @SuppressWarnings("unchecked")
  static List<Measure> load() {
    List<String> golds = new ArrayList<>();
    golds.add(Resources.SEED_GOLD);
    for (String d : Resources.DEV) {
      golds.add("dev/" + d + ".gold.json");
    }
    for (String w : Resources.wild()) {
      if (Resources.exists(w + ".gold.json")) {
        golds.add(w + ".gold.json");
      }
    }
    List<Measure> out = new ArrayList<>();
    for (String g : golds) {
      Map<String, Object> doc = (Map<String, Object>) JsonTree.parse(Resources.text(g));
      for (Object o : (List<Object>) doc.get("measures")) {
        Map<String, Object> m = (Map<String, Object>) o;
        String text = (String) m.get("text");
        List<String> leads = new ArrayList<>();
        List<String> supports = new ArrayList<>();
        boolean usable = usableText(text);
        for (Object r : (List<Object>) m.get("responsibilities")) {
          Map<String, Object> resp = (Map<String, Object>) r;
          String unit = (String) resp.get("unit");
          // (a name broken by a PDF's space, 发改 委, is two words in a layout that parts names by spaces)
          // (a placeholder written as a label's word, 责任单位 in w2263's 各乡镇和责任单位, is a label in a layout of labels)
          usable &= AgencyNames.isStrongName(Fold.fold(unit)) && !unit.contains("(") && !unit.contains("、")
              && unit.chars().noneMatch(Character::isWhitespace) && Labels.named(Fold.fold(unit)) == null
              // (a task that names its own unit, 請各單位運用…加強防颱宣導 in w2701, is read by the rules for units
              // inside sentences, which a layout's clause or cell beside it would contradict)
              && !text.contains(unit);
          ("LEAD".equals(resp.get("role")) ? leads : supports).add(unit);
        }
        if (usable && leads.size() == 1 && supports.size() <= 4) {
          out.add(new Measure(text, leads, supports));
        }
      }
    }
    return out;
  }

  private static boolean usableText(String text) {
    String f = Fold.fold(text);
    if (f.length() < 8 || f.length() > 150 || f.contains("|") || f.contains("\n") || f.endsWith(")")
        || Character.isDigit(f.charAt(0)) || f.contains(":") || f.contains("牵头") || f.contains("负责")
        || f.contains("配合") || !(f.endsWith("。") || f.endsWith(";"))) {
      return false;
    }
    // a text that is itself a list of names or starts like a numbered item is no task a layout can carry apart
    return !AgencyNames.isList(f) && !"一二三四五六七八九十(".contains(f.substring(0, 1));
  }

  // ---- vocabulary ------------------------------------------------------------------------------------------------

  private static final String[] TASK_COLUMNS = {"工作任务", "具体措施", "重点任务", "主要任务", "任务内容", "工作内容", "项目内容",
      "事项", "重点工作", "具体任务", "主要内容", "民生实事", "工作措施", "任务事项"};
  private static final String[] UNITS_COLUMNS = {"责任单位", "责任部门", "实施单位", "责任主体", "承办单位", "落实单位", "责任科室"};
  private static final String[] LEAD_COLUMNS = {"牵头单位", "牵头部门", "主办单位", "主责单位", "牵头落实单位", "牵头责任单位"};
  private static final String[] SUPPORT_COLUMNS = {"配合单位", "配合部门", "协办单位", "协同单位", "参与单位", "协同责任单位",
      "配合实施单位"};
  private static final String[] OTHER_COLUMNS = {"当前进度", "进展情况", "备注", "完成情况", "推进情况", "说明", "责任领导",
      "分管领导", "牵头领导", "责任人"};
  private static final String[] PROGRESS = {"已完成", "推进中", "正常推进", "80%", "年度任务"};
  private static final String[] PEOPLE = {"张三", "李四", "王五"};
  private static final String[] NUMBERING = {"%d.", "%d、", "%d．", "%d﹒", "(%d)", "（%d）", "%d）", "①", "⑴", "⒈"};
  private static final String[] HEADER = {"主办单位：XX市人民政府办公室", "承办单位：XX市大数据中心", "网站标识码：1234000001",
      "索引号：11341/2024-00023", "发布日期：2024-03-01", "浏览次数：", "【字体：大 中 小】 【打印】", "当前位置：首页 > 政务公开"};
  private static final String[] FOOTER = {"主办单位：XX市人民政府办公室 承办单位：XX市信息中心", "网站标识码：1234000001",
      "ICP备12345678号", "版权所有：XX市人民政府"};

  /** A document of these measures in this family, its vocabulary drawn by {@code r}. */
  static String render(List<Measure> ms, Family family, Random r) {
    StringBuilder b = new StringBuilder();
    boolean site = r.nextBoolean();
    if (site) {
      for (int k = 0; k < 2 + r.nextInt(3); k++) {
        b.append(pick(HEADER, r)).append('\n');
      }
    }
    b.append("XX市2024年重点工作任务分解表\n\n");
    textFamily(b, ms, family, r);
    if (site) {
      b.append('\n');
      for (int k = 0; k < 1 + r.nextInt(3); k++) {
        b.append(pick(FOOTER, r)).append('\n');
      }
    }
    return width(b.toString(), r);
  }

  /** The measures written as text in one of the text families. */
  private static void textFamily(StringBuilder b, List<Measure> ms, Family family, Random r) {
    switch (family) {
      case LABELLED_ROWS:
        labelledRows(b, ms, r);
        break;
      case PIPE_TABLE:
        table(b, ms, r, false);
        break;
      case FLATTENED_TABLE:
        table(b, ms, r, true);
        break;
      case LABEL_LINES:
        labelLines(b, ms, r);
        break;
      case INLINE_CLAUSE:
        inlineClauses(b, ms, r);
        break;
      case ROLE_SENTENCE:
        roleSentences(b, ms, r);
        break;
      default:
        throw new IllegalArgumentException("HTML is rendered by html() and wordPage()");
    }
  }

  /** The measures as an HTML table with a header row, leads in bold in one units column or apart in their own. */
  static String html(List<Measure> ms, Random r) {
    boolean split = r.nextBoolean();
    StringBuilder b = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
    b.append("<p>").append(pick(HEADER, r)).append("</p><table><tr><td>序号</td><td>").append(pick(TASK_COLUMNS, r))
        .append("</td>");
    b.append(split ? "<td>" + pick(LEAD_COLUMNS, r) + "</td><td>" + pick(SUPPORT_COLUMNS, r) + "</td>"
        : "<td>" + pick(UNITS_COLUMNS, r) + "</td>");
    String other = pick(OTHER_COLUMNS, r);
    String[] otherCells = other.endsWith("领导") || other.endsWith("人") ? PEOPLE : PROGRESS;
    b.append("<td>").append(other).append("</td></tr>");
    int n = 0;
    for (Measure m : ms) {
      b.append("<tr><td>").append(++n).append("</td><td>").append(m.text).append("</td>");
      if (split) {
        b.append("<td>").append(String.join("、", m.leads)).append("</td><td>").append(String.join("、", m.supports))
            .append("</td>");
      } else {
        b.append("<td><b>").append(m.leads.get(0)).append("</b>");
        for (String s : m.supports) {
          b.append('、').append(s);
        }
        b.append("</td>");
      }
      b.append("<td>").append(pick(otherCells, r)).append("</td></tr>");
    }
    return b.append("</table><p>").append(pick(FOOTER, r)).append("</p></body></html>").toString();
  }

  // ---- a web page as a site saves it: Word's "save as web page" markup inside the site's furniture ------------------

  private static final String[] NAV = {"首页", "政务公开", "政务服务", "互动交流", "走进XX", "信息公开目录", "政策文件", "English"};
  private static final String[] META = {"索引号", "11341/2024-00023", "主题分类", "综合政务", "发布机构", "XX市人民政府办公室",
      "成文日期", "2024年03月01日", "文号", "X政办发〔2024〕5号", "发布日期", "2024-03-05"};
  private static final String[] SHARE = {"分享到：", "微信", "微博", "QQ空间", "【打印本页】", "【关闭窗口】", "【字体：大 中 小】"};
  private static final String[] FOOT = {"主办单位：XX市人民政府办公室", "承办单位：XX市大数据中心", "网站标识码：1234000001",
      "X ICP备12345678号", "X公网安备 12345678901234号", "版权所有：XX市人民政府", "联系我们", "网站地图"};

  /**
   * The measures in a page as a government site serves a Word file saved as a web page: the site's navigation,
   * breadcrumb, a layout table of the document's metadata, the title, Word's markup ({@code MsoNormal} paragraphs,
   * runs cut into spans, {@code <o:p>}, {@code &nbsp;}) holding either a table or one of the text families, share
   * buttons and the footer; sometimes all of it inside a layout table, as older sites build pages.
   */
  static String wordPage(List<Measure> ms, Random r) {
    StringBuilder b = new StringBuilder("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
        + "<meta charset=\"utf-8\"><title>XX市人民政府</title><style>p.MsoNormal{margin:0cm}</style></head><body>");
    boolean framed = r.nextBoolean();
    if (framed) {
      b.append("<table width=\"1000\" align=\"center\"><tr>");
      if (r.nextBoolean()) {
        // a column of links beside the content, as older sites lay pages out
        b.append("<td width=\"200\" valign=\"top\"><p>政务公开</p><p>政策文件</p><p>规划计划</p></td>");
      }
      b.append("<td valign=\"top\">");
    }
    b.append("<div class=\"nav\"><ul>");
    for (String n : NAV) {
      b.append("<li><a href=\"#\">").append(n).append("</a></li>");
    }
    b.append("</ul></div><div class=\"crumb\">当前位置：<a href=\"#\">首页</a> &gt; <a href=\"#\">政务公开</a> &gt; 政策文件</div>");
    if (r.nextBoolean()) {
      b.append("<table class=\"meta\">");
      for (int k = 0; k < META.length; k += 4) {
        b.append("<tr><td>").append(META[k]).append("：</td><td>").append(META[k + 1]).append("</td><td>")
            .append(META[k + 2]).append("：</td><td>").append(META[k + 3]).append("</td></tr>");
      }
      b.append("</table>");
    }
    b.append("<h1 class=\"title\">XX市2024年重点工作任务分解表</h1><div class=\"TRS_Editor\"><div class=\"WordSection1\">");
    if (r.nextBoolean()) {
      wordTable(b, ms, r);
    } else {
      Family[] text = {Family.LABEL_LINES, Family.INLINE_CLAUSE, Family.ROLE_SENTENCE};
      StringBuilder t = new StringBuilder();
      textFamily(t, ms, text[r.nextInt(text.length)], r);
      for (String line : width(t.toString(), r).split("\n")) {
        b.append("<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>");
        runs(b, line, r);
        b.append("<span lang=EN-US><o:p></o:p></span></p>\n");
      }
    }
    b.append("</div></div><div class=\"share\">");
    for (String s : SHARE) {
      b.append("<a href=\"#\">").append(s).append("</a> ");
    }
    b.append("</div><div class=\"footer\">");
    for (int k = 0; k < 2 + r.nextInt(FOOT.length - 2); k++) {
      boolean p = r.nextBoolean();
      b.append(p ? "<p>" : "<span>").append(FOOT[k]).append(p ? "</p>" : "</span>&nbsp;");
    }
    b.append("</div>");
    if (framed) {
      b.append("</td></tr></table>");
    }
    return b.append("</body></html>").toString();
  }

  /** Word's table: a header row, each cell a paragraph or two of spans, the lead in bold or in a column of its own. */
  private static void wordTable(StringBuilder b, List<Measure> ms, Random r) {
    boolean split = r.nextBoolean();
    b.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
        + "mso-yfti-tbllook:1184'>");
    List<String> header = new ArrayList<>(List.of("序号", pick(TASK_COLUMNS, r)));
    if (split) {
      header.add(pick(LEAD_COLUMNS, r));
      header.add(pick(SUPPORT_COLUMNS, r));
    } else {
      header.add(pick(UNITS_COLUMNS, r));
    }
    header.add(pick(new String[] {"完成时限", "时间节点", "备注"}, r));
    if (r.nextBoolean()) {
      // the table's title in a first row spanning every column
      b.append("<tr><td colspan=").append(header.size()).append("><p class=MsoNormal align=center><b><span>")
          .append("XX市2024年重点工作任务分解表</span></b></p></td></tr>");
    }
    b.append("<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>");
    for (String h : header) {
      wordCell(b, "<b><span style='font-family:黑体'>" + h + "</span></b>", r);
    }
    b.append("</tr>");
    int n = 0;
    for (Measure m : ms) {
      b.append("<tr style='mso-yfti-irow:").append(++n).append("'>");
      wordCell(b, "<span lang=EN-US>" + n + "</span>", r);
      StringBuilder task = new StringBuilder();
      runs(task, m.text, r);
      wordCell(b, task.toString(), r);
      if (split) {
        wordCell(b, String.join("、", m.leads), r);
        wordCell(b, String.join("、", m.supports), r);
      } else {
        StringBuilder units = new StringBuilder("<b style='mso-bidi-font-weight:normal'><span>")
            .append(m.leads.get(0)).append("</span></b>");
        for (String s : m.supports) {
          units.append("<span>、").append(s).append("</span>");
        }
        wordCell(b, units.toString(), r);
      }
      wordCell(b, pick(new String[] {"2024年12月底前", "6月底前", "长期坚持", "&nbsp;"}, r), r);
      b.append("</tr>\n");
    }
    b.append("</table><p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>");
  }

  private static void wordCell(StringBuilder b, String content, Random r) {
    b.append("<td width=").append(60 + r.nextInt(200)).append(" valign=top style='border:solid windowtext 1.0pt;"
        + "padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'>")
        .append(content).append("<span lang=EN-US><o:p></o:p></span></p></td>");
  }

  /** A line cut into Word's runs at random places, each run a span of its own, as Word writes a line edited twice. */
  private static void runs(StringBuilder b, String line, Random r) {
    int i = 0;
    while (i < line.length()) {
      int next = Math.min(line.length(), i + 1 + r.nextInt(12));
      if (Character.isHighSurrogate(line.charAt(next - 1)) && next < line.length()) {
        next++;
      }
      b.append("<span style='font-size:16.0pt;font-family:仿宋_GB2312'>")
          .append(line.substring(i, next).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
          .append("</span>");
      i = next;
    }
  }

  private static void labelledRows(StringBuilder b, List<Measure> ms, Random r) {
    String task = pick(TASK_COLUMNS, r);
    for (Measure m : ms) {
      b.append(task).append(": | ").append(m.text).append(" |\n");
      b.append(pick(UNITS_COLUMNS, r)).append(": | ").append(String.join("、", m.units())).append(" |\n");
    }
  }

  private static void table(StringBuilder b, List<Measure> ms, Random r, boolean flattened) {
    boolean split = r.nextBoolean();
    List<String> header = new ArrayList<>(List.of("序号", pick(TASK_COLUMNS, r)));
    if (split) {
      header.add(pick(LEAD_COLUMNS, r));
      header.add(pick(SUPPORT_COLUMNS, r));
    } else {
      header.add(pick(UNITS_COLUMNS, r));
    }
    boolean other = r.nextBoolean();
    if (other) {
      header.add(r.nextInt(header.size() - 1) + 2, pick(OTHER_COLUMNS, r));
    }
    String pipe = flattened ? (r.nextInt(3) == 0 ? " |" : "") : null;
    int lead = split ? (List.of(LEAD_COLUMNS).contains(header.get(2)) ? 2 : 3) : -1;
    if (split && List.of(SUPPORT_COLUMNS).contains(header.get(lead + 1)) && ms.size() >= 2
        && ms.stream().allMatch(m -> !m.supports.isEmpty()) && r.nextInt(3) == 0) {
      // (where the rows are full, as the parser needs to see one a cell narrower than the names)
      // a header of two levels: a units column's name over the names of its lead and support columns
      List<String> top = new ArrayList<>(header);
      top.set(lead, pick(UNITS_COLUMNS, r));
      top.remove(lead + 1);
      row(b, top, pipe);
      row(b, header.subList(lead, lead + 2), pipe);
    } else {
      row(b, header, pipe);
    }
    int n = 0;
    for (Measure m : ms) {
      List<String> cells = new ArrayList<>();
      cells.add(String.valueOf(++n));
      cells.add(m.text);
      if (split) {
        cells.add(String.join("、", m.leads));
        cells.add(String.join("、", m.supports));
      } else {
        cells.add(String.join("、", m.units()));
      }
      if (other) {
        int at = indexOfOther(header);
        String name = header.get(at);
        cells.add(at, pick(name.endsWith("领导") || name.endsWith("人") ? PEOPLE : PROGRESS, r));
      }
      row(b, cells, pipe);
    }
  }

  private static int indexOfOther(List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      for (String o : OTHER_COLUMNS) {
        if (o.equals(header.get(i))) {
          return i;
        }
      }
    }
    return header.size() - 1;
  }

  /** A row: cells apart by pipes, or one a line (with a trailing pipe, as some pages copy). */
  private static void row(StringBuilder b, List<String> cells, String flattened) {
    if (flattened == null) {
      b.append("| ").append(String.join(" | ", cells)).append(" |\n");
      return;
    }
    for (String c : cells) {
      if (!c.isEmpty()) {
        b.append(c).append(flattened).append("\n\n");
      }
    }
  }

  private static void labelLines(StringBuilder b, List<Measure> ms, Random r) {
    String numbering = pick(NUMBERING, r);
    String lead = pick(LEAD_COLUMNS, r);
    String support = pick(SUPPORT_COLUMNS, r);
    b.append("一、重点任务\n");
    int n = 0;
    for (Measure m : ms) {
      b.append(number(numbering, ++n)).append(m.text).append('\n');
      if (r.nextBoolean()) {
        b.append("牵头领导：").append(pick(new String[] {"张三", "李四"}, r)).append("\n");
      }
      b.append(lead).append("：").append(String.join("、", m.leads)).append('\n');
      if (!m.supports.isEmpty()) {
        b.append(support).append("：").append(String.join("、", m.supports)).append('\n');
      }
    }
  }

  private static void inlineClauses(StringBuilder b, List<Measure> ms, Random r) {
    String numbering = pick(NUMBERING, r);
    boolean labelled = r.nextBoolean();
    int n = 0;
    for (Measure m : ms) {
      b.append(number(numbering, ++n)).append(m.text);
      if (labelled) {
        b.append("（").append(pick(LEAD_COLUMNS, r)).append("：").append(String.join("、", m.leads));
        if (!m.supports.isEmpty()) {
          b.append("；").append(pick(SUPPORT_COLUMNS, r)).append("：").append(String.join("、", m.supports));
        }
        b.append("）\n");
      } else {
        b.append("（").append(String.join("、", m.leads)).append("牵头");
        if (!m.supports.isEmpty()) {
          b.append("，").append(String.join("、", m.supports)).append("配合");
        }
        b.append("）\n");
      }
    }
  }

  private static void roleSentences(StringBuilder b, List<Measure> ms, Random r) {
    String numbering = pick(NUMBERING, r);
    int n = 0;
    for (Measure m : ms) {
      b.append(number(numbering, ++n)).append(m.text).append('\n');
      b.append(r.nextBoolean() ? "由" : "").append(String.join("、", m.leads)).append("牵头");
      if (!m.supports.isEmpty()) {
        b.append("，").append(String.join("、", m.supports)).append("配合");
      }
      b.append("。\n");
    }
  }

  private static String number(String style, int n) {
    if (style.equals("①")) {
      return String.valueOf((char) ('①' + n - 1));
    }
    if (style.equals("⑴")) {
      return String.valueOf((char) ('⑴' + n - 1));
    }
    if (style.equals("⒈")) {
      return String.valueOf((char) ('⒈' + n - 1));
    }
    return String.format(style, n);
  }

  /** Punctuation written full-width or ASCII, as sites do either way, line by line. */
  private static String width(String s, Random r) {
    StringBuilder out = new StringBuilder(s.length());
    boolean ascii = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        ascii = r.nextBoolean();
      }
      if (ascii && (c == '：' || c == '，' || c == '（' || c == '）' || c == '；')) {
        out.append((char) (c - 0xFEE0));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String pick(String[] words, Random r) {
    return words[r.nextInt(words.length)];
  }
}
