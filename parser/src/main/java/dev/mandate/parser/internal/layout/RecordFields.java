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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A record under its title: a numbered heading that names an event or a task ({@code (一)春节农夫篮球赛}), then its fields
 * one a line, numbered or not ({@code 1、竞赛时间:年初一、初二} / {@code 2、竞赛地点:…} / {@code 3、负责单位:汤口社区}). The
 * title is the task; a field of units gives its units, a field of time its deadline, and the other fields (place,
 * teams, agenda, and what the event is made of once when and where are told: 活动内容:…) are neither its text nor a
 * task of their own. Read so only where the fields that follow the title name its units, or where a record of the
 * title's numbering came before: fields of no units under a heading are a paragraph's labels, read as before.
 */
final class RecordFields {

  /** The most fields a record's run is looked through for its units. */
  private static final int MAX_FIELDS = 12;
  /** The longest field's name, in chars. */
  private static final int MAX_NAME = 8;

  private final Outline outline;
  /** The record whose fields are being read, or null. */
  private Item record;
  /** The numbering of the last record's title: a title of the same kind is a record's before fields of no units. */
  private Numbering recordStyle;

  RecordFields(Outline outline) {
    this.outline = outline;
  }

  /** Reads the field at line {@code i} and the fields after it; the index of the last line read, or -1. */
  int read(List<? extends Block> blocks, Line line, int i) {
    String folded = line.folded();
    int colon = fieldColon(folded);
    if (colon < 0) {
      record = null;
      return -1;
    }
    Item current = outline.current();
    if (record == null || current != record) {
      if (current == null || !isTitle(current) || Numbering.of(folded).style == current.style
          || !unitsAmongFields(blocks, i, current.style, current.style == recordStyle)) {
        return -1;
      }
      outline.closeContinuation();
      record = current;
      recordStyle = current.style;
    }
    int last = i;
    Set<String> names = new HashSet<>();
    for (int k = i; k < blocks.size() && k - i < MAX_FIELDS && blocks.get(k) instanceof Line; k++) {
      Line l = (Line) blocks.get(k);
      if (l.isBlank()) {
        continue;
      }
      int c = fieldColon(l.folded());
      if (c < 0 || Numbering.of(l.folded()).style == record.style
          || !names.add(name(l.folded(), nameStart(l.folded(), c), c))) {
        break; // (主办:… again after the record's own: the page's footer credit, no second field of one name)
      }
      field(l, c);
      last = k;
    }
    return last;
  }

  /** Reads one field of the record: its units, its time, or nothing. */
  private void field(Line l, int colon) {
    String folded = l.folded();
    String text = l.text();
    int b = nameStart(folded, colon);
    if (Labels.leading(folded.substring(b)) != null) {
      outline.attach(text.substring(b), null, l.number(), b + 1);
      return;
    }
    int v = Fold.trimStart(text, colon + 1, text.length());
    int e = Fold.trimEnd(text, v, text.length());
    if (LabelShape.namesTime(name(folded, b, colon)) && v < e && record.measure().deadline == null) {
      // (竞赛时间:年初一、初二。: the full stop ends the line, no part of the time)
      int end = folded.charAt(e - 1) == '。' ? Fold.trimEnd(text, v, e - 1) : e;
      outline.addClauses(record.measure(), List.of(new Clause(Clause.Kind.DEADLINE, text.substring(v, end),
          l.number(), v + 1)));
    }
  }

  /** Where a field's name starts on its line, past its numbering. */
  private static int nameStart(String folded, int colon) {
    return Fold.trimStart(folded, Numbering.of(folded).length, colon);
  }

  /** A field's name, spaces inside left out ({@code 竞 赛 时 间}). */
  private static String name(String folded, int b, int colon) {
    return Fold.trim(folded.substring(b, colon)).replace(" ", "");
  }

  /** Whether an item is a record's title: numbered, no units, a heading's words, no sentence. */
  private static boolean isTitle(Item it) {
    if (it.direct || it.style == Numbering.NONE || it.hasClauses() || it.headingUnits != null) {
      return false;
    }
    String t = Fold.fold(it.measure().text());
    // an event's full name runs longer than a heading's words (情满中秋·祝福祖国——…文艺晚会(潭头专场)): its fields
    // with units below are the evidence, no stop or comma in it
    return !t.isEmpty() && t.length() <= MAX_TITLE && t.indexOf('。') < 0 && t.indexOf(',') < 0 && t.indexOf(';') < 0
        && t.indexOf(':') < 0;
  }

  /** The longest record's title, in chars. */
  private static final int MAX_TITLE = 40;

  /**
   * Whether the run of fields from line {@code i} holds one that names units ({@code 负责单位:汤口社区}) and one that
   * does not: a record's, no mere list of label lines. After a record of the title's numbering, fields of time and
   * place alone are enough.
   */
  private static boolean unitsAmongFields(List<? extends Block> blocks, int i, Numbering titleStyle,
      boolean afterRecord) {
    boolean units = false;
    boolean other = false;
    boolean whenOrWhere = false;
    for (int k = i; k < blocks.size() && k - i < MAX_FIELDS && blocks.get(k) instanceof Line; k++) {
      Line l = (Line) blocks.get(k);
      if (l.isBlank()) {
        continue;
      }
      String f = l.folded();
      int c = fieldColon(f);
      if (c < 0 || Numbering.of(f).style == titleStyle) {
        break;
      }
      int b = nameStart(f, c);
      boolean names = Labels.leading(f.substring(b)) != null;
      String name = name(f, b, c);
      if (whenOrWhere && name.endsWith(CONTENT)) {
        // 活动时间:… / 活动地点:… / 活动内容:举办盛大的启动仪式: what the event is made of, told after when and where;
        // the event's name is the task
        other = true;
        continue;
      }
      whenOrWhere |= isWhenOrWhere(name);
      if (!units && (LoneLabel.isTaskLabelLine(Fold.trim(f.substring(b))) || isSentence(f, c)
          || !names && !isWhenOrWhere(name))) {
        // 一、…项目 / 目标任务:… / 责任单位:…: the title's task in a field before its units, its text; a record's fields
        // before its units say when and where in a few words (建设规模:改造污水管网15公里 is what it does)
        return false;
      }
      units |= names;
      other |= !names;
    }
    // (6、…拼图大赛 / 活动时间:… / 活动地点:…, cut before its units: a record as the ones before it were)
    return (units || afterRecord) && other;
  }

  /** The head of a field's name that says what the record is made of ({@code 活动内容}). */
  private static final String CONTENT = "内容";

  /** Heads of a name that say where a record or a row takes place. */
  private static final String[] PLACE_HEADS = {"地点", "地址", "场地", "场所", "会场", "地段", "位置"};

  /** Whether a field's name says the record's time or place ({@code 竞赛时间}, {@code 活动地点}). */
  private static boolean isWhenOrWhere(String name) {
    return LabelShape.namesTime(name) || namesPlace(name);
  }

  /**
   * Whether a field's or a column's name, spaces left out, says where ({@code 活动地点}, {@code 建设地址}): what is
   * under it is a place, a body's name there too (县电视台 hosts the contest).
   */
  static boolean namesPlace(String name) {
    for (String h : PLACE_HEADS) {
      if (name.endsWith(h)) {
        return true;
      }
    }
    return false;
  }

  /** The longest value of a record's field that says when or where. */
  private static final int MAX_VALUE = 30;

  /** Whether a field's value after {@code colon} is a sentence: long, or going on after a comma or a full stop. */
  private static boolean isSentence(String folded, int colon) {
    String v = Fold.trim(folded.substring(colon + 1));
    int stop = v.indexOf('。');
    return v.length() > MAX_VALUE || v.indexOf(',') >= 0 || stop >= 0 && stop < v.length() - 1;
  }

  /**
   * The colon of a field line ({@code 1、竞赛时间:…}, {@code 活动地点:…}): after its numbering, if any, a name of Han
   * chars alone, short, then a value; -1 if the line is no field.
   */
  static int fieldColon(String folded) {
    int n = folded.length();
    int b = Fold.trimStart(folded, Numbering.of(folded).length, n);
    int k = b;
    while (k < n && k - b <= MAX_NAME && (Fold.isHan(folded.charAt(k)) || folded.charAt(k) == ' ')) {
      k++;
    }
    if (k >= n || folded.charAt(k) != ':' || k - b < 2 || k - b > MAX_NAME) {
      return -1;
    }
    return Fold.trimStart(folded, k + 1, n) < n ? k : -1;
  }
}
