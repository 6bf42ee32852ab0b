/** Stage 1: reading the source — bytes to text (BOM, UTF-8, GB18030 fallback), text to numbered lines. Not API. */
package dev.mandate.parser.internal.source;
