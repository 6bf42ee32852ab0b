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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The corpus goal of issue 16, measured as a user meets it: one process over a folder of 3,000 real-text documents
 * ({@link CorpusFolder}), Mandate's CLI ({@code mandate parse FOLDER --format jsonl}, with its default jobs and with
 * {@code --jobs 1}) against HanLP over the same folder ({@link HanlpSegmentFolder}). Each round starts a fresh JVM
 * per tool, in turn; wall-clock medians, and the ratio of medians, are printed.
 *
 * <p>Usage: {@code CorpusComparison CLI_JAR CLASSPATH ROUNDS [CPUS|all] CORPUS_DIR SOURCE_DIR...} (the bench
 * profile's {@code compare-corpus} execution passes them).
 */
public final class CorpusComparison {
  private CorpusComparison() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path jar = Path.of(args[0]);
    if (!Files.isRegularFile(jar)) {
      System.err.println(jar + " is missing: build the CLI first (mvn -q -B package -DskipTests)");
      System.exit(1);
    }
    String classpath = args[1];
    int rounds = Integer.parseInt(args[2]);
    String cpus = args[3].isBlank() ? "all" : args[3].trim();
    Path corpus = Path.of(args[4]);
    List<Path> sources = new ArrayList<>();
    for (String s : Arrays.copyOfRange(args, 5, args.length)) {
      sources.add(Path.of(s));
    }
    CorpusFolder.make(corpus, sources);
    long bytes = CorpusFolder.bytes(corpus);
    List<String> pin = cpus.equals("all") ? List.of() : List.of("taskset", "-c", cpus);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path out = Files.createTempFile("mandate-corpus-", ".out");
    // run as bin/mandate runs it: with the JVM options the launcher carries
    List<String> jvm = launcherOptions(jar.toAbsolutePath().getParent().getParent().resolve("src/dist/bin/mandate"));
    List<String> head = new ArrayList<>(pin);
    head.add(java);
    head.addAll(jvm);
    List<String> mandate = command(head, "-jar", jar.toString(), "parse", corpus.toString(), "--format", "jsonl",
        "--progress", "never");
    List<String> mandateOne = new ArrayList<>(mandate);
    mandateOne.addAll(List.of("--jobs", "1"));
    List<String> hanlp = command(pin, java, "-cp", classpath, HanlpSegmentFolder.class.getName(), corpus.toString(),
        out.toString());
    System.out.printf("corpus: %s, %d documents, %.1f MB; %d rounds, each a fresh JVM per tool; CPUs: %s; "
        + "%d available; mandate's JVM options (bin/mandate's): %s%n", corpus, CorpusFolder.DOCUMENTS, bytes / 1e6,
        rounds, cpus, Runtime.getRuntime().availableProcessors(), jvm);
    double[] m = new double[rounds];
    double[] m1 = new double[rounds];
    double[] h = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      m[r] = time(mandate, out);
      m1[r] = time(mandateOne, out);
      h[r] = time(hanlp, null);
      System.out.printf("round %d: mandate %.2f s, mandate --jobs 1 %.2f s, HanLP %.2f s%n", r + 1, m[r], m1[r], h[r]);
    }
    Arrays.sort(m);
    Arrays.sort(m1);
    Arrays.sort(h);
    double mm = m[rounds / 2];
    double mm1 = m1[rounds / 2];
    double hm = h[rounds / 2];
    System.out.printf("medians: mandate %.2f s (%.1f MB/s), mandate --jobs 1 %.2f s (%.1f MB/s), HanLP %.2f s "
        + "(%.1f MB/s)%n", mm, bytes / 1e6 / mm, mm1, bytes / 1e6 / mm1, hm, bytes / 1e6 / hm);
    System.out.printf("HanLP / mandate: %.2f x (default jobs), %.2f x (--jobs 1); --jobs 1 / default: %.2f%n",
        hm / mm, hm / mm1, mm1 / mm);
    Files.deleteIfExists(out);
  }

  /** The options on the launcher's {@code jvm_options="…"} line, so the bench measures what users run. */
  private static List<String> launcherOptions(Path launcher) throws IOException {
    for (String line : Files.readAllLines(launcher)) {
      if (line.startsWith("jvm_options=\"") && line.endsWith("\"")) {
        String options = line.substring("jvm_options=\"".length(), line.length() - 1).trim();
        return options.isEmpty() ? List.of() : List.of(options.split(" +"));
      }
    }
    throw new IllegalStateException(launcher + " has no jvm_options line");
  }

  private static List<String> command(List<String> pin, String... cmd) {
    List<String> c = new ArrayList<>(pin);
    c.addAll(List.of(cmd));
    return c;
  }

  /** Seconds the command takes, its standard output to {@code out} (or discarded); fails loudly if it fails. */
  private static double time(List<String> cmd, Path out) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.redirectOutput(out == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out.toFile()));
    long t = System.nanoTime();
    int code = pb.start().waitFor();
    double s = (System.nanoTime() - t) / 1e9;
    if (code != 0 && code != 3) {
      throw new IllegalStateException(String.join(" ", cmd) + " exited with " + code);
    }
    return s;
  }
}
