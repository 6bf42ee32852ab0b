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

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import dev.mandate.model.Document;
import dev.mandate.parser.MandateParser;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Side by side on one machine at one time, on the same 20 MB: Mandate's whole parse against segmenting the text with
 * HanLP's numeral and quantifier recognition ({@code StandardTokenizer} with
 * {@code enableNumberQuantifierRecognize(true)}, line by line). Each benchmark runs in its own fork with only its own
 * state loaded (HanLP's dictionaries do not sit in Mandate's heap, nor the reverse). Single shots: one HanLP op takes
 * seconds.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 7)
@Fork(1)
public class HanlpBaseline {

  static final int SIZE_MB = 20;

  /** HanLP and the input cut into lines. */
  @State(Scope.Benchmark)
  public static class Hanlp {
    String[] lines;
    Segment segment;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      lines = ParseBenchmark.seedRepeated(SIZE_MB).split("\n");
      segment = StandardTokenizer.SEGMENT.enableNumberQuantifierRecognize(true);
    }
  }

  /** Mandate and the input. */
  @State(Scope.Benchmark)
  public static class Mandate {
    String text;
    MandateParser parser;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      text = ParseBenchmark.seedRepeated(SIZE_MB);
      parser = MandateParser.builder().build();
    }
  }

  @Benchmark
  public int hanlpSegmentLineByLine(Hanlp s) {
    int n = 0;
    for (String line : s.lines) {
      List<Term> terms = s.segment.seg(line);
      n += terms.size();
    }
    return n;
  }

  /** More shots than HanLP's: one 20 MB parse is short, and five do not see the JIT through (runs varied 3×). */
  @Benchmark
  @Warmup(iterations = 20)
  @Measurement(iterations = 15)
  public Document mandateWholeTextParse(Mandate s) {
    return s.parser.parse(s.text);
  }
}
