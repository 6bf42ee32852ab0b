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
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole-process baseline: segments a file line by line with HanLP's numeral and quantifier recognition and
 * prints the token count. Compare its wall time with {@code java -jar examples/target/mandate.jar parse FILE
 * --format json} on the same file (see README, Performance).
 */
public final class HanlpSegmentFile {
  private HanlpSegmentFile() {}

  public static void main(String[] args) throws IOException {
    Segment segment = StandardTokenizer.SEGMENT.enableNumberQuantifierRecognize(true);
    long terms = 0;
    try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        terms += segment.seg(line).size();
      }
    }
    System.out.println(terms + " terms");
  }
}
