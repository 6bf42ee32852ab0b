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
import java.io.IOException;
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
 * HTML and Word parses of the founding document repeated to {@code sizeMb} × 10^6 bytes of UTF-8 text, rendered as a
 * table of labelled rows (the test suite's renderer). MB/s counts the text's bytes, not the markup's, so the figures
 * compare with the text parse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StructuredSourceBenchmark {

  @Param({"2", "20"})
  public int sizeMb;

  private byte[] html;
  private byte[] docx;
  private MandateParser parser;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Render.Doc doc = Render.labelledRows(ParseBenchmark.seedRepeated(sizeMb));
    html = Render.html(doc);
    docx = Render.docx(doc);
    parser = MandateParser.builder().maxInput(Integer.MAX_VALUE).maxExpanded(Long.MAX_VALUE).build();
  }

  @Benchmark
  public Document htmlParse() {
    return parser.parse(new ByteArrayInputStream(html), "big.html");
  }

  @Benchmark
  public Document docxParse() {
    return parser.parse(new ByteArrayInputStream(docx), "big.docx");
  }
}
