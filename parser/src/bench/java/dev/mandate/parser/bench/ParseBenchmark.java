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
import dev.mandate.model.Measure;
import dev.mandate.model.Target;
import dev.mandate.parser.MandateParser;
import dev.mandate.parser.internal.quantity.BuiltinTargetExtractor;
import dev.mandate.parser.internal.quantity.UnitsOfMeasure;
import dev.mandate.parser.internal.MeasureContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the whole text parse and of target extraction alone, on the founding document repeated to
 * {@code sizeMb} × 10^6 bytes of UTF-8. MB/s = sizeMb / (seconds per op). Two sizes show whether time grows
 * linearly. The JVM's default heap; {@link SmallHeapParseBenchmark} repeats the whole parse under {@code -Xmx512m}.
 * Run: {@code mvn -q -B -Pbench -pl parser -am verify -DskipTests} then see README.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

  @Param({"2", "20"})
  public int sizeMb;

  private String text;
  private List<String> measureTexts;
  private MandateParser parser;
  private BuiltinTargetExtractor extractor;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    text = seedRepeated(sizeMb);
    parser = MandateParser.builder().build();
    extractor = new BuiltinTargetExtractor(UnitsOfMeasure.with(List.of()));
    measureTexts = new ArrayList<>();
    for (Measure m : parser.parse(text).measures()) {
      measureTexts.add(m.text());
    }
  }

  /** The founding document repeated to at least {@code mb} × 10^6 bytes of UTF-8. */
  static String seedRepeated(int mb) throws IOException {
    String seed = seed();
    int seedBytes = seed.getBytes(StandardCharsets.UTF_8).length;
    StringBuilder b = new StringBuilder();
    long bytes = 0;
    while (bytes < mb * 1_000_000L) {
      b.append(seed).append('\n');
      bytes += seedBytes + 1;
    }
    return b.toString();
  }

  /** The founding document's text. */
  static String seed() throws IOException {
    try (InputStream in = ParseBenchmark.class.getResourceAsStream("/seeds/linyi-2021-livelihood.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Benchmark
  public Document wholeTextParse() {
    return parser.parse(text);
  }

  @Benchmark
  public int targetExtractionAlone() {
    int n = 0;
    for (String t : measureTexts) {
      List<Target> found = extractor.extract(MeasureContext.of(t));
      n += found.size();
    }
    return n;
  }
}
