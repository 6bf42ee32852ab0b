/**
 * The entry point: {@link dev.mandate.parser.MandateParser}. Build one with {@link
 * dev.mandate.parser.MandateParser#builder()}, keep it, and call {@code parse} from any thread.
 */
package dev.mandate.parser;
