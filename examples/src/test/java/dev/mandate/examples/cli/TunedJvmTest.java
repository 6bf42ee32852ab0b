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
package dev.mandate.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the CLI parses in a second JVM, with which options, and that the user sees one tool either way. */
class TunedJvmTest {

  private static final Path JAVA = Path.of("/jdk/bin/java");
  private static final String MADVISE = "always [madvise] never\n";
  private static final String[] ARGS = {"parse", "big.txt", "--format", "json"};

  private static Optional<List<String>> command(List<String> jvmArgs, long bytes, int cpus, String hugePages) {
    return TunedJvm.command(JAVA, "mandate.jar", jvmArgs, ARGS, bytes, cpus, hugePages, 42);
  }

  @Test
  void aLargeInputGetsTheQuickCompilerHugePagesAndTheSerialCollector() {
    List<String> c = command(List.of(), 20_000_000, 1, MADVISE).orElseThrow();
    assertEquals(List.of("/jdk/bin/java", "-XX:+IgnoreUnrecognizedVMOptions", "-XX:TieredStopAtLevel=1",
        "-XX:+UseTransparentHugePages", "-XX:+UseSerialGC", "-Dmandate.cli.relaunched=42", "-cp", "mandate.jar",
        MandateCli.class.getName(), "parse", "big.txt", "--format", "json"), c);
  }

  @Test
  void belowTheThresholdTheParseStaysInThisJvm() {
    assertTrue(command(List.of(), TunedJvm.FROM_BYTES - 1, 1, MADVISE).isEmpty());
    assertTrue(command(List.of(), TunedJvm.FROM_BYTES, 1, MADVISE).isPresent());
  }

  @Test
  void severalCpusKeepTheOptimisingCompilerForVeryLargeInputs() {
    assertTrue(command(List.of(), 20_000_000, 2, MADVISE).orElseThrow().contains("-XX:TieredStopAtLevel=1"));
    assertFalse(command(List.of(), 60_000_000, 2, MADVISE).orElseThrow().contains("-XX:TieredStopAtLevel=1"));
    assertTrue(command(List.of(), 60_000_000, 1, MADVISE).orElseThrow().contains("-XX:TieredStopAtLevel=1"));
  }

  @Test
  void hugePagesOnlyWhereTheKernelGivesThem() {
    assertFalse(command(List.of(), 20_000_000, 1, "always madvise [never]\n").orElseThrow()
        .contains("-XX:+UseTransparentHugePages"));
    assertFalse(command(List.of(), 20_000_000, 1, "").orElseThrow().contains("-XX:+UseTransparentHugePages"));
    assertTrue(command(List.of(), 20_000_000, 1, "[always] madvise never\n").orElseThrow()
        .contains("-XX:+UseTransparentHugePages"));
  }

  @Test
  void theUsersOptionsComeAfterTheTunedOnesSoTheirsWin() {
    List<String> c = command(List.of("-Xmx2g", "-Dx=1", "-XX:TieredStopAtLevel=4"), 20_000_000, 1, MADVISE)
        .orElseThrow();
    assertTrue(c.indexOf("-XX:TieredStopAtLevel=4") > c.indexOf("-XX:TieredStopAtLevel=1"), c.toString());
    assertTrue(c.containsAll(List.of("-Xmx2g", "-Dx=1")), c.toString());
    assertTrue(c.indexOf("-Dmandate.cli.relaunched=42") > c.indexOf("-Dx=1"), c.toString());
  }

  /** Two collectors chosen on one command line stop the JVM ("multiple garbage collectors selected"). */
  @Test
  void aCollectorTheUserChoseIsKept() {
    List<String> c = command(List.of("-XX:+UseG1GC"), 20_000_000, 1, MADVISE).orElseThrow();
    assertFalse(c.contains("-XX:+UseSerialGC"), c.toString());
    assertTrue(c.contains("-XX:+UseG1GC"), c.toString());
  }

  @Test
  void optionsThatMustNotRunTwiceKeepTheParseInThisJvm() {
    for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
        "-javaagent:agent.jar", "-XX:StartFlightRecording=filename=r.jfr", "-Xlog:gc", "-Xint", "-Xshare:off",
        "-verbose:gc", "-Dmandate.cli.relaunched=true")) {
      assertTrue(command(List.of("-Xmx1g", option), 20_000_000, 1, MADVISE).isEmpty(), option);
    }
  }

  @Test
  void standardInputAndOtherCommandsAreNotParseCommandsToPassOn() {
    assertTrue(MandateCli.parseCommand(new String[] {"parse", "-"}).map(c -> c.file.equals("-")).orElse(false));
    assertTrue(MandateCli.parseCommand(new String[] {}).isEmpty());
    assertTrue(MandateCli.parseCommand(new String[] {"--help"}).isEmpty());
    assertTrue(MandateCli.parseCommand(new String[] {"parse", "--help"}).isEmpty());
    assertTrue(MandateCli.parseCommand(new String[] {"parse", "a.txt", "--bogus"}).isEmpty());
    assertTrue(MandateCli.parseCommand(new String[] {"parse", "--format", "json", "a.txt"})
        .map(c -> c.file.equals("a.txt")).orElse(false));
  }

  // The whole tool, as a user starts it: a JVM of its own with no options but the class path.

  private static final class Ran {
    int code;
    String out;
    String err;
  }

  private static Ran java(List<String> jvmArgs, String... args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmArgs);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), MandateCli.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    Process p = pb.start();
    p.getOutputStream().close();
    java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return p.getErrorStream().readAllBytes();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Ran r = new Ran();
    r.out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    r.err = new String(err.get(), StandardCharsets.UTF_8);
    r.code = p.waitFor();
    return r;
  }

  private static Path largeSeed(Path dir) throws Exception {
    String seed = Files.readString(Path.of("../seeds/linyi-2021-livelihood.txt"), StandardCharsets.UTF_8);
    Path big = dir.resolve("large.txt");
    Files.writeString(big, (seed + "\n").repeat((int) (TunedJvm.FROM_BYTES
        / seed.getBytes(StandardCharsets.UTF_8).length + 1)));
    assertTrue(Files.size(big) >= TunedJvm.FROM_BYTES);
    return big;
  }

  @Test
  void aLargeInputIsParsedInASecondJvmAndPrintsWhatOneJvmPrints(@TempDir Path dir) throws Exception {
    Path big = largeSeed(dir);
    Ran second = java(List.of(), "parse", big.toString(), "--format", "json", "--debug");
    assertEquals(0, second.code, second.err);
    assertTrue(second.err.startsWith("mandate: parsing in a second JVM: "), second.err);
    assertTrue(second.err.contains(" -XX:TieredStopAtLevel=1 "), second.err);
    assertEquals(1, second.err.lines().count(), second.err);

    Ran one = java(List.of("-Dmandate.cli.relaunch=false"), "parse", big.toString(), "--format", "json", "--debug");
    assertEquals(0, one.code, one.err);
    assertEquals("", one.err);
    assertTrue(one.out.contains("\"format\": \"mandate/1\""));
    assertEquals(one.out, second.out);

    Ran quiet = java(List.of(), "parse", big.toString(), "--format", "json");
    assertEquals("", quiet.err, "without --debug the second JVM is not mentioned");
    assertEquals(one.out, quiet.out);
  }

  @Test
  void theSecondJvmsExitCodeAndItsOneLineMessageAreTheTools(@TempDir Path dir) throws Exception {
    Path none = dir.resolve("none.txt");
    Files.writeString(none, "这一行没有任何措施。\n".repeat((int) (TunedJvm.FROM_BYTES / 20)));
    assertTrue(Files.size(none) >= TunedJvm.FROM_BYTES);
    Ran r = java(List.of(), "parse", none.toString());
    assertEquals(MandateCli.INPUT, r.code, r.err);
    assertEquals(List.of("mandate: " + none + ": no measures found"), r.err.lines().toList());
  }

  @Test
  void stoppingTheFirstJvmStopsTheSecond(@TempDir Path dir) throws Exception {
    assertTheSecondEndsWithTheFirst(dir, Process::destroy); // SIGTERM, as a batch system stops a job
  }

  /** Regression: a first JVM killed outright runs no shutdown hook, and the second parsed on to the end. */
  @Test
  void killingTheFirstJvmEndsTheSecond(@TempDir Path dir) throws Exception {
    assertTheSecondEndsWithTheFirst(dir, Process::destroyForcibly); // SIGKILL
  }

  private static void assertTheSecondEndsWithTheFirst(Path dir, java.util.function.Consumer<Process> stop)
      throws Exception {
    String seed = Files.readString(Path.of("../seeds/linyi-2021-livelihood.txt"), StandardCharsets.UTF_8);
    Path big = dir.resolve("big.txt");
    Files.writeString(big, (seed + "\n").repeat(8_000_000 / seed.getBytes(StandardCharsets.UTF_8).length + 1));
    Path out = dir.resolve("out.json"); // the second JVM writes here too: whole only if it parsed to the end
    Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), MandateCli.class.getName(), "parse", big.toString(), "--format", "json")
        .redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    ProcessHandle second = null;
    try {
      long until = System.nanoTime() + 30_000_000_000L;
      while (second == null && first.isAlive() && System.nanoTime() < until) {
        second = first.descendants().findFirst().orElse(null);
        Thread.sleep(10);
      }
      assertTrue(second != null && second.isAlive(), "no second JVM was seen parsing");
      stop.accept(first);
      first.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      second.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
      String json = Files.readString(out, StandardCharsets.UTF_8);
      assertFalse(json.endsWith("}\n"), "the second JVM parsed on to the end after the first was stopped");
    } finally {
      if (second != null) {
        second.destroyForcibly();
      }
      first.destroyForcibly();
    }
  }
}
