/** Stage 4: targets — the numeral grammar, units of measure, comparators, changes, subjects and deadlines. Not API. */
package dev.mandate.parser.internal.quantity;
