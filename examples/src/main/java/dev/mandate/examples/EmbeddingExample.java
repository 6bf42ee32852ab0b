package dev.mandate.examples;

import dev.mandate.json.MandateJson;
import dev.mandate.model.Document;
import dev.mandate.model.Measure;
import dev.mandate.model.Target;
import dev.mandate.parser.MandateParser;
import java.nio.file.Path;

/**
 * The embedding API as the README shows it: build a parser once, parse a file, walk measures, leads and targets,
 * write mandate/1 JSON. Run with a file argument, e.g. {@code seeds/linyi-2021-livelihood.txt}.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  public static void main(String[] args) throws Exception {
    MandateParser parser = MandateParser.builder().build(); // immutable, share it across threads
    Document doc = parser.parse(Path.of(args.length > 0 ? args[0] : "seeds/linyi-2021-livelihood.txt"));
    for (Measure m : doc.measures()) {
      System.out.println(m.id() + " lead " + m.leads().get(0).name());
      for (Target t : m.targets()) {
        System.out.println("   " + t.text() + " → " + t.comparator() + " " + t.value().toPlainString() + " " + t.unit().orElse(""));
      }
    }
    System.out.println(doc.measuresLedBy("市教育局").size() + " measures led by 市教育局");
    MandateJson.write(doc, System.out);
  }
}
