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
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.mandate.parser.Shown;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the twenty-eighth session's work on real documents the parser had not read (wild corpus, round 58:
 * festival and event plans, a five-year plan's indicators, a population plan's division), each as a short hand-written
 * snippet, with a neighbour the rule must leave as it was.
 */
class EventRecordsAndDrawnDashesTest {

  /**
   * wild/w3281 (黄冈 2007): each indicator's units on the line after it, opened by two box-drawing bars
   * ({@code ──由X会同…组织落实。}), gave nothing: the bars are the em dash of a page typed in another font. A rule of
   * bars alone is no item.
   */
  @Test
  void drawnBarsOpenAnItemAsADashDoes() {
    assertEquals(List.of("二、任务分解 / 城镇养老、失业、医疗保险覆盖率达到90%。 | 市劳动和社会保障局/LF 有关部门/S 各县市区/S | 90% | -",
        "二、任务分解 / 新型农村合作医疗覆盖率达到100%。 | 市卫生局/LF 有关部门/S 各县市区/S | 100% | -"),
        Shown.parsed("二、任务分解\n1、城镇养老、失业、医疗保险覆盖率达到90%。\n──由市劳动和社会保障局会同有关部门和各县市区组织落实。\n"
            + "2、新型农村合作医疗覆盖率达到100%。\n――由市卫生局会同有关部门和各县市区组织落实。\n"));
    assertEquals(List.of("二、任务分解 / 城镇养老保险覆盖率达到90%。 | 市人社局/LM | 90% | -",
        "二、任务分解 / 新型农村合作医疗覆盖率达到100%。 | 市卫生局/LM | 100% | -"),
        Shown.parsed("二、任务分解\n1、城镇养老保险覆盖率达到90%。(市人社局牵头)\n────────────\n"
            + "2、新型农村合作医疗覆盖率达到100%。(市卫生局牵头)\n"), "a rule of bars");
  }

  /**
   * wild/w3283 (陕西 2012): {@code 各设区市政府和杨凌示范区管委会落实} is two bodies, a government and a zone's
   * committee, the doing of it after the second; 组织落实 too.
   */
  @Test
  void aGovernmentAndAZonesCommitteeBeforeTheirDoing() {
    assertEquals(List.of("一、主要目标 / 全省常住人口控制在3850万人以内。 | 省人口计生委/LM 各设区市政府/S 杨凌示范区管委会/S"
        + " | 控制在3850万人以内 | -",
        "一、主要目标 / 婴儿死亡率降到10‰以下。 | 省卫生厅/LM 省财政厅/S 各设区市政府/S 杨凌示范区管委会/S | 10‰以下 | -"),
        Shown.parsed("一、主要目标\n1.全省常住人口控制在3850万人以内。(省人口计生委牵头,各设区市政府和杨凌示范区管委会落实)\n"
            + "2.婴儿死亡率降到10‰以下。(省卫生厅牵头,省财政厅配合,各设区市政府和杨凌示范区管委会组织落实)\n"));
  }

  /**
   * wild/w3264 (铁岭县 2023), w3263 (高州): an event's organisers, one name a line after their label under a heading
   * that names their roles ({@code 二、主办、支持、承办单位}, {@code 组织机构}), made a task of the heading and of each
   * name; they are the event's, no task's. A heading of a task's units ({@code 整改实施主体}) is not an organisers'.
   */
  @Test
  void organisersUnderAHeadingOfTheirRolesAreNoTask() {
    assertEquals(List.of("三、责任分工 / 负责综合协调工作; | 县文旅广局/LF |  | -",
        "三、责任分工 / 负责中医专家义诊相关准备工作; | 县中医院/LF |  | -"),
        Shown.parsed("活动方案\n\n一、活动时间\n\n6月20日9:00-11:00\n\n二、主办、支持、承办单位\n\n主办单位:县文化旅游和广播电视局\n\n"
            + "县中医医院\n\n凡河镇人民政府\n\n支持单位:县中医养生保健协会\n\n开发区社会事业服务中心\n\n三、责任分工\n\n"
            + "县文旅广局:负责综合协调工作;\n\n县中医院:负责中医专家义诊相关准备工作;\n"));
    assertEquals(List.of("三、活动安排 / 中秋文艺晚会 | 市文明办/LF 潭头镇政府/S |  | 9月27日晚上",
        "三、活动安排 / 好心书屋揭幕仪式 | 市文广旅体局/LF 市图书馆/S |  | 10月1日上午"),
        Shown.parsed("活动方案\n一、活动主题\n我们的节日\n二、组织机构\n指导单位:市新时代文明实践中心\n主办单位:市委宣传部、市文明办\n"
            + "三、活动安排\n1、中秋文艺晚会\n活动时间:9月27日晚上\n活动地点:镇政府大广场\n责任单位:市文明办、潭头镇政府\n"
            + "2、好心书屋揭幕仪式\n活动时间:10月1日上午\n活动地点:市图书馆一楼\n责任单位:市文广旅体局、市图书馆\n"));
    assertEquals(List.of("整改任务 |  |  | -",
        "整改实施主体 | 市委办公室/LM 市政府办公室/LM 各县(市、区)党委和人民政府/S |  | -"),
        Shown.parsed("整改方案\n一、整改任务\n部分领导干部认识不足、措施不硬。\n二、整改实施主体\n牵头单位:市委办公室、市政府办公室。\n"
            + "责任单位:各县(市、区)党委和人民政府。\n"), "as before: the units of the one task (its text still unread)");
  }

  /**
   * wild/w3263 (高州): an event's full name longer than a heading's words was no record's title, its fields joined into
   * it; the last event, cut before its units, is a record as the ones before it were.
   */
  @Test
  void aLongEventNameAndACutRecordAfterRecords() {
    assertEquals(List.of("四、活动安排 / 情满中秋·祝福祖国——高州市贺中秋庆国庆文艺晚会(潭头专场) | 市文明办/LF 潭头镇政府/S |  | 9月27日晚上19:30-21:00",
        "四、活动安排 / 高州市演讲朗诵协会三周年暨迎国庆贺中秋文艺晚会 | 市文明办/LF 市融媒体中心/S |  | 9月29日晚上19:30-21:00",
        "四、活动安排 / “祖国在我心中”中国地图拼图大赛 |  |  | 10月6日上午9:00-10:30"),
        Shown.parsed("四、活动安排\n1、情满中秋·祝福祖国——高州市贺中秋庆国庆文艺晚会(潭头专场)\n活动时间:9月27日晚上19:30-21:00\n"
            + "活动地点:高州市潭头镇政府大广场\n责任单位:市文明办、潭头镇政府\n2、高州市演讲朗诵协会三周年暨迎国庆贺中秋文艺晚会\n"
            + "活动时间:9月29日晚上19:30-21:00\n活动地点:高州中学北街分部\n责任单位:市文明办、市融媒体中心\n"
            + "3、“祖国在我心中”中国地图拼图大赛\n活动时间:10月6日上午9:00-10:30\n活动地点:市新时代文明实践中心\n"));
  }

  /**
   * wild/w3261 (赣县): an event's record tells what it is made of after when and where ({@code 活动内容:…}); the event's
   * name is the task, and {@code 1.20XX…}, a masked year after the serial, no decimal. A project's 建设内容 with no time
   * or place before it is still the task's text.
   */
  @Test
  void anEventsContentAfterWhenAndWhereIsPartOfItsRecord() {
    assertEquals(List.of("三、活动安排 / 20XX客家文化旅游节新闻发布会 | 县委宣传部/LM 县旅游局/LM |  | 3月上旬",
        "三、活动安排 / 文昌阁竣工典礼 | 县城南片区建设指挥部/LM |  | 3月20日上午"),
        Shown.parsed("三、活动安排\n1.20XX客家文化旅游节新闻发布会\n活动时间:3月上旬\n活动地点:客家文化城\n"
            + "活动内容:邀请国内各大媒体对此活动进行宣传造势,同时邀请各大旅行社参加新闻发布会。\n牵头单位:县委宣传部、县旅游局\n"
            + "2.文昌阁竣工典礼\n活动时间:3月20日上午\n活动地点:文昌阁建设现场\n活动内容:举行文昌阁竣工并对游人开放典礼\n"
            + "牵头单位:县城南片区建设指挥部\n"));
    assertEquals(List.of("三、重点项目/1.城南污水处理厂 / 新建日处理能力5万吨的污水处理厂一座,配套管网20公里。 | 县住建局/LF | 5万吨 20公里 | -",
        "三、重点项目/2.城北供水管网 / 改造供水管网15公里。 | 县水务局/LF | 15公里 | -"),
        Shown.parsed("三、重点项目\n1.城南污水处理厂\n建设内容:新建日处理能力5万吨的污水处理厂一座,配套管网20公里。\n责任单位:县住建局\n"
            + "2.城北供水管网\n建设内容:改造供水管网15公里。\n责任单位:县水务局\n"), "a project's content: its text");
    assertEquals(List.of("2023年底前建成机动车排气检测在线监控系统。 | 市环保局/LF |  | 2023年底前",
        "1.5万户农村改厕任务年内完成。 | 市农业农村局/LF | 1.5万户 | 年内"),
        Shown.parsed("2023年工作要点\n1.2023年底前建成机动车排气检测在线监控系统。(市环保局负责)\n"
            + "2.1.5万户农村改厕任务年内完成。(市农业农村局负责)\n"), "a year after the serial; a decimal after it");
  }

  /**
   * wild/w3262 (清水县 2011–12): a schedule flattened one cell a line, whose time cells are ranges of two dates and whose
   * place cells name the hosting body (县电视台), read the place as the units and the time as the task's; a place
   * column's cell is the place, a range of dates a deadline.
   */
  @Test
  void aPlaceColumnsHostAndARangeOfDates() {
    assertEquals(List.of("首届厨艺大赛 | 县委宣传部/LM 县旅游局/S 县总工会/S 县电视台/S |  | 2011年11月20日至2011年12月31日",
        "第二届电视书画大赛 | 县委宣传部/LM 县文化馆/S 县书协/S |  | 2011年11月24日至2012年2月1日"),
        Shown.parsed("清水县2012年春节系列文化活动日程安排\n序号 |\n活动内容 |\n活动时间 |\n活动地点 |\n主办单位 |\n承办单位 |\n1 |\n"
            + "首届厨艺大赛 |\n2011年11月20日至2011年12月31日 |\n县电视台 |\n县委宣传部 |\n县旅游局、县总工会、县电视台 |\n2 |\n"
            + "第二届电视书画大赛 |\n2011年11月24日至2012年2月1日 |\n县电视台 |\n县委宣传部 |\n县文化馆、县书协 |\n"));
  }

  /**
   * The footer's credit after the last event of a record layout ({@code 主办:…} again after the record's own) is no
   * second field of the record: a record has each field once.
   */
  @Test
  void aSecondFieldOfOneNameEndsTheRecord() {
    assertEquals(List.of("书画展 | 县文体旅局/LM 县文化馆/S |  | 2月15日",
        "灯谜晚会 | 县文体旅局/LM 县灯谜协会/S |  | 2月24日"),
        Shown.parsed("XX县2024年春节期间群众文化活动安排\n\n1.书画展\n主办:县文体旅局\n承办:县文化馆\n时间:2月15日\n\n"
            + "2.灯谜晚会\n主办:县文体旅局\n承办:县灯谜协会\n时间:2月24日\n地点:县文化广场\n\n"
            + "主办:县文体旅局\n承办:县融媒体中心\n联系电话:0838-1234567\n"));
  }

  /**
   * wild/w3264 (铁岭县 2023): a duty line led by a weak name and its colon ({@code 铁岭县剧团:负责…}) among lines led by
   * strong ones was lost; the colon and 负责 after it say it is a unit's duty. A place before a colon and a problem
   * ({@code 县体育馆:存在…}) is none.
   */
  @Test
  void aWeakNameBeforeAColonAndItsCharge() {
    assertEquals(List.of("六、责任分工 / 负责综合协调工作; | 县文旅广局/LF |  | -",
        "六、责任分工 / 负责中医专家义诊相关准备工作; | 县中医院/LF |  | -",
        "六、责任分工 / 负责舞台背景、音响设备等相关工作。 | 县剧团/LF |  | -"),
        Shown.parsed("六、责任分工\n\n县文旅广局:负责综合协调工作;\n\n县中医院:负责中医专家义诊相关准备工作;\n\n"
            + "县剧团:负责舞台背景、音响设备等相关工作。\n"));
    assertEquals(List.of("六、责任分工 / 负责综合协调工作; | 县文旅广局/LF |  | -",
        "六、责任分工 / 负责中医专家义诊相关准备工作; | 县中医院/LF |  | -"),
        Shown.parsed("六、责任分工\n\n县文旅广局:负责综合协调工作;\n\n县中医院:负责中医专家义诊相关准备工作;\n\n"
            + "县体育馆:存在消防通道堵塞问题。\n"), "a place's problem: no unit's duty (the line unread, as before)");
  }

  /**
   * The property run over rendered gold: a line after a label's last name that ends as a name does but is a page's
   * footer ({@code 版权所有:XX市人民政府}) is no name of the list going on; nor is a name that heads numbered tasks when
   * other names head runs of them further down (the review: {@code 主办单位:市文明办} / {@code 市教育局} / {@code 1.…} /
   * {@code 团市委} / {@code 1.…}). With no such run, the names before the tasks are the label's (the review's n26:
   * {@code 配合单位:县教育局} / {@code 县卫健局} / {@code 1.…} lost its tasks, a fault older than the session).
   */
  @Test
  void aFootersLineOrATasksUnitIsNoNameOfTheListGoingOn() {
    assertEquals(List.of("一、重点任务 / 优化“重点项目直通车”工作机制。 | 招商工作部/LM 安商工作部/S |  | -"),
        Shown.parsed("XX市2024年重点工作任务分解表\n\n一、重点任务\n⑴优化“重点项目直通车”工作机制。\n主办单位:招商工作部\n"
            + "协同单位:安商工作部\n\n版权所有:XX市人民政府\n"));
    List<String> shown = Shown.parsed("学雷锋活动方案\n主办单位:市文明办\n市教育局\n1.组织中小学生开展志愿服务。\n"
        + "2.评选“雷锋式好少年”100名。\n团市委\n1.组织青年志愿者开展社区服务活动50场。\n");
    assertFalse(shown.stream().anyMatch(m -> m.contains("市文明办") && m.contains("市教育局")), shown.toString());
    assertEquals(List.of("开展消防安全进校园活动。 | 县应急管理局/LM 县教育局/S 县卫健局/S |  | -",
        "开展消防演练不少于20场。 | 县应急管理局/LM 县教育局/S 县卫健局/S | 不少于20场 | -"),
        Shown.parsed("消防安全宣传月活动方案\n牵头单位:县应急管理局\n配合单位:县教育局\n县卫健局\n"
            + "1.开展消防安全进校园活动。\n2.开展消防演练不少于20场。\n"));
    assertEquals(List.of("一、目标任务 / 推进校园食品安全整治。 | 县教育局/LF 县卫健局/S |  | -",
        "一、目标任务 / 开展健康学校创建。 | 县教育局/LF 县卫健局/S |  | -"),
        Shown.parsed("工作方案\n一、目标任务\n责任单位:县教育局\n县卫健局\n1.推进校园食品安全整治。\n2.开展健康学校创建。\n"),
        "under a numbered heading too (县卫健局 was lost)");
  }

  /**
   * The review of round 58 (p04): a task's units on the line after it, the lead's and those who carry it out
   * ({@code 省住房城乡建设厅牵头,各设区市政府和杨凌示范区管委会落实。}) or the latter alone ({@code …组织落实。}), made the
   * units line the task and the task its heading, or lost the line; they are the task's units.
   */
  @Test
  void aLineOfUnitsWhoCarryTheTaskOut() {
    assertEquals(List.of("新建保障性住房10万套。 | 省住房城乡建设厅/LM 各设区市政府/S 杨凌示范区管委会/S | 10万套 | -",
        "新增城镇就业40万人。 | 各设区市政府/LF 杨凌示范区管委会/S | 40万人 | -",
        "完成农村危房改造5万户。 | 市住建局/LF | 5万户 | -"),
        Shown.parsed("任务分工\n1.新建保障性住房10万套。\n省住房城乡建设厅牵头,各设区市政府和杨凌示范区管委会落实。\n"
            + "2.新增城镇就业40万人。\n各设区市政府和杨凌示范区管委会组织落实。\n3.完成农村危房改造5万户。\n市住建局负责落实。\n"));
    assertEquals(List.of("新增城镇就业40万人。 |  | 40万人 | -",
        "各设区市政府要组织落实好就业政策。 | 各设区市政府/LF |  | -"),
        Shown.parsed("任务分工\n1.新增城镇就业40万人。\n2.各设区市政府要组织落实好就业政策。\n"),
        "a numbered task that says 组织落实 is its own, no units line of the task above");
  }
}

