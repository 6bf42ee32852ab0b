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

import dev.mandate.parser.internal.layout.Columns.Name;
import dev.mandate.parser.internal.responsibility.Clause;
import dev.mandate.parser.internal.responsibility.LabelShape;
import dev.mandate.parser.internal.text.Fold;

/**
 * A column's name read by its shape where no list has it: a head noun that says what the column holds (任务, 措施,
 * 单位, 时限, 领导, 进度 …), a modifier that says whose or which (牵头, 配合, 评分), and the words no header has. Asked by
 * {@link Columns#name} once a name is neither in {@code columns.txt} nor a known name with a qualifier.
 */
final class ColumnShape {

  /** Head nouns of a task column's name; of a name column's; of a plan's; of a target's; of the other columns'. */
  private static final String[] TASK_HEADS = {"任务", "措施", "内容", "事项", "实事", "工作", "要点", "问题", "要求",
      "事实", "项目内容", "实事项目", "重点项目", "民生项目", "整改措施"};
  private static final String[] NAME_HEADS = {"名称", "项目", "名单"};
  private static final String[] PLAN_HEADS = {"举措", "计划", "安排", "步骤", "路径", "方式", "思路"};
  private static final String[] TARGET_HEADS = {"目标", "指标", "任务数", "目标值", "目标任务"};
  private static final String[] SECTION_WORDS = {"类别", "分类", "类型", "领域", "板块", "方面", "专项", "类", "大类",
      "序列", "所属领域", "项目类别"};
  private static final String[] SERIAL_WORDS = {"序号", "编号", "序", "排序", "号", "序列号", "项次"};
  private static final String[] PERSON_HEADS = {"领导", "责任人", "负责人", "联系人", "包保人"};
  private static final String[] TIME_HEADS = {"时限", "时间", "期限", "节点", "日期", "年度", "年限"};
  private static final String[] OTHER_HEADS = {"进度", "进展", "情况", "状态", "备注", "说明", "成效", "效果", "完成率",
      "是否", "领导", "责任人", "负责人", "联系人", "电话", "投资", "金额", "资金", "万元", "亿元", "规模", "地点", "地址", "区域",
      "标准", "依据", "来源", "评价", "考核", "分值", "权重", "现状", "原因", "备考", "附注", "类型", "属性", "级别"};
  /** Words a column's name may end with that say it describes what the words before them name: 问题描述. */
  private static final String[] DESCRIPTION_WORDS = {"描述", "表述", "表现"};
  /** Words a column's name may end with that say it lists what the words before them name. */
  private static final String[] LIST_WORDS = {"清单", "一览", "明细"};
  /** Modifiers of a units column's name that make its units the task's overseers: they grade or supervise it. */
  private static final String[] OVERSEER_MODIFIERS = {"评分", "考核", "督查", "督办", "督导", "评价", "监督", "评估"};
  /** Unit heads a column may have beyond a label's: 责任街镇 lists the towns that carry the task. */
  private static final String[] UNIT_COLUMN_HEADS = {"街镇", "镇街", "乡镇", "区县", "县区", "县市区", "责任方", "主体"};

  /**
   * Words before a units column's name that make its units the others the row names (相关, 其他) or the members of a
   * group the table hands duties to (成员单位 beside 应急职责).
   */
  private static final String[] OTHER_UNITS = {"相关", "有关", "其他", "其它", "其余", "成员"};

  private ColumnShape() {}

  /** A name by its head noun; UNKNOWN for a short Han name of no known shape, null for anything else. */
  static Name of(String f) {
    for (int i = 0; i < f.length(); i++) {
      if (!Fold.isHan(f.charAt(i))) {
        return null;
      }
    }
    if (f.length() < 2 || f.length() > 12) {
      return f.length() == 1 && "序类号".indexOf(f.charAt(0)) >= 0 ? name1(f) : null;
    }
    if (f.charAt(0) == '各') {
      return null; // 各乡镇, 各部门: units addressed, the cell under a column's name, never the name
    }
    if (equalsAny(f, SERIAL_WORDS)) {
      return Name.SERIAL;
    }
    // 任务清单 / 责任清单 / 时限清单: a list of what its stem names (责任 alone: who carries the task)
    for (String list : LIST_WORDS) {
      // (a stem of two to four: 2023年重点工作任务清单 is a title, no column's name; 重点任务清单 is one)
      if (f.endsWith(list) && f.length() >= list.length() + 2 && f.length() <= list.length() + 4) {
        String stem = f.substring(0, f.length() - list.length());
        return stem.equals("责任") ? Name.UNITS : of(stem);
      }
    }
    if (equalsAny(f, SECTION_WORDS) || f.endsWith("类别") || f.endsWith("分类") || f.endsWith("领域")) {
      return Name.SECTION;
    }
    // 评分部门, 督办单位: the units that grade or oversee the task, not those that carry it (考核责任单位: those the
    // assessment holds responsible, the task's own units)
    if ((f.endsWith("单位") || f.endsWith("部门")) && f.length() <= 6 && startsWithAny(f, OVERSEER_MODIFIERS)
        && !f.contains("责任")) {
      return Name.OVERSEER;
    }
    // 职责分工, 主要职责: the duties themselves are the task; a label 部门分工 names who carries them
    if (f.endsWith("职责") || f.endsWith("分工") && !f.startsWith("部门") && !f.startsWith("单位")) {
      return Name.TASK;
    }
    LabelShape.Reading[] reading = new LabelShape.Reading[1];
    Clause.Kind label = LabelShape.kind(f, 0, f.length(), reading);
    if (label != null && reading[0] == LabelShape.Reading.KNOWN) {
      switch (label) {
        case LEAD:
          return Name.LEAD;
        case SUPPORT:
          return Name.SUPPORT;
        case GENERIC:
          return Name.UNITS;
        case DEADLINE:
          return Name.DEADLINE;
        case PERSON:
          return Name.PERSON;
        default:
          return Name.OTHER;
      }
    }
    for (String other : OTHER_UNITS) {
      // 相关责任部门, 其他配合单位: beside a lead's column, the other units the row names (as a label these words address
      // units, 相关部门要…; as a column's name they say whose the cells are)
      if (f.startsWith(other) && f.length() > other.length() + 1) {
        Name rest = of(f.substring(other.length()));
        if (rest == Name.UNITS || rest == Name.SUPPORT) {
          return rest;
        }
      }
    }
    for (String h : UNIT_COLUMN_HEADS) {
      if (f.endsWith(h) && f.length() <= h.length() + 4) {
        return f.startsWith("牵头") ? Name.LEAD : f.startsWith("配合") || f.startsWith("协同") ? Name.SUPPORT
            : Name.UNITS;
      }
    }
    for (String d : DESCRIPTION_WORDS) {
      // 问题描述, 问题表现: the task described, as the task's own name says (a progress's 进展描述 stays none; a page's
      // 内容概述 is its abstract, no column)
      if (f.endsWith(d) && f.length() > d.length() + 1) {
        Name stem = of(f.substring(0, f.length() - d.length()));
        if (stem == Name.TASK) {
          return stem;
        }
      }
    }
    if (endsWithAny(f, PERSON_HEADS)) {
      return Name.PERSON;
    }
    if (endsWithAny(f, OTHER_HEADS) || f.startsWith("是否")) {
      return Name.OTHER;
    }
    if (endsWithAny(f, TIME_HEADS)) {
      return Name.DEADLINE;
    }
    if (endsWithAny(f, PLAN_HEADS)) {
      return Name.PLAN;
    }
    if (f.endsWith("名称")) {
      return Name.TASK_NAME; // 指标名称: the name of what the row is about, whatever it names
    }
    if (f.endsWith("目标任务")) {
      // 重点工作目标任务, 年度目标任务: aims and tasks, as 目标任务 alone (the task before the units, figures after them)
      return Name.GOAL_TASK;
    }
    if (f.startsWith("指标") || f.startsWith("目标")) {
      return Name.TARGET; // 指标要求, 目标值: the targets beside a task, not the task
    }
    if (endsWithAny(f, TASK_HEADS)) {
      return Name.TASK;
    }
    if (endsWithAny(f, NAME_HEADS)) {
      return Name.TASK_NAME;
    }
    if (endsWithAny(f, TARGET_HEADS)) {
      return Name.TARGET;
    }
    return label != null ? Name.UNITS : Name.UNKNOWN;
  }

  /** Whether a name is one of the words a serial's or a category's column is named by in full. */
  static boolean isListedWord(String f) {
    return equalsAny(f, SERIAL_WORDS) || equalsAny(f, SECTION_WORDS);
  }

  private static Name name1(String f) {
    return f.equals("类") ? Name.SECTION : Name.SERIAL;
  }

  private static boolean equalsAny(String f, String[] words) {
    for (String w : words) {
      if (f.equals(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String f, String[] heads) {
    for (String h : heads) {
      if (f.startsWith(h)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithAny(String f, String[] heads) {
    for (String h : heads) {
      if (f.endsWith(h)) {
        return true;
      }
    }
    return false;
  }
}
