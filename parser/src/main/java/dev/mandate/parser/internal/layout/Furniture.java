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
package dev.mandate.parser.internal.layout;

import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.responsibility.LabelShape;
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Fold;
import dev.mandate.parser.internal.text.WordIndex;
import java.util.List;

/**
 * Page furniture: what a web page puts around a document and is never a measure, a unit or a label — the page's
 * metadata ({@code 索引号:}, {@code 发布机构:}, {@code 信息来源:}, {@code 浏览次数:}, {@code 字体:[ ]}), the breadcrumb
 * ({@code 当前位置: 首页 > …}), the site's credits ({@code 主办单位: XX市人民政府办公室} beside {@code 承办单位:},
 * {@code 网站标识码}, {@code ICP备}, {@code 版权所有}).
 */
final class Furniture {

  /** Labels of a page's metadata, folded, spaces left out. */
  private static final String[] METADATA = {"索引号", "发布机构", "发文机关", "发文单位", "发布单位", "发布部门", "发文部门",
      "发布机关", "成文机关", "政策文号", "有效性", "发布日期", "发布时间",
      "发文日期", "成文日期", "生成日期", "印发日期", "信息来源", "来源", "作者", "编辑", "责任编辑", "浏览次数", "访问次数",
      "阅读次数", "点击数", "点击量", "浏览量", "字体", "字号", "主题分类", "组配分类", "体裁分类", "主题词", "公开方式",
      "公开范围", "公开时限", "公开形式", "有效性", "时效", "文号", "发文文号", "发文字号", "所属机构", "文件编号", "网站标识码",
      "栏目", "您现在的位置", "您当前的位置", "您当前的位置是", "当前位置", "您的位置", "所在位置", "信息索取号", "分类",
      "内容分类", "服务对象", "发布人", "录入", "审核", "撰稿", "供稿", "摄影", "编辑人", "访问量"};
  /**
   * A form's own fields over its table, who filled it in (填报单位(盖章):市住建局 时间:…): furniture only with the seal's
   * qualifier or another field on the line; alone (报送单位:市发改委 under a task) a units label.
   */
  private static final String[] FORM_FIELDS = {"填报单位", "填表单位", "报送单位", "制表单位", "填报人", "填表人",
      "制表人"};
  /** Words that mark a line as the site's own, wherever they stand in it. */
  private static final String[] SITE_WORDS = {"ICP备", "ICP证", "公网安备", "版权所有", "Copyright", "技术支持",
      "网站标识码", "网站地图", "联系我们", "关闭窗口", "打印本页", "【打印】", "[打印]", "【关闭】", "[关闭]", "首页>",
      "首页 >", "字体:[", "【字体"};
  /** Words of a site's menu and page links, where a line starts (after a bullet). */
  private static final String[] SITE_STARTS = {"扫一扫", "分享到", "上一篇", "下一篇", "设为首页", "加入收藏", "无障碍",
      "长者版", "网站导航", "返回顶部", "繁体版", "简体版", "首页"};
  /** Labels of the site's credits: 主办单位 here is the website's, not a lead's. */
  private static final String[] CREDITS = {"主办单位", "承办单位", "主办", "承办", "运维单位", "技术支持", "维护单位"};

  /** The longest line looked at as furniture. */
  private static final int MAX_LINE = 120;

  private Furniture() {}

  /** Whether a line, folded and trimmed, is page furniture by itself. */
  static boolean isLine(String t) {
    if (t.length() > MAX_LINE) {
      return false; // a page's metadata and credits are short lines; a task's line is not looked through
    }
    int b = 0;
    while (b < t.length() && ("•·●■◆◇○-*>|".indexOf(t.charAt(b)) >= 0 || Fold.isSpace(t.charAt(b)))) {
      b++;
    }
    if (b == t.length()) {
      return false;
    }
    for (String w : SITE_STARTS) {
      if (t.startsWith(w, b)) {
        return true;
      }
    }
    if (isSiteWords(t)) {
      return true;
    }
    for (String field : FORM_FIELDS) {
      if (t.startsWith(field, b) && (t.startsWith("(盖章)", b + field.length())
          || t.indexOf(':', t.indexOf(':', b) + 1) > 0)) {
        return true;
      }
    }
    if (!METADATA_FIRSTS.get(t.charAt(b))) {
      return false; // most lines start with a char no metadata label does
    }
    String head = compactHead(t, b, 10);
    for (String label : METADATA) {
      if (head.startsWith(label) && head.length() > label.length()
          && ":| [".indexOf(head.charAt(label.length())) >= 0) {
        return true;
      }
      if (head.equals(label) && label.length() >= 3 && t.length() - b <= label.length() + 4) {
        return true; // 浏览次数 alone, as its value was empty
      }
    }
    return false;
  }

  /**
   * Whether a line starts with a short label and its colon ({@code 名称:}, {@code 文号:}): furniture where it stands in a
   * block of metadata, right after furniture.
   */
  static boolean isMetadataLike(String t) {
    int colon = t.indexOf(':');
    if (colon < 1 || colon > 8) {
      return false;
    }
    for (int i = 0; i < colon; i++) {
      if (!Fold.isHan(t.charAt(i)) && !Fold.isSpace(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether line {@code i} is a site credit ({@code 主办单位:…}) as a page's header or footer gives it: with the site's
   * words ({@code 网站标识码}, {@code ICP备}) within three lines, or beside its partner credit (主办 beside 承办, on
   * its line or the next). A task's {@code 主办单位:X} stands beside a 协办单位, after a task.
   */
  static boolean isSiteCredit(List<? extends Block> blocks, int i, String t) {
    return isSiteCredit(blocks, i, t, false);
  }

  /**
   * As {@link #isSiteCredit(List, int, String)}; where the document has read {@code 主办单位:} as its tasks' label
   * already ({@code labelledBefore}), only the partner credit beside it makes it the site's.
   */
  static boolean isSiteCredit(List<? extends Block> blocks, int i, String t, boolean labelledBefore) {
    if (t.length() > MAX_LINE) {
      return false;
    }
    String credit = credit(t);
    if (credit == null) {
      return false;
    }
    String partner = credit.equals("主办") ? "承办" : credit.equals("承办") ? "主办" : null;
    if (partner != null && t.indexOf(partner, 2) > 0) {
      return true; // 主办单位:XX 承办单位:YY
    }
    if (underItem(blocks, i) && creditUnderOtherItem(blocks, i, credit) && !namesSiteOwner(t)) {
      // 4.灯谜晚会 / 主办:县统计局 / 承办:县灯谜协会 at the page's end: the other items carry the same credits under
      // their numbered titles, a record of labels each item keeps (a site credits once, under no item)
      return false;
    }
    boolean afterTask = afterTask(blocks, i);
    int above = afterTask ? creditAbove(blocks, i, credit, creditValue(t)) : NO_CREDIT;
    if (above == SAME_CREDIT) {
      return true; // 主办单位:XX县人民政府办公室 in the page's header and again in its footer: the site's, both
    }
    if (afterTask && (!namesSiteOwner(t) || partnersLabelNext(blocks, i) || afterLeadersLabel(blocks, i)
        || above == OTHER_CREDIT)) {
      // 1、做好…工作。 / 主办单位:市指挥部办公室: the task's label, whatever site words stand near (a government's
      // office or a site's own name after the last item is the footer's credit still, unless the task's partners are
      // labelled on the next line: 主办单位:县政府办公室 / 参与单位:县司法局)
      return false;
    }
    for (int k = i + 1; k < blocks.size() && k <= i + 3 && blocks.get(k) instanceof Line; k++) {
      if (credit.equals(credit(Fold.trim(((Line) blocks.get(k)).folded())))) {
        // 主办单位:大湖口镇人民政府 / 分享到… / 主办单位:XX市人民政府办公室 承办单位:…: the site credits once, in the
        // last; a credit before it is a task's label
        return false;
      }
    }
    for (int k = Math.max(0, i - 3); k <= Math.min(blocks.size() - 1, i + 3); k++) {
      if (k == i || !(blocks.get(k) instanceof Line)) {
        continue;
      }
      String o = Fold.trim(((Line) blocks.get(k)).folded());
      if (o.isEmpty()) {
        continue;
      }
      if (isSiteWords(o) && ownsSite(t) && !labelledBefore
          || Math.abs(k - i) <= 2 && partner != null && partner.equals(credit(o))) {
        return true;
      }
    }
    return false;
  }

  private static final int NO_CREDIT = 0;
  private static final int SAME_CREDIT = 1;
  private static final int OTHER_CREDIT = 2;

  /**
   * What a line above line {@code i} with the same credit, after no task, says: the same body ({@link #SAME_CREDIT}:
   * the page's header and footer credit the site alike), another ({@link #OTHER_CREDIT}: the site credits once, so this
   * one, after a task, is the task's label), or nothing ({@link #NO_CREDIT}). Asked only after a task.
   */
  private static int creditAbove(List<? extends Block> blocks, int i, String credit, String value) {
    int found = NO_CREDIT;
    for (int k = 0; k < i; k++) {
      if (blocks.get(k) instanceof Line) {
        String o = Fold.trim(((Line) blocks.get(k)).folded());
        if (o.length() <= MAX_LINE && credit.equals(credit(o))) {
          if (afterTask(blocks, k)) {
            continue; // another task's label (主办单位:县城投公司 under each of its tasks)
          }
          if (value.equals(creditValue(o))) {
            return SAME_CREDIT;
          }
          found = OTHER_CREDIT;
        }
      }
    }
    return found;
  }

  /**
   * Whether the first line with text above line {@code i}, past short label lines ({@code 时间:2月15日}), is numbered:
   * the line stands in an item's record of labels.
   */
  private static boolean underItem(List<? extends Block> blocks, int i) {
    String credit = credit(Fold.trim(((Line) blocks.get(i)).folded()));
    for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
      if (!(blocks.get(k) instanceof Line)) {
        return false;
      }
      String o = Fold.trim(((Line) blocks.get(k)).folded());
      int colon = o.indexOf(':');
      if (credit != null && credit.equals(credit(o))) {
        return false; // the item's record has this credit already: a second one after it is the page's footer
      }
      if (o.isEmpty() || colon > 1 && colon <= 8 && o.length() <= 40) {
        continue;
      }
      return Numbering.of(o).style != Numbering.NONE;
    }
    return false;
  }

  /** How far from a credit line another item's record of labels is looked for: a few records of four lines. */
  private static final int RECORD_REACH = 16;

  /**
   * Whether a line near line {@code i} (within {@link #RECORD_REACH}, so that a page of many credits is read in linear
   * time) gives the same credit in another item's record of labels.
   */
  private static boolean creditUnderOtherItem(List<? extends Block> blocks, int i, String credit) {
    for (int k = Math.max(0, i - RECORD_REACH); k < blocks.size() && k <= i + RECORD_REACH; k++) {
      if (k != i && blocks.get(k) instanceof Line) {
        String o = Fold.trim(((Line) blocks.get(k)).folded());
        if (o.length() <= MAX_LINE && credit.equals(credit(o)) && underItem(blocks, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the next line with text after line {@code i} is a units label no site credits (参与单位:, 配合单位:). */
  private static boolean partnersLabelNext(List<? extends Block> blocks, int i) {
    int k = FlatCells.nextTextIndex(blocks, i + 1);
    if (k < 0) {
      return false;
    }
    String o = Fold.trim(((Line) blocks.get(k)).folded());
    Clause.Kind kind = Labels.leading(o);
    return kind != null && kind.namesUnits() && credit(o) == null;
  }

  /** Owners only a site credits: a government's office, a site, its centre (an office alone may be a task's lead). */
  private static final String[] SITE_OWNERS = {"政府办公室", "政府办公厅", "人民政府", "网站", "门户", "信息中心", "大数据中心",
      "新闻中心", "融媒体中心"};

  private static boolean namesSiteOwner(String t) {
    // a site credits its owner by the place's name (XX市人民政府办公室); an owner named by its level alone
    // (市政府办公室, 区委区政府办公室) is how a document names a task's unit
    String value = creditValue(t);
    return creditsOneOf(t, SITE_OWNERS) && !(value.length() > 1 && "省市县区州旗镇乡".indexOf(value.charAt(0)) >= 0);
  }

  /**
   * Whether the line before line {@code i} with text, past the task's leader's line ({@code 牵头领导:张三}), is a
   * numbered task's: a sentence after its numbering.
   */
  private static boolean afterTask(List<? extends Block> blocks, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
      if (!(blocks.get(k) instanceof Line)) {
        return false;
      }
      String o = Fold.trim(((Line) blocks.get(k)).folded());
      int colon = o.indexOf(':');
      if (o.isEmpty() || colon > 1 && colon <= 8 && o.length() <= 40 && isTaskLabel(o.substring(0, colon))) {
        continue;
      }
      Numbering.Prefix p = Numbering.of(o);
      return p.style != Numbering.NONE && o.length() - p.length >= 8 && (o.endsWith("。") || o.endsWith(";"));
    }
    return false;
  }

  /**
   * Whether the line before line {@code i} with text is a task's leader's label ({@code 牵头领导:李四}): a credit right
   * under it is the same task's record of labels, not the page's footer.
   */
  private static boolean afterLeadersLabel(List<? extends Block> blocks, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
      if (!(blocks.get(k) instanceof Line)) {
        return false;
      }
      String o = Fold.trim(((Line) blocks.get(k)).folded());
      if (!o.isEmpty()) {
        int colon = o.indexOf(':');
        return colon > 1 && colon <= 8 && o.length() <= 40 && isTaskLabel(o.substring(0, colon));
      }
    }
    return false;
  }

  /** Whether a label names a task's leader (牵头领导, 责任人), no page's field. */
  private static boolean isTaskLabel(String label) {
    // (a units label, 责任单位:县卫健局, is passed by no credit: a page's credit may follow a task's units line)
    return LabelShape.kind(label, 0, label.length(), null) == Clause.Kind.PERSON;
  }

  /** Owners a site credits: a government's office, its propaganda department, an information centre, a site. */
  private static final String[] OWNERS = {"政府办公室", "政府办公厅", "人民政府", "办公室", "宣传部", "网信办", "信息中心",
      "大数据", "网站", "门户", "新闻中心", "融媒体", "网"};

  /** Whether a credit line's value is a site's owner rather than a task's lead (主办单位:区人力社保局). */
  private static boolean ownsSite(String t) {
    return creditsOneOf(t, OWNERS);
  }

  /** A credit line's value: what follows its colon, trimmed (the line itself where it has none). */
  private static String creditValue(String t) {
    int colon = t.indexOf(':');
    return colon < 0 ? t : Fold.trim(t.substring(colon + 1));
  }

  /** Whether a credit line's value (after its colon) ends with one of {@code owners}, or holds one before a space. */
  private static boolean creditsOneOf(String t, String[] owners) {
    String value = creditValue(t);
    for (String o : owners) {
      if (value.endsWith(o) || value.contains(o + " ")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the site's words stand anywhere in {@code t}: one pass, each word tried where its first char is. */
  private static boolean isSiteWords(String t) {
    for (int i = 0; i < t.length(); i++) {
      for (String w : SITE_BY_FIRST.get(t.charAt(i))) {
        if (t.startsWith(w, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The site's words by their first char. */
  private static final WordIndex SITE_BY_FIRST = WordIndex.byFirst(SITE_WORDS);
  private static final java.util.BitSet METADATA_FIRSTS = firsts(METADATA);

  private static java.util.BitSet firsts(String[] words) {
    java.util.BitSet b = new java.util.BitSet(1 << 16);
    for (String w : words) {
      b.set(w.charAt(0));
    }
    return b;
  }

  /** Whether a line starts with a credit's word as a label ({@code 主办单位:}). */
  static boolean startsWithCredit(String t) {
    return credit(t) != null;
  }

  /** The credit a line starts with ({@code 主办}, {@code 承办}, or another site role), or null. */
  private static String credit(String t) {
    if (t.isEmpty() || "主承运技维".indexOf(t.charAt(0)) < 0) {
      return null;
    }
    String head = compactHead(t, 0, 8);
    for (String c : CREDITS) {
      if (head.startsWith(c) && head.length() > c.length() && head.charAt(c.length()) == ':') {
        return c.startsWith("主办") ? "主办" : c.startsWith("承办") ? "承办" : c;
      }
    }
    return null;
  }

  /** The first chars of {@code t} from {@code b}, spaces left out, at most {@code n + 1} of them (索 引 号 → 索引号). */
  private static String compactHead(String t, int b, int n) {
    StringBuilder s = new StringBuilder(n + 1);
    for (int i = b; i < t.length() && s.length() <= n; i++) {
      char c = t.charAt(i);
      if (!Fold.isSpace(c)) {
        s.append(c);
      }
    }
    return s.toString();
  }
}
