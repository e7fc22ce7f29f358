package dev.partnership.model;

import java.util.Objects;

/**
 * The call that made an operator or a catalogue query: its name and arguments. Operators and
 * queries are equal when they are of the same kind and their calls are, so both extend this one
 * value instead of writing equality twice.
 */
abstract class Call {
  private final String callName;
  private final Object callArguments;

  Call(String callName, Object callArguments) {
    this.callName = callName;
    this.callArguments = callArguments;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null
        && o.getClass() == getClass()
        && callName.equals(((Call) o).callName)
        && callArguments.equals(((Call) o).callArguments);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), callName, callArguments);
  }
}
