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

import dev.mandate.parser.internal.text.Fold;
import java.util.List;

/**
 * The tasks of a plan that names no unit, or names them as no rule reads yet: the items of one numbering that read as
 * tasks, given as measures without units (each with the assembler's {@code MISSING_RESPONSIBILITY}) rather than a
 * document of nothing. Asked by {@link OutlineResolver} only where no item has units.
 */
final class UnitlessTasks {

  private UnitlessTasks() {}

  /** The fewest items of a numbering, and the fewest chars of each, that make a list of tasks with no units. */
  private static final int MIN_ITEMS = 2;
  private static final int MIN_TASK = 8;
  /** Verbs a task opens with: what is to be done, not what was done or what is. */
  private static final String[] TASK_OPENERS = {"加强", "推进", "开展", "完善", "建立", "健全", "落实", "做好", "实施", "组织",
      "强化", "加快", "推动", "提升", "深化", "规范", "严格", "全面", "持续", "积极", "制定", "制订", "编制", "新建", "改造",
      "建设", "确保", "督促", "指导", "负责", "承担", "配合", "协助", "抓好", "加大", "优化", "深入", "坚持", "坚决", "认真",
      "及时", "定期", "切实", "进一步", "扎实", "着力", "大力", "继续", "统筹", "研究", "牵头", "贯彻", "探索", "培育", "打造"};
  /** How far into an item its duty's modal (要, 应, 须) may stand: {@code 水旱灾害发生后,要立即组织…}. */
  private static final int MODAL_REACH = 20;

  /**
   * The numbering of the text's items that most of them use, two or more, each a sentence long, most ending as
   * sentences and two in three read as tasks ({@code 加强…}, {@code 负责…}, {@code …要…}); the deeper of two as many; null if
   * none: the tasks of a plan that names no unit, or names them as no rule reads yet. (A report's, a notice's or a
   * news page's numbered points, 事故总量持续下降…, 会议听取了…, 具有…国籍, are no tasks.)
   */
  static Numbering style(List<Item> items, int[] rank) {
    int[] count = new int[Numbering.values().length];
    int[] ended = new int[Numbering.values().length];
    int[] tasks = new int[Numbering.values().length];
    for (Item it : items) {
      // (the items' own text, no measure made of each: a text of a million short numbered lines has as many items)
      if (it.style == Numbering.NONE || it.style == Numbering.CHAPTER || it.inLetter || it.superseded
          || it.textLength() < MIN_TASK) {
        continue;
      }
      String t = Fold.trim(Fold.fold(it.textOnce()));
      if (t.length() >= MIN_TASK) {
        count[it.style.ordinal()]++;
        ended[it.style.ordinal()] += t.endsWith("。") || t.endsWith(";") || t.endsWith(".") ? 1 : 0;
        tasks[it.style.ordinal()] += readsAsTask(t) ? 1 : 0;
      }
    }
    Numbering most = null;
    for (Numbering s : Numbering.values()) {
      int c = count[s.ordinal()];
      // (most of them sentences that end: a page viewer's chunk numbers, 1、2、3、 cutting words, are no items)
      if (c >= MIN_ITEMS && 2 * ended[s.ordinal()] >= c && 3 * tasks[s.ordinal()] >= 2 * c && (most == null
          || c > count[most.ordinal()] || c == count[most.ordinal()] && rank[s.ordinal()] > rank[most.ordinal()])) {
        most = s;
      }
    }
    return most;
  }

  private static boolean readsAsTask(String t) {
    for (String v : TASK_OPENERS) {
      if (t.startsWith(v)) {
        return true;
      }
    }
    for (int i = 1; i < t.length() - 1 && i < MODAL_REACH; i++) {
      char c = t.charAt(i);
      // a modal, not a word that holds its char: 主要, 重要, 需要, 要求, 要点; 相应, 供应, 应急
      if (c == '须' || c == '要' && NOT_MODAL_BEFORE.indexOf(t.charAt(i - 1)) < 0 && "求点素件闻".indexOf(t.charAt(i + 1)) < 0
          || c == '应' && NOT_MODAL_BEFORE.indexOf(t.charAt(i - 1)) < 0 && "急用".indexOf(t.charAt(i + 1)) < 0) {
        return true;
      }
    }
    // (…对本村防溺水工作负总责: the whole of a duty is one still; 镇学生安全专业委员会统筹领导…: an item its unit leads
    // is a task whose unit no rule reads yet)
    return t.contains("负责") || t.contains("负总责") || UnitLead.of(t, 0) != null;
  }

  /** Chars before 要 or 应 that make a word of it, no modal: 主要, 重要, 需要, 纲要, 必要, 只要; 相应, 供应, 适应, 回应. */
  private static final String NOT_MODAL_BEFORE = "主重需纲扼概首必只不想相对供反适响回效";
}
