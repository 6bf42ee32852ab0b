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

import dev.mandate.parser.internal.responsibility.AgencyNames;
import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.responsibility.LeadConvention;
import dev.mandate.parser.internal.responsibility.Labels;
import dev.mandate.parser.internal.source.Block;
import dev.mandate.parser.internal.source.Line;
import dev.mandate.parser.internal.text.Brackets;
import dev.mandate.parser.internal.text.Fold;
import java.util.List;

/**
 * Lines that start with a label: a responsibility label and its units ({@code 牵头单位:X}, {@code 主办单位:X,协办单位:Y}),
 * which belong to the measure above; a task label and its task ({@code 具体措施:X}; {@code 项目名称:X} then
 * {@code 建设内容:Y} make one measure {@code X：Y}); and a line stating the document's lead convention.
 */
final class LabelLines {

  private final Outline outline;
  /** The measure the last labelled task line started, and that line's index: a second task label right after joins it. */
  private Item labelledTask;
  private int labelledTaskIndex = -2;
  /**
   * The text of {@link #labelledTask} while task lines go on joining it, set on its measure when they end: joined
   * string by string, a run of thousands of such lines took time growing with the square of its length.
   */
  private StringBuilder joinedTask;
  /** The label {@link #labelledTask} was read under ({@code 存在问题}, {@code 项目名称}). */
  private String labelledTaskName = "";

  LabelLines(Outline outline) {
    this.outline = outline;
  }

  /** Reads line {@code i} if it starts with a label or states a convention; the index of its last line, or -1. */
  int read(List<? extends Block> blocks, Line line, int i, String t) {
    String folded = line.folded();
    String text = line.text();
    if (Labels.leading(folded) != null) {
      outline.closeContinuation();
      if (namesRolesUnits(outline.current())) {
        // 五、主办、支持、承办单位 / 主办单位:X / Y / 支持单位:…: the event's organisers under a heading that names their
        // roles, no task's units (nor the heading a task)
        return Math.max(nameLines(blocks, i, folded), wrappedList(blocks, i, folded));
      }
      int next = wrappedList(blocks, i, folded);
      if (next > i) {
        // 协办单位:区委编办、…、园区党工 / 委、各街道党工委: a list broken where a PDF broke the line
        String rest = Fold.trim(((Line) blocks.get(next)).text());
        String tail = wrappedTail(folded);
        boolean whole = AgencyNames.isName(tail) && !Fold.trim(folded).endsWith("、")
            && !isPartOf(tail, Fold.trim(((Line) blocks.get(next)).folded()));
        outline.attach(text + (whole ? "、" : "") + rest, null, line.number(), 1);
        return next;
      }
      int last = nameLines(blocks, i, folded);
      if (last > i) {
        // 主办单位:X / Y / Z / 支持单位:…: the list goes on one name a line, up to the next label or heading
        StringBuilder list = new StringBuilder(text.substring(0, Fold.trimEnd(text, 0, text.length())));
        for (int k = i + 1; k <= last; k++) {
          Line l = (Line) blocks.get(k);
          if (!l.isBlank()) {
            list.append('、').append(Fold.trim(l.text()));
          }
        }
        outline.attach(list.toString(), null, line.number(), 1);
        return last;
      }
      outline.attach(text, null, line.number(), 1);
      return i;
    }
    if (LoneLabel.isTaskLabelLine(t)) {
      int colon = Math.max(folded.indexOf(':'), 0);
      if (remedy(line, text, folded, colon)) {
        return i;
      }
      String body = Fold.trim(text.substring(colon + 1));
      if (!body.isEmpty()) {
        if (labelledTask != null && labelledTask == outline.current() && !labelledTask.hasClauses()
            && labelledTaskIndex == i - 1) {
          // 项目名称:X then 建设内容:Y on the next line: one measure, its name then what it consists of
          String name = Fold.trim(folded.substring(0, colon));
          if (joinedTask == null && labelledTaskName.contains("问题") && LoneLabels.isMeasuresName(name)) {
            // 存在问题:… / 整改措施:责令X…: the measures taken are the task, the problem stands for none; who acts is
            // named in them (责令X, 由X, X责令…)
            joinedTask = new StringBuilder(body);
            if (!unitsLabelFollows(blocks, i)) {
              actorOfMeasures(text, folded, colon, line);
            }
          } else {
            if (joinedTask == null) {
              joinedTask = new StringBuilder(labelledTask.measure().text());
            }
            joinedTask.append('：').append(body);
          }
        } else {
          end();
          outline.addDirect(body, line, text.indexOf(body) + 1);
          labelledTask = outline.current();
          labelledTaskName = Fold.trim(folded.substring(0, colon));
          labelledTask.dutiesLabel = labelledTaskName.endsWith("职责");
        }
        labelledTaskIndex = i;
      }
      return i;
    }
    if (isConventionNote(t)) {
      outline.notes.add(noteText(Fold.trim(text)));
      return i;
    }
    return -1;
  }

  /**
   * Whether a line is one unit's name alone: a strong name of Han chars and brackets only ({@code 版权所有:XX市人民政府}
   * is a footer's line).
   */
  private static boolean isNameLine(String f) {
    for (int k = 0; k < f.length(); k++) {
      char c = f.charAt(k);
      if (!Fold.isHan(c) && c != '(' && c != ')') {
        return false;
      }
    }
    return AgencyNames.isStrongName(f);
  }

  /** The longest role word before a {@code 、} in a heading that names roles' units ({@code 主办、支持、承办单位}). */
  private static final int MAX_ROLE_WORD = 3;

  /**
   * Whether an item's text, a numbered heading's, is a label of an event's organisers or role words and a label
   * ({@code 主办单位}, {@code 主办、支持、承办单位}): it heads the lists of those units, no task.
   */
  private static boolean namesRolesUnits(Item it) {
    if (it == null || it.style == Numbering.NONE || it.hasClauses()) {
      return false;
    }
    String t = Fold.fold(Fold.trim(it.measure().text()));
    if (t.endsWith(":") || t.endsWith("。")) {
      t = t.substring(0, t.length() - 1);
    }
    int comma = t.lastIndexOf('、');
    if (comma < 0) {
      // 二、整改实施主体 / 牵头单位:X: the units of the task the document is about, no organisers
      return isOrganisers(t) && t.length() <= MAX_ORGANISERS && (t.endsWith("单位") || t.endsWith("部门")
          || t.endsWith("机构"));
    }
    Clause.Kind kind = Labels.named(t.substring(comma + 1));
    if (kind != Clause.Kind.LEAD && kind != Clause.Kind.SUPPORT && kind != Clause.Kind.GENERIC) {
      return false;
    }
    for (int b = 0, e; b < comma; b = e + 1) {
      e = t.indexOf('、', b);
      if (e - b < 2 || e - b > MAX_ROLE_WORD || !Fold.allHan(t, b, e)) {
        return false;
      }
    }
    return true;
  }

  /** The roles of an event's organisers, as a label's modifier ({@code 主办单位}, {@code 承办部门}, {@code 组织机构}). */
  private static final String[] ORGANISERS = {"主办", "承办", "协办", "支持", "指导", "组织"};

  /** The longest heading that names organisers alone ({@code 主办单位}, {@code 组织机构}), in chars. */
  private static final int MAX_ORGANISERS = 6;

  /** Whether a label names an event's organisers by their role ({@code 主办单位}). */
  private static boolean isOrganisers(String label) {
    for (String w : ORGANISERS) {
      if (label.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** The most lines of names, one a line, read as a label's list going on. */
  private static final int MAX_NAME_LINES = 12;

  /**
   * The index of the last of the lines after a label line that each hold one unit's name and nothing else, when what
   * follows them is another label, a heading of the current item's rank or above, or the text's end; else {@code i}.
   * Names a line each before a task are the units that head it (a unit's heading), not this label's.
   */
  private int nameLines(List<? extends Block> blocks, int i, String folded) {
    String value = Fold.trim(folded.substring(Math.max(folded.indexOf(':'), 0) + 1));
    if (value.isEmpty() || !AgencyNames.isName(value)) {
      return i; // 主办单位:X、Y, 责任单位:(一)…: a list or no name, not one that goes on a line each
    }
    int last = i;
    int names = 0;
    int k = i + 1;
    for (; k < blocks.size() && blocks.get(k) instanceof Line && names < MAX_NAME_LINES; k++) {
      Line l = (Line) blocks.get(k);
      if (l.isBlank()) {
        continue;
      }
      String f = Fold.trim(l.folded());
      if (!isNameLine(f) || Labels.leading(f) != null
          || Numbering.of(f).style != Numbering.NONE || Furniture.isLine(f)) {
        break;
      }
      names++;
      last = k;
    }
    if (names == 0) {
      return i;
    }
    while (k < blocks.size() && blocks.get(k) instanceof Line && ((Line) blocks.get(k)).isBlank()) {
      k++;
    }
    if (k >= blocks.size() || !(blocks.get(k) instanceof Line)) {
      return last;
    }
    String next = Fold.trim(((Line) blocks.get(k)).folded());
    Numbering style = Numbering.of(next).style;
    Item current = outline.current();
    boolean heading = style != Numbering.NONE && current != null && current.style != Numbering.NONE
        && style.level <= current.style.level;
    // (numbered tasks, under the open heading or with none: the names are the label's, 配合单位:县教育局 / 县卫健局 /
    // 1.…, unless names head such runs further down, 市教育局 / 1.… / 团市委 / 1.…: a list by unit, whose first name
    // heads the first run)
    boolean tasks = style != Numbering.NONE && !namesHeadRuns(blocks, k, style);
    return Labels.leading(next) != null || heading || tasks ? last : i;
  }

  /** How many lines after a run of numbered tasks are looked through for a name that heads the next run. */
  private static final int RUN_REACH = 60;

  /**
   * Whether, after the run of lines numbered {@code style} from line {@code k}, a line of a name alone heads another
   * such run ({@code 团市委} / {@code 1.…}): the names are the runs' headings, a list by unit. Looked for within
   * {@link #RUN_REACH} lines.
   */
  private static boolean namesHeadRuns(List<? extends Block> blocks, int k, Numbering style) {
    boolean afterRun = false;
    for (int j = k; j < blocks.size() && j - k < RUN_REACH && blocks.get(j) instanceof Line; j++) {
      Line l = (Line) blocks.get(j);
      if (l.isBlank()) {
        continue;
      }
      String f = Fold.trim(l.folded());
      if (Numbering.of(f).style == style) {
        if (afterRun) {
          return true;
        }
        continue;
      }
      if (isNameLine(f)) {
        afterRun = true;
      } else if (afterRun) {
        return false;
      }
    }
    return false;
  }

  /**
   * The index of the next line if it is the rest of a label line's list, broken inside a name: the list does not end
   * with a full stop, and its last piece and the next line together are a list of names ({@code …、园区党工} /
   * {@code 委、各街道党工委}); else {@code i}.
   */
  private static int wrappedList(List<? extends Block> blocks, int i, String folded) {
    int j = i + 1;
    if (j >= blocks.size() || !(blocks.get(j) instanceof Line)) {
      return i;
    }
    String next = Fold.trim(((Line) blocks.get(j)).folded());
    String f = Fold.trim(folded);
    if (next.isEmpty() || f.endsWith("。") || f.endsWith(";") || Labels.leading(next) != null
        || Numbering.of(next).style != Numbering.NONE || !Fold.isHan(next.charAt(0))) {
      return i;
    }
    int cut = Math.max(Math.max(f.lastIndexOf('、'), f.lastIndexOf(',')), f.lastIndexOf(':'));
    String tail = f.substring(cut + 1);
    int stop = next.length();
    for (int k = 0; k < next.length(); k++) {
      if ("、,;。".indexOf(next.charAt(k)) >= 0) {
        stop = k;
        break;
      }
    }
    String joined = tail + next.substring(0, stop);
    String rest = stop + 1 < next.length() ? next.substring(stop + 1) : "";
    boolean restIsList = rest.isEmpty() || AgencyNames.isList(rest);
    if (!AgencyNames.isName(tail) && AgencyNames.isStrongName(joined) && restIsList) {
      return j;
    }
    // 配合单位:县发改委、环保局 / 各乡镇(街道)、黎阳建管办: a list of several units on the next line, no label of its own
    // and no date under it (a letter's signature is one name, signed and dated)
    String after = j + 1 < blocks.size() && blocks.get(j + 1) instanceof Line
        ? Fold.trim(((Line) blocks.get(j + 1)).folded()) : "";
    return AgencyNames.isName(tail) && next.indexOf('、') > 0 && LineShapes.isBareUnits(next)
        && !Cells.isSignatureDate(after) ? j : i;
  }

  /** Words that end the name of an office inside a body: 县人民政府 / 办公室, 县公安局 / 交警大队. */
  private static final String[] OFFICES = {"办公室", "大队", "支队", "中队", "分局", "派出所"};

  /**
   * Whether the next line's first name is an office of the body that ends the line above ({@code 县人民政府} /
   * {@code 办公室、县水利局}): one name broken where the line was, not two units.
   */
  private static boolean isPartOf(String tail, String next) {
    int sep = 0;
    while (sep < next.length() && "、,;".indexOf(next.charAt(sep)) < 0) {
      sep++;
    }
    String first = next.substring(0, sep);
    if (first.isEmpty() || UnitLeadWords.LEVELS.indexOf(first.charAt(0)) >= 0 || first.charAt(0) == '各') {
      return false;
    }
    boolean office = false;
    for (String o : OFFICES) {
      office |= first.endsWith(o);
    }
    return office && (tail.endsWith("政府") || tail.endsWith("局") || tail.endsWith("委") || tail.endsWith("厅"));
  }

  /** The last name of a label line's list: after its last separator or its colon. */
  private static String wrappedTail(String folded) {
    String f = Fold.trim(folded);
    int cut = Math.max(Math.max(f.lastIndexOf('、'), f.lastIndexOf(',')), f.lastIndexOf(':'));
    return f.substring(cut + 1);
  }

  /**
   * {@code 整改措施:由县住建局督促商户更换。} under a numbered item that has no units: what is to be done about the item,
   * and by whom — the agent is the item's unit, and the line no measure of its own.
   */
  private boolean remedy(Line line, String text, String folded, int colon) {
    Item item = outline.current();
    if (item == null || item.direct || item.style == Numbering.NONE || item.hasClauses()) {
      return false;
    }
    int[] agent = Agents.after(folded.substring(colon + 1));
    if (agent == null) {
      return false;
    }
    int b = colon + 1 + agent[0];
    int e = colon + 1 + agent[1];
    outline.closeContinuation();
    outline.attach(text.substring(b, e), null, line.number(), b + 1);
    return true;
  }

  /**
   * The units named in a record's measures ({@code 整改措施:责令路政执法队、安丰乡人民政府派人…}, {@code 由县住建局督促…},
   * {@code 水运事务中心责令该船所有人…}), attached to the record's measure if it has none.
   */
  private void actorOfMeasures(String text, String folded, int colon, Line line) {
    if (labelledTask.hasClauses()) {
      return;
    }
    String body = folded.substring(colon + 1);
    int[] agent = Agents.after(body);
    if (agent == null) {
      int b = Fold.trimStart(folded, colon + 1, folded.length());
      UnitLead subject = UnitLead.of(folded, b);
      agent = subject == null || subject.label || subject.nameStart != b ? null
          : new int[] {subject.nameStart - colon - 1, subject.nameEnd - colon - 1};
    }
    // (责令各乡镇建立…制度, 由县水利局督促各乡镇: a list that runs on into the sentence is no agent's)
    if (agent != null && isShortList(body.substring(agent[0], agent[1]))) {
      int b = colon + 1 + agent[0];
      int e = colon + 1 + agent[1];
      outline.attach(text.substring(b, e), null, line.number(), b + 1);
    }
  }

  /** The longest name of a list read from the measures' sentence. */
  private static final int MAX_NAME = 10;

  /** Whether a list is one of names, each of a name's length ({@code 路政执法队、安丰乡人民政府}), no clause's words. */
  private static boolean isShortList(String list) {
    if (AgencyNames.isStrictList(list)) {
      return true;
    }
    for (String piece : list.split("、")) {
      if (piece.length() > MAX_NAME) {
        return false;
      }
    }
    return true;
  }

  /** The lines a record's units label may follow its measures' line within. */
  private static final int UNITS_LABEL_REACH = 3;

  /** Whether a units label ({@code 责任单位:…}) follows line {@code i} within a few lines: it names the record's units. */
  private static boolean unitsLabelFollows(List<? extends Block> blocks, int i) {
    for (int k = i + 1; k < blocks.size() && k <= i + UNITS_LABEL_REACH && blocks.get(k) instanceof Line; k++) {
      if (Labels.leading(Fold.trim(((Line) blocks.get(k)).folded())) != null) {
        return true;
      }
    }
    return false;
  }

  /** Sets the labelled task's text joined from its lines, once they have all been read. */
  void end() {
    if (joinedTask != null) {
      labelledTask.measure().setText(joinedTask.toString());
      joinedTask = null;
    }
  }

  private static boolean isConventionNote(String foldedTrimmed) {
    // a numbered item whose unit list states the convention ((一)健全管理体制。…(市教育局,…,排名第一位为牵头单位)) is
    // an item, not a note
    return foldedTrimmed.length() <= 80 && (foldedTrimmed.contains("牵头") || foldedTrimmed.contains("主办"))
        && Numbering.of(foldedTrimmed).style == Numbering.NONE && LeadConvention.of(foldedTrimmed) != null;
  }

  /** A note line without its brackets or its 注: prefix. */
  static String noteText(String s) {
    String t = s;
    String f = Fold.fold(t);
    if (f.startsWith("注:") || f.startsWith("备注:")) {
      t = Fold.trim(t.substring(f.indexOf(':') + 1));
      f = Fold.fold(t);
    }
    if (f.length() >= 2 && Brackets.isRoundOpen(t.charAt(0)) && Brackets.isRoundClose(t.charAt(t.length() - 1))) {
      t = Fold.trim(t.substring(1, t.length() - 1));
    }
    return t;
  }
}
