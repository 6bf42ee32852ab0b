/**
 * The target-extraction SPI: implement {@link dev.mandate.parser.targets.TargetExtractor} to read quantitative
 * targets the built-in extractor does not, and register it with
 * {@link dev.mandate.parser.MandateParser.Builder#extractor(TargetExtractor)} (or, opt-in, through
 * {@link java.util.ServiceLoader}).
 */
package dev.mandate.parser.targets;
