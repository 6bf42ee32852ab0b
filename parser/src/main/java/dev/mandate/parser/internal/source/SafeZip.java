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
package dev.mandate.parser.internal.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads chosen entries of a ZIP archive (DOCX, XLSX) with limits. Entries are found through the archive's central
 * directory, so an entry that is not wanted is never inflated (reading the archive front to back, as
 * {@code ZipInputStream} does, inflates every entry it passes: a 2 MB file with a 2 GB entry of zeros took 14 s);
 * wanted entries are counted as they inflate, so a zip bomb is refused when it passes the limit instead of filling
 * memory. Sizes and offsets in the archive are checked against the archive before use, never trusted.
 */
public final class SafeZip {

  /** Why an archive was refused. */
  public static final class ZipRefused extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean tooLarge;

    ZipRefused(String message, boolean tooLarge, Throwable cause) {
      super(message, cause);
      this.tooLarge = tooLarge;
    }

    /** True when a limit was passed (zip bomb), false when the archive is damaged. */
    public boolean tooLarge() {
      return tooLarge;
    }
  }

  private static final int EOCD = 0x06054b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int LOCAL = 0x04034b50;
  /** The most entries looked at: an Office file has dozens. */
  private static final int MAX_ENTRIES = 10_000;

  /** Where one entry's data lies. */
  private static final class Entry {
    final int method;
    final long compressedSize;
    final long localHeader;

    Entry(int method, long compressedSize, long localHeader) {
      this.method = method;
      this.compressedSize = compressedSize;
      this.localHeader = localHeader;
    }
  }

  private SafeZip() {}

  /** Whether bytes start with a ZIP local file header. */
  public static boolean isZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  /** The names of the entries (at most 10,000 are looked at), from the central directory; nothing is inflated. */
  public static Set<String> names(byte[] bytes) throws ZipRefused {
    return directory(bytes).keySet();
  }

  /**
   * The entries whose names {@code wanted} accepts, inflated.
   *
   * @param maxEntry the most bytes one entry may inflate to
   * @param maxTotal the most bytes all wanted entries together may inflate to
   */
  public static Map<String, byte[]> read(byte[] bytes, Predicate<String> wanted, long maxEntry, long maxTotal)
      throws ZipRefused {
    Map<String, byte[]> out = new HashMap<>();
    long total = 0;
    byte[] buf = new byte[65536];
    for (Map.Entry<String, Entry> e : directory(bytes).entrySet()) {
      if (!wanted.test(e.getKey())) {
        continue;
      }
      ByteArrayOutputStream entry = new ByteArrayOutputStream();
      long size = 0;
      try (InputStream in = open(bytes, e.getKey(), e.getValue())) {
        int r;
        while ((r = in.read(buf)) > 0) {
          size += r;
          total += r;
          if (size > maxEntry || total > maxTotal) {
            throw new ZipRefused("entry " + e.getKey() + " inflates past the limit of "
                + (size > maxEntry ? maxEntry : maxTotal) + " bytes (a zip bomb?)", true, null);
          }
          entry.write(buf, 0, r);
        }
      } catch (IOException | IllegalArgumentException x) {
        throw new ZipRefused("a damaged ZIP archive: entry " + e.getKey() + ": " + x.getMessage(), false, x);
      }
      out.put(e.getKey(), entry.toByteArray());
    }
    return out;
  }

  /**
   * The entry with this name as a stream that inflates as it is read, or null if the archive has none. Reading past
   * {@code maxEntry} inflated bytes throws {@link LimitExceeded} (a zip bomb); damaged data throws
   * {@link UncheckedIOException}. Both are unchecked so that they pass through an XML reader unwrapped.
   */
  public static InputStream entry(byte[] bytes, String name, long maxEntry) throws ZipRefused {
    Entry e = directory(bytes).get(name);
    if (e == null) {
      return null;
    }
    return new Bounded(open(bytes, name, e), name, maxEntry);
  }

  /** The central directory: each entry's name and where its data lies, in directory order, first of a name wins. */
  private static Map<String, Entry> directory(byte[] b) throws ZipRefused {
    int eocd = -1;
    for (int p = b.length - 22; p >= Math.max(0, b.length - 22 - 65_535); p--) {
      if (int32(b, p) == EOCD) {
        eocd = p;
        break;
      }
    }
    if (eocd < 0) {
      throw new ZipRefused("a damaged ZIP archive: no central directory (cut short?)", false, null);
    }
    int count = int16(b, eocd + 10);
    long offset = uint32(b, eocd + 16);
    Map<String, Entry> entries = new LinkedHashMap<>();
    long p = offset;
    for (int k = 0; k < count && k < MAX_ENTRIES; k++) {
      if (p < 0 || p + 46 > b.length || int32(b, (int) p) != CENTRAL) {
        throw new ZipRefused("a damaged ZIP archive: central directory entry " + (k + 1) + " is not where it "
            + "should be", false, null);
      }
      int at = (int) p;
      int method = int16(b, at + 10);
      long compressed = uint32(b, at + 20);
      int nameLength = int16(b, at + 28);
      int extraLength = int16(b, at + 30);
      int commentLength = int16(b, at + 32);
      long local = uint32(b, at + 42);
      if (at + 46L + nameLength > b.length) {
        throw new ZipRefused("a damaged ZIP archive: an entry name runs past the end", false, null);
      }
      String name = new String(b, at + 46, nameLength, StandardCharsets.UTF_8);
      entries.putIfAbsent(name, new Entry(method, compressed, local));
      p = at + 46L + nameLength + extraLength + commentLength;
    }
    return entries;
  }

  /** The entry's data, inflating; its bounds are checked against the archive first. */
  private static InputStream open(byte[] b, String name, Entry e) throws ZipRefused {
    long h = e.localHeader;
    if (h < 0 || h + 30 > b.length || int32(b, (int) h) != LOCAL) {
      throw new ZipRefused("a damaged ZIP archive: entry " + name + " has no local header where the directory says",
          false, null);
    }
    long data = h + 30 + int16(b, (int) h + 26) + int16(b, (int) h + 28);
    if (e.compressedSize == 0xFFFFFFFFL) {
      throw new ZipRefused("entry " + name + " uses ZIP64 sizes, which are not read", false, null);
    }
    if (data + e.compressedSize > b.length) {
      throw new ZipRefused("a damaged ZIP archive: entry " + name + " runs past the end (cut short?)", false, null);
    }
    InputStream raw = new ByteArrayInputStream(b, (int) data, (int) e.compressedSize);
    switch (e.method) {
      case 0:
        return raw;
      case 8:
        // raw deflate wants one byte past the data to finish (as java.util.zip.ZipFile gives it)
        return new InflaterInputStream(new SequenceInputStream(raw, new ByteArrayInputStream(new byte[1])),
            new Inflater(true), 8192);
      default:
        throw new ZipRefused("entry " + name + " uses compression method " + e.method + ", not stored or deflated",
            false, null);
    }
  }

  private static int int16(byte[] b, int p) {
    return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
  }

  private static int int32(byte[] b, int p) {
    return p < 0 || p + 4 > b.length ? 0
        : (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
  }

  private static long uint32(byte[] b, int p) {
    return int32(b, p) & 0xFFFFFFFFL;
  }

  /** An entry's inflating stream that counts what it gives out. */
  private static final class Bounded extends InputStream {
    private final InputStream in;
    private final String name;
    private final long max;
    private final byte[] one = new byte[1];
    private long size;

    Bounded(InputStream in, String name, long max) {
      this.in = in;
      this.name = name;
      this.max = max;
    }

    @Override
    public int read() {
      int r = read(one, 0, 1);
      return r < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int r;
      try {
        r = in.read(b, off, len);
      } catch (IOException | IllegalArgumentException e) {
        throw new UncheckedIOException("a damaged ZIP archive: entry " + name + ": " + e.getMessage(),
            e instanceof IOException ? (IOException) e : new IOException(e));
      }
      if (r > 0) {
        size += r;
        if (size > max) {
          throw new LimitExceeded("entry " + name + " inflates past the limit of " + max + " bytes (a zip bomb?)");
        }
      }
      return r;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
