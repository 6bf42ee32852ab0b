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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs a task on each of many inputs on a pool of threads and hands the results on in input order, whatever order they
 * finish in. A bounded number run ahead of the one handed on next, so memory holds a few results, not all of them.
 */
final class Batch<I, R> {

  /** What is done with each result, in input order; false stops the batch (the output cannot be written). */
  interface Sink<I, R> {
    boolean accept(I input, R result) throws Exception;
  }

  private final int jobs;

  /**
   * The jobs a batch runs on unless told: the available processors. With the quick compiler alone, as
   * {@code bin/mandate} runs the JVM, two parses at once on two processors took 3.2 s where one took 5.0 s over 3,000
   * real documents; with C2 as well ({@code java -jar}), the compiler's threads take the second processor and the two
   * measured the same (docs/PERFORMANCE.md, "The fifth session").
   */
  static int defaultJobs() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  Batch(int jobs) {
    this.jobs = Math.max(1, jobs);
  }

  /** Runs {@code task} on every input and gives the results to {@code sink} in order; false if the sink stopped it. */
  boolean run(List<I> inputs, Function<I, R> task, Sink<I, R> sink) throws Exception {
    if (jobs == 1) {
      for (I in : inputs) {
        if (!sink.accept(in, task.apply(in))) {
          return false;
        }
      }
      return true;
    }
    ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
      Thread t = new Thread(r, "mandate-parse");
      t.setDaemon(true);
      return t;
    });
    try {
      int ahead = jobs * 4;
      Deque<Future<R>> running = new ArrayDeque<>();
      int next = 0;
      for (int done = 0; done < inputs.size(); done++) {
        while (next < inputs.size() && running.size() < ahead) {
          I in = inputs.get(next++);
          running.add(pool.submit(() -> task.apply(in)));
        }
        R result;
        try {
          result = running.removeFirst().get();
        } catch (ExecutionException e) {
          throw e.getCause() instanceof Exception ? (Exception) e.getCause() : new IllegalStateException(e.getCause());
        }
        if (!sink.accept(inputs.get(done), result)) {
          return false;
        }
      }
      return true;
    } finally {
      pool.shutdownNow();
    }
  }
}
