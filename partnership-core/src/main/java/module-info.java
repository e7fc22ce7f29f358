/**
 * The partnership model and its rules: actors, the partnership aggregate, and governance,
 * participation, decision-rights, funding, practice, risk and power facets with their analyses.
 */
module dev.partnership {
  requires transitive com.google.common;
  requires org.jgrapht.core;
  requires static org.immutables.value;
  // annotations that the generated Immutable* classes carry (CLASS or SOURCE retention)
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.partnership.actors;
  exports dev.partnership.analysis;
  exports dev.partnership.funding;
  exports dev.partnership.governance;
  exports dev.partnership.math;
  exports dev.partnership.model;
  exports dev.partnership.participation;
  exports dev.partnership.power;
  exports dev.partnership.practice;
  exports dev.partnership.rights;
  exports dev.partnership.risk;
  exports dev.partnership.scenario;
}
