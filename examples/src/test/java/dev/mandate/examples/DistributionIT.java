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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distribution archive as an operator installs it: unpacked, bin/mandate runs, and honours its options. */
class DistributionIT {

  @TempDir
  static Path unpacked;
  private static Path home;

  @BeforeAll
  static void unpack() throws Exception {
    Path archive = Path.of(System.getProperty("mandate.distribution"));
    assertTrue(Files.isRegularFile(archive), archive + " is missing: the package phase builds it");
    Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", unpacked.toString())
        .inheritIO().start();
    assertEquals(0, tar.waitFor());
    home = unpacked.resolve("mandate-cli-" + System.getProperty("mandate.pomVersion"));
    assertTrue(Files.isExecutable(home.resolve("bin/mandate")), "bin/mandate is executable");
    assertTrue(Files.isRegularFile(home.resolve("bin/mandate.bat")));
    assertTrue(Files.isRegularFile(home.resolve("LICENSE")));
  }

  private static String[] run(Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/mandate").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().putAll(env);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new String[] {String.valueOf(p.waitFor()), out, err};
  }

  @Test
  void binMandateRunsFromTheUnpackedArchive() throws Exception {
    String[] v = run(Map.of(), "--version");
    assertEquals("0", v[0], v[2]);
    assertEquals("mandate " + System.getProperty("mandate.pomVersion"), v[1].strip());
    Path seed = Path.of("..", "seeds", "linyi-2021-livelihood.txt").toAbsolutePath();
    String[] parse = run(Map.of(), "parse", seed.toString(), "--format", "jsonl");
    assertEquals("0", parse[0], parse[2]);
    assertEquals(1, parse[1].lines().count());
    assertTrue(parse[1].contains("\"format\":\"mandate/1\""));
  }

  @Test
  void theOfficeReadersShipInLib() throws Exception {
    // a PDF the parser alone would refuse by name ("…without the mandate-office module…"): read, no measures in it
    Path pdf = Files.write(unpacked.resolve("empty.pdf"), ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R"
        + "/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
    String[] r = run(Map.of(), "parse", pdf.toString());
    assertEquals("1", r[0], r[2]);
    assertTrue(r[2].contains("empty.pdf") && r[2].contains("no text layer"), r[2]);
  }

  @Test
  void javaOptsAndMandateOptsReachTheJvm() throws Exception {
    // a heap far too small: the JVM refuses to start, which shows the option reached it
    String[] mandateOpts = run(Map.of("MANDATE_OPTS", "-Xmx1m"), "--version");
    assertNotEquals("0", mandateOpts[0]);
    String[] javaOpts = run(Map.of("JAVA_OPTS", "-Xmx1m"), "--version");
    assertNotEquals("0", javaOpts[0]);
    String[] fine = run(Map.of("MANDATE_OPTS", "-Xmx256m"), "--version");
    assertEquals("0", fine[0], fine[2]);
  }
}
