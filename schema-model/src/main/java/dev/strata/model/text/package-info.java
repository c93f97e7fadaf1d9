/**
 * Positions in source text: file ids, half-open char ranges and the line index that converts
 * offsets to lines and columns. Invariant: every offset in the model is a UTF-16 char index into the
 * exact text that was analysed; lines and columns exist only at the presentation boundary.
 */
package dev.strata.model.text;
