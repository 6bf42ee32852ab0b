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

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Parses a large input in a second JVM started with options that suit one short parse, and waits for it: the first
 * JVM only passes on its arguments, its streams and the exit code.
 *
 * <p>Why: a jar cannot carry JVM options, and the JVM's defaults are made for servers that run for hours. For one
 * parse of the 20 MB founding-document text on one CPU (README, "Against HanLP"), the CLI took 2.6 s in the JVM as
 * started (with the compiler directive of {@link QuickCompilation}), and 1.75 s through a second JVM, its start
 * included. Two options do most of it:
 * <ul>
 *   <li>{@code -XX:TieredStopAtLevel=1}, the quick compiler alone: the optimising compiler spent more CPU than it
 *       saved on code that had run its course by the time it was compiled (see {@link QuickCompilation}, which asks a
 *       running JVM for the same and gets part of it);
 *   <li>{@code -XX:+UseTransparentHugePages}, where the kernel offers huge pages on request ({@code madvise}, the
 *       usual setting): a parse fills a few hundred megabytes of fresh heap once, and with 2 MB pages the kernel
 *       maps it with 1/512 of the faults (with the quick compiler alone, 2.3 s became 1.8 s).
 * </ul>
 * The serial collector is chosen too, unless the user chose one: a parse runs on one thread, and it was as quick as
 * the parallel collector and quicker than G1 (1.44 s against 1.70 s on two CPUs).
 *
 * <p>Starting the second JVM costs ~0.17 s on one CPU, so it is done only from {@link #FROM_BYTES} (on one CPU,
 * 200 KB took 0.80 s in one JVM and 0.62 s through two; on two CPUs 300 KB is about even). Input from standard
 * input stays in this JVM, as do runs whose JVM was started with options that must not run twice (an agent or
 * debugger, a flight recording, logging) or that rule this tuning out ({@code -Xint}, {@code -Xshare}): those run
 * exactly as asked. The user's own
 * {@code -D}, {@code -X} heap and {@code -XX} options are passed on after the tuned ones, so theirs win.
 * {@code -Dmandate.cli.relaunch=false} keeps every parse in the first JVM.
 */
final class TunedJvm {

  /** The smallest input parsed in a second JVM. */
  static final long FROM_BYTES = 256 * 1024;

  /** Set {@code -Dmandate.cli.relaunch=false} to parse in the JVM the user started. */
  static final String OFF_PROPERTY = "mandate.cli.relaunch";

  /**
   * Set in the second JVM to the first one's process id: the second parses and never starts a third, and ends if the
   * first is gone.
   */
  static final String SECOND_PROPERTY = "mandate.cli.relaunched";

  /** Where Linux says whether huge pages are given to memory that asks for them. */
  private static final Path HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

  /** Environment variables whose options the JVM adds to its own; they reach the second JVM as arguments. */
  private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS",
      "JDK_JAVA_OPTIONS");

  private TunedJvm() {}

  /**
   * Runs {@code mandate args} in a second JVM if that is {@link #command worth it}, and returns its exit code; empty
   * if the parse is to run in this JVM. A second JVM that cannot be started leaves the parse to this one.
   */
  static OptionalInt run(String[] args, PrintWriter err) {
    if (isSecond()) {
      endWithTheFirst();
      return OptionalInt.empty();
    }
    if ("false".equalsIgnoreCase(System.getProperty(OFF_PROPERTY))) {
      return OptionalInt.empty();
    }
    Optional<MandateCli.ParseCommand> parse = MandateCli.parseCommand(args);
    if (parse.isEmpty() || "-".equals(parse.get().file) || !hotSpot()) {
      return OptionalInt.empty(); // usage errors and standard input are this JVM's to handle
    }
    long bytes = MandateCli.sizeOf(parse.get().file);
    if (bytes < FROM_BYTES) {
      return OptionalInt.empty(); // before asking the JVM for its arguments, which takes a while to load
    }
    Path java = Path.of(System.getProperty("java.home"), "bin",
        System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java");
    if (!Files.isExecutable(java)) {
      return OptionalInt.empty();
    }
    Optional<List<String>> command = command(java, System.getProperty("java.class.path"),
        ManagementFactory.getRuntimeMXBean().getInputArguments(), args, bytes,
        Runtime.getRuntime().availableProcessors(), hugePages(), ProcessHandle.current().pid());
    if (command.isEmpty()) {
      return OptionalInt.empty();
    }
    boolean debug = parse.get().debug;
    if (debug) {
      err.println("mandate: parsing in a second JVM: " + String.join(" ", command.get()));
    }
    ProcessBuilder pb = new ProcessBuilder(command.get()).inheritIO();
    Map<String, String> env = pb.environment();
    OPTION_VARIABLES.forEach(env::remove); // already among the arguments; the JVM would announce them twice
    Process second;
    try {
      second = pb.start();
    } catch (IOException | RuntimeException e) {
      if (debug) {
        err.println("mandate: the second JVM did not start (" + e + "); parsing in this one");
      }
      return OptionalInt.empty();
    }
    // stopped while waiting (SIGTERM, Ctrl-C): the second JVM must not parse on alone; it also watches this one
    // (endWithTheFirst), for a first JVM killed outright or stopped before this hook is added
    Runtime.getRuntime().addShutdownHook(new Thread(second::destroy, "mandate-stop-second-jvm"));
    try {
      return OptionalInt.of(second.waitFor());
    } catch (InterruptedException e) {
      second.destroy();
      Thread.currentThread().interrupt();
      return OptionalInt.of(MandateCli.INPUT);
    }
  }

  /**
   * The second JVM's command line, or empty if the parse should stay in this JVM: the input is too small for the
   * start to pay, or this JVM was started with an option that must not run twice or that rules the tuning out.
   *
   * @param java the {@code java} executable
   * @param classpath this JVM's class path
   * @param jvmArguments this JVM's own options, as {@code RuntimeMXBean.getInputArguments()} gives them
   * @param args the CLI's arguments
   * @param inputBytes the input file's size
   * @param cpus the CPUs this JVM may use
   * @param hugePages what Linux says of transparent huge pages ({@code always [madvise] never}), or empty if unknown
   * @param firstPid this JVM's process id, which the second one watches
   */
  static Optional<List<String>> command(Path java, String classpath, List<String> jvmArguments, String[] args,
      long inputBytes, int cpus, String hugePages, long firstPid) {
    if (inputBytes < FROM_BYTES || classpath == null || classpath.isEmpty()) {
      return Optional.empty();
    }
    boolean chosenCollector = false;
    for (String a : jvmArguments) {
      if (!passesOn(a) || a.startsWith("-D" + SECOND_PROPERTY)) {
        return Optional.empty();
      }
      chosenCollector |= a.startsWith("-XX:+Use") && a.endsWith("GC");
    }
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-XX:+IgnoreUnrecognizedVMOptions"); // an option this JVM lacks must not stop the parse
    if (QuickCompilation.quickCompilerAlonePays(inputBytes, cpus)) {
      command.add("-XX:TieredStopAtLevel=1");
    }
    if (hugePages.contains("[madvise]") || hugePages.contains("[always]")) {
      command.add("-XX:+UseTransparentHugePages");
    }
    if (!chosenCollector) {
      command.add("-XX:+UseSerialGC");
    }
    command.addAll(jvmArguments);
    command.add("-D" + SECOND_PROPERTY + "=" + firstPid);
    command.add("-cp");
    command.add(classpath);
    command.add(MandateCli.class.getName());
    command.addAll(List.of(args));
    return Optional.of(command);
  }

  /**
   * Whether a JVM option may be given to the second JVM as well: system properties, heap and stack sizes, and
   * {@code -XX} flags other than a flight recording or an options file. Anything else (an agent, a debugger,
   * logging, {@code -Xint}, {@code -Xshare}, ...) keeps the parse in the JVM the user started as they started it.
   */
  static boolean passesOn(String option) {
    if (option.startsWith("-XX:")) {
      return !option.contains("FlightRecord") && !option.startsWith("-XX:Flags=")
          && !option.startsWith("-XX:VMOptionsFile=");
    }
    return option.startsWith("-D") || option.startsWith("-Xmx") || option.startsWith("-Xms")
        || option.startsWith("-Xss") || option.startsWith("-Xmn") || option.equals("-ea") || option.equals("-da")
        || option.equals("-esa") || option.equals("-dsa");
  }

  /** Whether this JVM is a second one, started by {@link #run}. */
  static boolean isSecond() {
    return System.getProperty(SECOND_PROPERTY) != null;
  }

  /**
   * Ends this second JVM as soon as the first is gone: its output is for the first one's caller, and a first JVM
   * killed outright (SIGKILL), or stopped before it added its shutdown hook, cannot stop this one itself.
   */
  private static void endWithTheFirst() {
    Optional<ProcessHandle> first;
    try {
      first = ProcessHandle.of(Long.parseLong(System.getProperty(SECOND_PROPERTY)));
    } catch (NumberFormatException | UnsupportedOperationException | SecurityException e) {
      return; // set by hand, or no way to watch: parse as asked
    }
    if (first.isEmpty()) {
      Runtime.getRuntime().halt(MandateCli.INPUT);
    }
    first.get().onExit().thenRun(() -> Runtime.getRuntime().halt(MandateCli.INPUT));
  }

  /** Whether this is a HotSpot JVM, whose options the second one is given. */
  private static boolean hotSpot() {
    String vm = System.getProperty("java.vm.name", "");
    return vm.contains("HotSpot") || vm.contains("OpenJDK");
  }

  /** The kernel's transparent-huge-page setting, or empty if there is none to read (not Linux). */
  private static String hugePages() {
    try {
      return Files.isReadable(HUGE_PAGES) ? Files.readString(HUGE_PAGES, StandardCharsets.US_ASCII) : "";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
