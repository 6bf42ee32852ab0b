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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints MB/s medians from a JMH JSON result: for each benchmark and size, MB/s = sizeMb / p50 seconds, and the
 * ratio of the time at the largest size to the time at the smallest (linear work gives about the size ratio).
 */
public final class Report {
  private Report() {}

  public static void main(String[] args) throws IOException {
    String json = Files.readString(Path.of(args[0]));
    List<String[]> rows = new ArrayList<>(); // benchmark, sizeMb, p50 ms
    try (JsonParser p = new JsonFactory().createParser(json)) {
      String bench = null;
      String size = null;
      String path = "";
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (name.equals("benchmark")) {
            bench = p.getText().replaceAll(".*\\.", "");
          } else if (name.equals("sizeMb")) {
            size = p.getText();
          } else if (name.equals("mode")) {
            size = bench != null && bench.contains("LineByLine") || bench != null && bench.startsWith("mandate")
                ? "20" : size;
          } else if (name.equals("50.0") && path.equals("primary")) {
            rows.add(new String[] {bench, size, p.getText()});
          } else if (name.equals("primaryMetric")) {
            path = "primary";
          } else if (name.equals("secondaryMetrics")) {
            path = "secondary";
          }
        }
      }
    }
    System.out.println();
    System.out.println("benchmark                 size     p50 ms/op     MB/s");
    for (String[] r : rows) {
      double ms = Double.parseDouble(r[2]);
      double mb = Double.parseDouble(r[1]);
      System.out.printf("%-24s %4s MB  %10.1f  %8.1f%n", r[0], r[1], ms, mb / (ms / 1000.0));
    }
    for (String[] small : rows) {
      for (String[] big : rows) {
        if (small[0].equals(big[0]) && Double.parseDouble(big[1]) > Double.parseDouble(small[1])) {
          System.out.printf("%s: %sx the input took %.1fx the time%n", small[0],
              fmt(Double.parseDouble(big[1]) / Double.parseDouble(small[1])),
              Double.parseDouble(big[2]) / Double.parseDouble(small[2]));
        }
      }
    }
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
