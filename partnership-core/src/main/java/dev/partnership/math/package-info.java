/** Exact numbers for results the field expects exactly: {@link dev.partnership.math.Fraction}. */
package dev.partnership.math;
