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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The whole-process goal, measured side by side: the {@code mandate} CLI writing JSON for the founding document
 * repeated to 20 MB ({@code java -jar examples/target/mandate.jar parse big.txt --format json}, output discarded)
 * against HanLP segmenting the same file line by line with numeral and quantifier recognition
 * ({@link HanlpSegmentFile}). Each round runs one of each, in alternating order, each a fresh JVM started the same
 * way; wall times come from {@link System#nanoTime()} around the process. On a shared machine single runs vary a
 * lot, so it prints every pair, the medians, and the median of the per-round ratios (each pair ran close in time).
 *
 * <p>Each round also runs the CLI twice more, to show what its choices are worth on the same machine at the same
 * time: with {@code -Dmandate.cli.relaunch=false}, which parses in the JVM started (a large input is otherwise parsed
 * in a second JVM started with options for one short parse), and with that and
 * {@code -Dmandate.cli.optimisingCompiler=true} as well, which keeps that JVM's usual compilers (the CLI otherwise
 * asks it to leave a large input's parse to the quick compiler): the JVM as {@code java -jar} starts it.
 *
 * <p>Arguments: the CLI jar, the classpath that holds HanLP and this class, the size in MB, the number of rounds,
 * and optionally the CPUs to pin both tools to ({@code taskset -c LIST}, Linux), or {@code all}. Pinned to one CPU,
 * each tool's compiler and collector threads share that CPU with its work, as they would on a one-core machine.
 * Run through the {@code bench} profile (see README, Performance).
 */
public final class WholeProcessComparison {
  private WholeProcessComparison() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < 4) {
      System.err.println("usage: WholeProcessComparison CLI_JAR CLASSPATH SIZE_MB ROUNDS [CPUS|all]");
      System.exit(2);
    }
    Path jar = Path.of(args[0]);
    if (!Files.isRegularFile(jar)) {
      System.err.println(jar + " is missing: build the CLI first (mvn -q -B package -DskipTests)");
      System.exit(1);
    }
    String classpath = args[1];
    int mb = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    String cpus = args.length > 4 && !args[4].isBlank() ? args[4].trim() : "all";
    List<String> pin = cpus.equals("all") ? List.of() : List.of("taskset", "-c", cpus);
    Path input = Files.createTempFile("mandate-big-", ".txt");
    try {
      Files.writeString(input, ParseBenchmark.seedRepeated(mb), StandardCharsets.UTF_8);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> mandate = new ArrayList<>(pin);
      mandate.addAll(List.of(java, "-jar", jar.toString(), "parse", input.toString(), "--format", "json"));
      List<String> oneJvm = new ArrayList<>(pin);
      oneJvm.addAll(List.of(java, "-Dmandate.cli.relaunch=false", "-jar", jar.toString(), "parse",
          input.toString(), "--format", "json"));
      List<String> usual = new ArrayList<>(pin);
      usual.addAll(List.of(java, "-Dmandate.cli.relaunch=false", "-Dmandate.cli.optimisingCompiler=true", "-jar",
          jar.toString(), "parse", input.toString(), "--format", "json"));
      List<String> hanlp = new ArrayList<>(pin);
      hanlp.addAll(List.of(java, "-cp", classpath, HanlpSegmentFile.class.getName(), input.toString()));
      System.out.printf("input: %s (%,d bytes); %d rounds, each a fresh JVM per tool; CPUs: %s%n", input,
          Files.size(input), rounds, cpus);
      List<Double> m = new ArrayList<>();
      List<Double> o = new ArrayList<>();
      List<Double> u = new ArrayList<>();
      List<Double> h = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        double a;
        double b;
        double c;
        double d;
        if (r % 2 == 0) {
          a = seconds(mandate);
          c = seconds(oneJvm);
          d = seconds(usual);
          b = seconds(hanlp);
        } else {
          b = seconds(hanlp);
          d = seconds(usual);
          c = seconds(oneJvm);
          a = seconds(mandate);
        }
        m.add(a);
        o.add(c);
        u.add(d);
        h.add(b);
        ratios.add(b / a);
        System.out.printf("round %d: mandate %.2f s (in one JVM %.2f s, with its usual compilers %.2f s), HanLP %.2f s,"
            + " HanLP/mandate %.2f (%.2f, %.2f)%n", r + 1, a, c, d, b, b / a, b / c, b / d);
      }
      System.out.printf("median: mandate %.2f s, HanLP %.2f s; ratio of medians %.2f; median of ratios %.2f%n",
          median(m), median(h), median(h) / median(m), median(ratios));
      System.out.printf("the CLI in one JVM: median %.2f s, ratio of medians %.2f; with that JVM's usual compilers:"
          + " median %.2f s, ratio of medians %.2f%n", median(o), median(h) / median(o), median(u),
          median(h) / median(u));
    } finally {
      Files.deleteIfExists(input);
    }
  }

  private static double seconds(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    long t = System.nanoTime();
    Process p = pb.start();
    int code = p.waitFor();
    double s = (System.nanoTime() - t) / 1e9;
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
    }
    return s;
  }

  private static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }
}
