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

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Asks the running JVM to leave this process's methods to its quick (C1) compiler and not to spend its optimising
 * (C2) compiler on them: the CLI parses one input and exits, and on such a run the optimising compiler costs more
 * than it gives back.
 *
 * <p>Measured on the 20 MB founding-document text (README, "Against HanLP"): on one CPU the run took 3.5 s with both
 * compilers and 2.1 s with the quick one alone, the optimising compiler spending ~2 s of CPU on code that had
 * finished running by the time it was compiled; on two CPUs 2.2 s against 1.9 s, with half the CPU used. Only on
 * inputs of about 60 MB, on two CPUs, did the optimising compiler pay for itself (4.1 s against 4.4 s). The library
 * itself makes no such choice: a server that parses for hours gains from the optimising compiler.
 *
 * <p>The request is a compiler directive added through the JVM's {@code DiagnosticCommand} MBean (what {@code jcmd
 * PID Compiler.directives_add} does), because a jar cannot carry JVM options. Starting the management server takes
 * ~0.2 s of CPU, so it is made only for inputs large enough to gain ({@link #FROM_BYTES}), on a thread of its own
 * while the input is read. It is a hint: if the JVM refuses it (another vendor, no {@code jdk.management} module, no
 * writable temporary directory), the parse runs as it would have.
 */
final class QuickCompilation {

  /** The smallest input the request is made for; below it, starting the management server costs more than it saves. */
  static final long FROM_BYTES = 2_000_000;

  /**
   * The largest input the request is made for when the JVM has more than one CPU: past it the optimising compiler,
   * on a CPU of its own, pays for itself (on two CPUs, 60 MB took 4.1 s with it and 4.5 s without).
   */
  static final long UP_TO_BYTES_ON_SEVERAL_CPUS = 32_000_000;

  /** Set {@code -Dmandate.cli.optimisingCompiler=true} to keep the JVM's usual compilers. */
  static final String KEEP_PROPERTY = "mandate.cli.optimisingCompiler";

  private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

  private QuickCompilation() {}

  /** Makes the request on a daemon thread if it is {@link #worthIt worth it}, and returns at once. */
  static void requestFor(long inputBytes) {
    Runtime runtime = Runtime.getRuntime();
    if (Boolean.getBoolean(KEEP_PROPERTY) || TunedJvm.isSecond()
        || !worthIt(inputBytes, runtime.availableProcessors(), runtime.maxMemory())) {
      return;
    }
    Thread t = new Thread(QuickCompilation::requestQuietly, "mandate-quick-compilation");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Whether an input of this size, parsed with this many CPUs in a heap that may grow to {@code maxHeap} bytes, runs
   * faster without the optimising compiler, and has room for the request. The management server and the logging it
   * starts take a few megabytes; in a heap the parse may fill (a CLI test parses 8 MB under {@code -Xmx16m}) they
   * ran out of memory half-made, and the JVM's logging printed a stack trace as it shut down.
   */
  static boolean worthIt(long inputBytes, int cpus, long maxHeap) {
    return inputBytes >= FROM_BYTES && quickCompilerAlonePays(inputBytes, cpus)
        && maxHeap >= 4 * inputBytes + MIN_FREE_HEAP;
  }

  /**
   * Whether a parse of an input this size, with this many CPUs, runs faster with the quick compiler alone, leaving
   * aside what it costs to ask for it ({@link TunedJvm} asks for it when it starts a JVM).
   */
  static boolean quickCompilerAlonePays(long inputBytes, int cpus) {
    return cpus == 1 || inputBytes <= UP_TO_BYTES_ON_SEVERAL_CPUS;
  }

  /** The heap the request needs left over, beyond four times the input (the founding document parses in 2.5). */
  static final long MIN_FREE_HEAP = 64L * 1024 * 1024;

  /**
   * {@link #request}, saying nothing whatever happens: the parse running beside it may fill the heap first (found by
   * the CLI test that parses under {@code -Xmx16m}), and a hint must never print a stack trace of its own.
   */
  private static void requestQuietly() {
    try {
      request();
    } catch (Throwable e) { // OutOfMemoryError included: the main thread reports its own failure
      // nothing to do: the parse goes on with the JVM's usual compilers
    }
  }

  /** Adds the directive; true if the JVM took it. */
  static boolean request() {
    Path file = null;
    try {
      file = Files.createTempFile("mandate-compiler-directive", ".json");
      Files.write(file, DIRECTIVE.getBytes(StandardCharsets.UTF_8));
      Object reply = ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
          new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
      return String.valueOf(reply).contains("1 compiler directives added");
    } catch (JMException | java.io.IOException | RuntimeException | LinkageError e) {
      return false; // only a hint: the parse goes on with the JVM's usual compilers
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
          file.toFile().deleteOnExit();
        }
      }
    }
  }
}
