/**
 * The parser's implementation, one package per stage: {@code source} (bytes to lines) → {@code layout} (lines to
 * raw measures) → {@code responsibility} (unit lists and roles) → {@code target} (numbers) → the Document assembled
 * by {@link dev.mandate.parser.MandateParser}. Data flows one way. Not API: may change in any release.
 */
package dev.mandate.parser.internal;
