/** Character-level helpers shared by the parser stages: width and script folding, brackets. Not API. */
package dev.mandate.parser.internal.text;
