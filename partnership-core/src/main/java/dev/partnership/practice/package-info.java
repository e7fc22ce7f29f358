/**
 * Practice: what a partnership does about the lessons of the field (shared values, declared
 * interests, programme design, joint learning, feedback loops, context reviews, budget flexibility,
 * how power was decided, civic space), and its control and trust mechanisms.
 *
 * <p>Most users need {@link dev.partnership.practice.Practice} and {@link
 * dev.partnership.practice.TrustControlBalance}.
 */
@ValueStyle
package dev.partnership.practice;

import dev.partnership.internal.ValueStyle;
