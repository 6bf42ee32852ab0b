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

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mandate.parser.Shown;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows whose cells a merge or a copy moved: a category merged left of the serial, a leader merged over rows, units one
 * a line each with its own progress, a point's phrase beside its task.
 */
class MergedRowCellsTest {

  /**
   * wild/w3044: a policy list flattened with one space between its cells, its category merged left of the serial and
   * its units cell repeating the column's label; read as one line of text each, a row's words all its task.
   */
  @Test
  void aCategoryMergedLeftOfTheSerialOpensOnlyTheFirstRow() {
    assertEquals(List.of("财政资金支持/建立帮扶机制 / 畅通热线电话,及时协调解决企业复工复产遇到的困难。 | 各县区政府/LF 市人社局/S |  | -",
        "财政资金支持/给予贷款贴息支持 / 对重点保障企业新增贷款给予贴息,贴息期限不超过1年。 | 市财政局/LF 市发展改革委/S |  | -",
        "财政资金支持/加大支持力度 / 对生产防疫物资的企业给予20%补贴,每家企业上限为 |  | 20% | -"),
        Shown.parsed("政策类别 序号 扶持政策事项 政策内容 政策依据 实施部门\n"
            + "财政资金支持 1 建立帮扶机制 畅通热线电话,及时协调解决企业复工复产遇到的困难。 《通知》辽市政发[2020]3号 责任单位:各县区政府、市人社局\n"
            + "2 给予贷款贴息支持 对重点保障企业新增贷款给予贴息,贴息期限不超过1年。 《通知》辽市政发[2020]3号 责任单位:市财政局、市发展改革委\n"
            + "3 加大支持力度 对生产防疫物资的企业给予20%补贴,每家企业上限为\n"));
  }

  /**
   * wild/w3063: a point's short phrase ({@code 打造产业旗舰。}) in the column before a long task cell was taken for the
   * task, and the task cell lost.
   */
  @Test
  void aPointsPhraseBesideALongTaskHeadsIt() {
    assertEquals(List.of("打造产业旗舰。 / 全面实施“5115”工程,加大政策引导,提供优质服务,支持15家企业年销售收入突破1000亿元。 | 市企业发展促进局/LM "
        + "市“5115”工程领导小组成员单位/S 各县市区/S | 15家 突破1000亿元 | -"),
        Shown.parsed("| 工作要点 | 工作任务 | 牵头单位 | 参与单位 |\n| 打造产业旗舰。 | 全面实施“5115”工程,加大政策引导,提供优质服务,"
            + "支持15家企业年销售收入突破1000亿元。 | 市企业发展促进局 | 市“5115”工程领导小组成员单位、各县市区 |\n"));
  }

  /**
   * Review of round 55: where the category column's sentences hold figures (实事项目 | 工作举措), they are the tasks,
   * their targets with them, and a short one without a figure is a task too, no point's heading.
   */
  @Test
  void aProjectColumnWithFiguresHoldsTheTasks() {
    assertEquals(List.of("新建公办幼儿园5所。 | 市教育局/LF | 5所 | -", "免费开展两癌筛查。 | 市卫生健康委/LF |  | -"),
        Shown.parsed("| 实事项目 | 工作举措 | 责任单位 |\n| 新建公办幼儿园5所。 | 完成选址和立项,年底前建成投用,新增学位2700个,缓解入园难。 | "
            + "市教育局 |\n| 免费开展两癌筛查。 | 对全市适龄妇女开展宫颈癌和乳腺癌免费筛查,筛查人数达到2万人。 | 市卫生健康委 |\n"));
  }

  /**
   * wild/w3083: a table flattened one cell a paragraph whose first column names the leader, merged over rows: the
   * leader's name was glued to the first task and the table read no further.
   */
  @Test
  void aLeaderMergedOverRowsOpensTheFirstRow() {
    assertEquals(List.of("始终做到忠诚于党。增强意识,自觉把讲政治贯穿始终。 | 市府办/LM 各单位/S |  | -",
        "始终坚持依法行政。自觉接受人大依法监督,加强审计监督。 | 市府办/LM 市司法局/S 市审计局/S 各单位/S |  | -"),
        Shown.parsed(String.join("\n\n", "牵头领导", "重点工作", "牵头单位", "配合单位", "备注", "周阳市长",
            "1.始终做到忠诚于党。增强意识,自觉把讲政治贯穿始终。", "市府办", "各单位",
            "2.始终坚持依法行政。自觉接受人大依法监督,加强审计监督。", "市府办", "市司法局", "市审计局", "各单位") + "\n"));
  }

  /**
   * wild/w3064: a progress table flattened one cell a paragraph, a row's units one a line each with its own progress,
   * one name broken over two lines, and a progress cell's own numbered parts; the table ended at the second unit.
   */
  @Test
  void unitsEachWithItsProgressAreTheRowsUnits() {
    assertEquals(List.of("居民人均可支配收入增长与地区生产总值增长同步。 | 市人社局/LM 市农业农村局/LM |  | -",
        "实施服务赋能专项行动,升级惠企政策网上超市。 | 市人社局/LM 市数据资源管理局/LM 市财政局/LM |  | -",
        "单位GDP能耗降幅完成省下达任务。 | 市发改委/LM |  | -"),
        Shown.parsed(String.join("\n\n", "序号", "工作任务", "牵头责任单位", "完成情况", "2",
            "居民人均可支配收入增长与地区生产总值增长同步。", "市人社局", "上半年我市城镇居民人均可支配收入为28128元。", "市农业农村局",
            "上半年农村常住居民人均可支配收入14703元。", "3", "实施服务赋能专项行动,升级惠企政策网上超市。", "市人社局", "市数据资源",
            "管理局", "市财政局", "1. 完善惠企政策网上超市移动端功能,实现在线申请。", "2. 完善企业中心功能,实现在线查看办理进度。", "4",
            "单位GDP能耗降幅完成省下达任务。", "市发改委", "按月梳理分析重点企业能耗情况。") + "\n"));
  }

  /**
   * Review of round 55: with no serial, an empty progress cell makes the next row's task look like progress; a unit
   * after it is no second unit of the row above.
   */
  @Test
  void withNoSerialAUnitAfterProgressIsNoSecondUnit() {
    List<String> read = Shown.parsed(String.join("\n", "工作任务", "责任单位", "进展情况", "推进数字政府建设,建成一体化政务大数据平台。",
        "市数据资源管理局", "完成农村人居环境整治村庄120个。", "市农业农村局", "已完成整治村庄65个。") + "\n");
    assertEquals("推进数字政府建设,建成一体化政务大数据平台。 | 市数据资源管理局/LF |  | -", read.get(0));
  }

  /**
   * wild/w3084: a site's heading with its clause over problems that name none, and one that names its own: its items
   * took the one item's clause, and the heading was a measure.
   */
  @Test
  void aTopicsClauseGoesToTheItemsThatNameNone() {
    assertEquals(List.of("一、南山风景区(责任单位:市旅文局) / 南山景区出入口旁空地散养家禽。 | 市旅文局/LF |  | -",
        "一、南山风景区(责任单位:市旅文局) / 停车场宣传广告栏倾倒。 | 市旅文局/LF |  | -",
        "一、南山风景区(责任单位:市旅文局) / 多家商户门前三包责任落实不到位。 | 市综合行政执法局崖州分局/LF |  | -",
        "二、大小洞天风景区(责任单位:旅发集团) / 步道旁排水盖设施破损。 | 旅发集团/LF |  | -"),
        Shown.parsed("一、南山风景区(责任单位:市旅文局)\n1.南山景区出入口旁空地散养家禽。\n2.停车场宣传广告栏倾倒。\n"
            + "3.多家商户门前三包责任落实不到位。(责任单位:市综合行政执法局崖州分局)\n二、大小洞天风景区(责任单位:旅发集团)\n"
            + "1.步道旁排水盖设施破损。\n"));
  }

  /**
   * wild/w3165: a table flattened one cell a line whose header is printed again under each section's heading: the
   * header's names were glued to the heading's words.
   */
  @Test
  void aHeaderPrintedAgainUnderAHeadingIsNoPartOfIt() {
    List<String> read = Shown.parsed(String.join("\n\n", "一、区长牵头重点工作", "序号", "目标任务", "牵头单位", "配合单位", "1",
        "推进乡债县管", "区财政局", "各镇(街道)", "二、常务副区长牵头重点工作", "序号", "目标任务", "牵头单位", "配合单位", "1",
        "地区生产总值增长6%左右", "区发改局", "各镇(街道、园区)") + "\n");
    assertEquals("二、常务副区长牵头重点工作 / 地区生产总值增长6%左右 | 区发改局/LM 各镇(街道、园区)/S | 6%左右 | -", read.get(1));
  }
}
