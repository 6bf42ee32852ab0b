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
