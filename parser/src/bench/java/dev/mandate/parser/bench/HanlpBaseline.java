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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Side by side on one machine at one time: Mandate's whole parse against segmenting the same text with HanLP's
 * numeral and quantifier recognition ({@code StandardTokenizer} with {@code enableNumberQuantifierRecognize(true)},
 * line by line), a general-purpose Chinese segmenter doing less than Mandate does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class HanlpBaseline {

  @Param({"20"})
  public int sizeMb;

  private String text;
  private String[] lines;
  private Segment segment;
  private MandateParser parser;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    text = ParseBenchmark.seedRepeated(sizeMb);
    lines = text.split("\n");
    segment = StandardTokenizer.SEGMENT.enableNumberQuantifierRecognize(true);
    parser = MandateParser.builder().build();
  }

  @Benchmark
  public int hanlpSegmentLineByLine() {
    int n = 0;
    for (String line : lines) {
      List<Term> terms = segment.seg(line);
      n += terms.size();
    }
    return n;
  }

  @Benchmark
  public Document mandateWholeTextParse() {
    return parser.parse(text);
  }
}
