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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the README's Java usage block, so the README cannot drift from the API or its output. */
class ReadmeExampleTest {

  /**
   * README is a user's guide: short enough to read (under 12 KB), with a table of contents whose links all lead to a
   * heading, and every file it links to in the repository.
   */
  @Test
  void readmeIsShortItsContentsLeadToItsHeadingsAndItsLinksToFiles() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("../README.md"));
    assertTrue(bytes.length < 12 * 1024, "README is " + bytes.length + " bytes; move details to docs/");
    String readme = new String(bytes, StandardCharsets.UTF_8);
    java.util.regex.Matcher link = java.util.regex.Pattern.compile("\\]\\(([^)\\s]+)\\)").matcher(readme);
    int anchors = 0;
    while (link.find()) {
      String target = link.group(1);
      if (target.startsWith("#")) {
        anchors++;
        String heading = target.substring(1).replace('-', ' ');
        assertTrue(readme.toLowerCase(java.util.Locale.ROOT).contains("## " + heading), "no heading for " + target);
      } else if (!target.startsWith("http")) {
        assertTrue(Files.exists(Path.of("..", target)), "README links to a missing file: " + target);
      }
    }
    assertTrue(anchors >= 8, "a table of contents: " + anchors + " links to headings");
  }

  @Test
  void readmeUsageBlockCompilesRunsAndPrintsWhatItSays(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int usage = readme.indexOf("## Library usage");
    int start = readme.indexOf("```java\n", usage);
    int end = readme.indexOf("```", start + 8);
    assertTrue(usage >= 0 && start > usage && end > start, "README has a ```java block under ## Library usage");
    // the block's imports go before the class, its statements into a method: it is shown as a user writes it
    String block = readme.substring(start + 8, end);
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : block.split("\n")) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    assertTrue(imports.length() > 0, "the block shows its imports");
    String source = imports + "public class ReadmeSnippet {\n  public static void run() throws Exception {\n" + body
        + "  }\n}\n";
    Path file = dir.resolve("ReadmeSnippet.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "tests need a JDK");
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    int rc = javac.run(null, null, null, "-encoding", "UTF-8", "-cp", cp, "-d", dir.toString(), file.toString());
    assertEquals(0, rc, "README snippet compiles");

    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream old = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      Method run = loader.loadClass("ReadmeSnippet").getMethod("run");
      run.invoke(null);
    } finally {
      System.setOut(old);
    }
    List<String> lines = buf.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(List.of("市教育局 leads: 新建改扩建中小学48所,城镇新增就业9万人。", "48所 = 48 所", "9万人 = 90000 人", "json ok"),
        lines);
    // and the README says so in prose
    for (String line : lines) {
      assertTrue(readme.contains("`" + line + "`"), line);
    }
  }
}
