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
package dev.mandate.parser.bench;

import dev.mandate.model.Document;
import dev.mandate.parser.MandateParser;
import dev.mandate.parser.sources.Render;
import java.io.ByteArrayInputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Whether the whole text parse takes 10× the time for 10× the input, measured so that the swings of a shared machine
 * fall on both sizes alike. JMH runs one size after the other, minutes apart, and on this project's build machine the
 * 2 MB time alone moved by 1.7× between two runs an hour apart, so the ratio of its medians said 7× once and 12× the
 * next. Here, in one JVM and after a warm-up, each round parses the 2 MB text ten times and then the 20 MB text once,
 * back to back; the round's ratio is the 20 MB time over the median 2 MB time, and the result is the median of the
 * rounds' ratios (printed with the ratio of the two sizes' medians over all rounds, which should agree, and with the
 * collector's share of each size's time).
 *
 * <p>With the default heap it then does the same for each text layout family ({@link LayoutFamilies}), at 1 MB and
 * 10 MB, for HTML pages of labelled rows, and for the founding document as one HTML table at 2 and 20 MB of text.
 * Runs itself in a child JVM per heap setting: the default heap and {@code -Xmx512m}. Run: {@code mvn -q -B -Pbench
 * -pl parser -am verify -DskipTests -Dbench.skipJmh -Dbench.skipGrowth=false [-Dbench.rounds=9]}.
 */
public final class LinearGrowth {

  private static final int SMALL_MB = 2;
  private static final int LARGE_MB = 20;
  private static final int SMALL_PER_ROUND = 10;

  private LinearGrowth() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("--child")) {
      child(Integer.parseInt(args[1]), Boolean.parseBoolean(args[2]));
      return;
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    for (String heap : new String[] {"", "-Xmx512m"}) {
      List<String> command = new ArrayList<>();
      command.add(java);
      if (!heap.isEmpty()) {
        command.add(heap);
      }
      command.addAll(List.of("-cp", classpath, LinearGrowth.class.getName(), "--child", Integer.toString(rounds),
          Boolean.toString(heap.isEmpty())));
      System.out.println(heap.isEmpty() ? "default heap:" : heap + ":");
      Process p = new ProcessBuilder(command).inheritIO().start();
      int code = p.waitFor();
      if (code != 0) {
        throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
      }
    }
  }

  private static void child(int rounds, boolean families) throws Exception {
    String small = ParseBenchmark.seedRepeated(SMALL_MB);
    String large = ParseBenchmark.seedRepeated(LARGE_MB);
    MandateParser parser = MandateParser.builder().build();
    Growth g = Growth.ofText(parser, small, large, rounds);
    g.run(true);
    System.out.printf("  %.2fx the input took %.2fx the time (median of %d rounds' ratios; ratio of the medians "
        + "%.1f ms / %.1f ms = %.2fx; %d measures parsed in all)%n", g.sizeRatio, median(g.ratios), rounds,
        median(g.largeTimes), median(g.smallMedians), median(g.largeTimes) / median(g.smallMedians), g.measures);
    // how much of each size's time the collector took, and the ratio of the means without it
    double smallRuns = rounds * SMALL_PER_ROUND;
    System.out.printf("  collector: %.1f %% of the %d MB parses' time, %.1f %% of the %d MB ones'; ratio of the mean "
        + "times without it %.2fx%n", 100 * g.largeGc / g.largeTotal, LARGE_MB, 100 * g.smallGc / g.smallTotal,
        SMALL_MB, ((g.largeTotal - g.largeGc) / rounds) / ((g.smallTotal - g.smallGc) / smallRuns));
    if (!families) {
      return;
    }
    // every text layout family, 1 MB and 10 MB, the same way: a step that grows with the document shows as a ratio
    // far above 10 (the wrapped items' family took 35x before its merge stopped searching the items from the start)
    System.out.printf("  layout families, %d MB and %d MB of the founding document's measures laid out in each:%n",
        FAMILY_SMALL_MB, 10 * FAMILY_SMALL_MB);
    for (LayoutFamilies f : LayoutFamilies.values()) {
      textShape(parser, f.toString(), f.text(FAMILY_SMALL_MB * 1_000_000L), f.text(10 * FAMILY_SMALL_MB * 1_000_000L),
          rounds);
    }
    // and an HTML page (GBK, as the renderer writes it) of the founding document's labelled rows, 1 MB of text
    // against 10 MB (1.9 and 18.8 MB pages)
    byte[] smallPage = Render.html(Render.labelledRows(ParseBenchmark.seedRepeated(1)));
    byte[] largePage = Render.html(Render.labelledRows(ParseBenchmark.seedRepeated(10)));
    Growth hg = new Growth(() -> parser.parse(new ByteArrayInputStream(smallPage), "small.html"),
        () -> parser.parse(new ByteArrayInputStream(largePage), "large.html"),
        (double) largePage.length / smallPage.length, Math.max(5, rounds / 2));
    hg.run(false);
    System.out.printf("    %-14s %.2fx the input took %.2fx the time (%.1f MB and %.1f MB pages: %.1f ms / %.1f ms, "
        + "median of %d rounds' ratios)%n", "HTML", hg.sizeRatio, median(hg.ratios), smallPage.length / 1e6,
        largePage.length / 1e6, median(hg.largeTimes), median(hg.smallMedians), hg.ratios.length);
    // and the case JMH's StructuredSourceBenchmark measures, the founding document repeated to 2 and 20 MB of text as
    // one table of labelled rows, here as UTF-8 pages (4.4 and 43.9 MB): its rounds as many as the text's above
    byte[] smallTable = utf8Page(Render.labelledRows(ParseBenchmark.seedRepeated(SMALL_MB)));
    byte[] largeTable = utf8Page(Render.labelledRows(ParseBenchmark.seedRepeated(LARGE_MB)));
    Growth tg = new Growth(() -> parser.parse(new ByteArrayInputStream(smallTable), "small.html"),
        () -> parser.parse(new ByteArrayInputStream(largeTable), "large.html"),
        (double) largeTable.length / smallTable.length, rounds);
    tg.run(true);
    System.out.printf("    %-14s %.2fx the input took %.2fx the time (%d MB and %d MB of text, %.1f MB and %.1f MB "
        + "pages: %.1f ms / %.1f ms, median of %d rounds' ratios; collector %.1f %% of the large parses' time)%n",
        "HTML table", tg.sizeRatio, median(tg.ratios), SMALL_MB, LARGE_MB, smallTable.length / 1e6,
        largeTable.length / 1e6, median(tg.largeTimes), median(tg.smallMedians), tg.ratios.length,
        100 * tg.largeGc / tg.largeTotal);
    // and rows as wide as a line may be (0.3 and 3 MB; a line is cut at 4 Mi chars): a row's task cells were joined
    // string by string, so a fuzzed file of this shape took 11x the time for 4x the width
    textShape(parser, "wide rows", wideTable(300_000), wideTable(3_000_000), rounds);
    // and one task told over a run of label lines (项目名称, then 建设内容 again and again): joined string by string,
    // twice the lines took four times as long
    textShape(parser, "label runs", labelRun(300_000), labelRun(3_000_000), rounds);
    // and a run of lines that are each a column name (责任领导), which a flattened table's header is made of: the
    // header was looked for again from each line of the run, 4x the run took 16x the time
    textShape(parser, "column names", headerWordRun(100_000), headerWordRun(1_000_000), rounds);
    // and short lines, which the layout now mostly lets go of as it reads: runs of plain lines, items wrapped over
    // them, numbered lines that may still be measures
    textShape(parser, "short lines", shortLines(1_000_000), shortLines(10_000_000), rounds);
  }

  /**
   * Short lines, about {@code bytes} of UTF-8: a numbered item wrapped over one-char lines and closed by its clause,
   * a run of two-char lines that may be headings, and numbered lines with no units, again and again. Items are
   * numbered 1 to 100 over and over: a number of five digits is no numbering, and would change the layout with the
   * size.
   */
  static String shortLines(long bytes) {
    StringBuilder b = new StringBuilder();
    for (int k = 1; b.length() * 2L < bytes; k++) {
      b.append(k % 100 + 1).append(".新建\n").append("校\n".repeat(20)).append("（市教育局牵头）\n");
      b.append("教育\n".repeat(20));
      for (int j = 1; j <= 20; j++) {
        b.append('(').append(j).append(")a\n");
      }
    }
    return b.toString();
  }

  /** A rendered page as UTF-8, declared so (the renderer writes GB18030 and declares gb2312). */
  static byte[] utf8Page(Render.Doc doc) {
    String page = new String(Render.html(doc), Charset.forName("GB18030"));
    return page.replace("charset=gb2312", "charset=utf-8").getBytes(StandardCharsets.UTF_8);
  }

  /** Measures and prints the growth from one text to a ten times larger one of the same shape. */
  private static void textShape(MandateParser parser, String name, String small, String large, int rounds) {
    Growth g = Growth.ofText(parser, small, large, Math.max(5, rounds / 2));
    g.run(false);
    System.out.printf("    %-14s %.2fx the input took %.2fx the time (%.1f ms / %.1f ms, median of %d rounds' "
        + "ratios)%n", name, g.sizeRatio, median(g.ratios), median(g.largeTimes), median(g.smallMedians),
        g.ratios.length);
  }

  private static final int FAMILY_SMALL_MB = 1;

  /** A flattened table's header with one column name repeated line after line, about {@code bytes} of UTF-8. */
  static String headerWordRun(long bytes) {
    StringBuilder b = new StringBuilder("序号\n项目名称\n主要内容\n");
    while (b.length() * 3L < bytes) {
      b.append("责任领导\n");
    }
    return b.append("1\n城区道路改造\n改造道路10公里\n县住建局\n").toString();
  }

  /** A task named on one label line and described over label lines that follow, about {@code bytes} of UTF-8. */
  static String labelRun(long bytes) {
    StringBuilder b = new StringBuilder("2023年十大民生实事项目\n项目名称：城区学校建设\n");
    while (b.length() * 3L < bytes) {
      b.append("建设内容：新建小学2所，新增学位2700个。\n");
    }
    return b.append("责任单位：区教育局、区住建局\n").toString();
  }

  /**
   * A tab table as wide as a line may be: its header's column groups ({@code 序号 民生实事 责任单位 完成时限}) repeated
   * side by side, and two rows as wide, about {@code bytes} of UTF-8 in all.
   */
  static String wideTable(long bytes) {
    StringBuilder header = new StringBuilder();
    StringBuilder first = new StringBuilder();
    StringBuilder second = new StringBuilder();
    for (int k = 0; (header.length() + first.length() + second.length()) * 3L < bytes; k++) {
      String tab = k == 0 ? "" : "\t";
      header.append(tab).append("序号\t民生实事\t责任单位\t完成时限");
      first.append(tab).append(k + 1).append("\t新建改扩建中小学48所。\t市教育局、市财政局\t12月底前");
      second.append(tab).append(k + 1).append("\t改造老旧小区100个。\t市住建局\t9月底前");
    }
    return "民生实事分解表\n" + header + "\n" + first + "\n" + second + "\n";
  }

  /** Rounds of ten small parses and one large, after a warm-up, in one JVM. */
  private static final class Growth {
    final Supplier<Document> small;
    final Supplier<Document> large;
    final double sizeRatio;
    final double[] ratios;
    final double[] smallMedians;
    final double[] largeTimes;
    double smallTotal;
    double smallGc;
    double largeTotal;
    double largeGc;
    long measures;

    static Growth ofText(MandateParser parser, String small, String large, int rounds) {
      return new Growth(() -> parser.parse(small), () -> parser.parse(large),
          (double) LayoutFamilies.utf8Bytes(large) / LayoutFamilies.utf8Bytes(small), rounds);
    }

    Growth(Supplier<Document> small, Supplier<Document> large, double sizeRatio, int rounds) {
      this.small = small;
      this.large = large;
      this.sizeRatio = sizeRatio;
      this.ratios = new double[rounds];
      this.smallMedians = new double[rounds];
      this.largeTimes = new double[rounds];
    }

    void run(boolean printRounds) {
      for (int i = 0; i < 5; i++) {
        measures += large.get().measures().size();
        for (int k = 0; k < SMALL_PER_ROUND; k++) {
          measures += small.get().measures().size();
        }
      }
      for (int r = 0; r < ratios.length; r++) {
        double[] smallMs = new double[SMALL_PER_ROUND];
        for (int k = 0; k < SMALL_PER_ROUND; k++) {
          long g = gcMillis();
          long t = System.nanoTime();
          Document d = small.get();
          smallMs[k] = (System.nanoTime() - t) / 1e6;
          smallGc += gcMillis() - g;
          smallTotal += smallMs[k];
          measures += d.measures().size();
        }
        long g = gcMillis();
        long t = System.nanoTime();
        Document d = large.get();
        double largeMs = (System.nanoTime() - t) / 1e6;
        largeGc += gcMillis() - g;
        largeTotal += largeMs;
        measures += d.measures().size();
        double smallMedian = median(smallMs);
        ratios[r] = largeMs / smallMedian;
        smallMedians[r] = smallMedian;
        largeTimes[r] = largeMs;
        if (printRounds) {
          System.out.printf("  round %d: %d MB median %.1f ms, %d MB %.1f ms, ratio %.2f%n", r + 1, SMALL_MB,
              smallMedian, LARGE_MB, largeMs, ratios[r]);
        }
      }
    }
  }

  /** Milliseconds all collectors have spent so far (their pauses). */
  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
