/** Stage 3: responsibilities — unit lists split into units, role labels and role words into LEAD and SUPPORT. Not API. */
package dev.mandate.parser.internal.responsibility;
