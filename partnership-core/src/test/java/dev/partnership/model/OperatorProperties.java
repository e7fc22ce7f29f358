package dev.partnership.model;

import static dev.partnership.model.PartnershipProperties.assertAgreesWithWith;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.partnership.actors.Organization;
import org.junit.jupiter.api.Test;

/**
 * Operators in sequence and applied twice: whyNotApplicable and with agree in every state reached.
 */
class OperatorProperties {

  @Test
  void anOperatorAppliedTwiceStillAgreesWithWith() {
    qt().withExamples(1500)
        .forAll(ModelGenerators.partnershipsWithFacetsAndOperators())
        .checkAssert(
            po -> {
              if (po.operator().isApplicableTo(po.partnership())) {
                assertAgreesWithWith(po.partnership().with(po.operator()), po.operator());
              }
            });
  }

  @Test
  void aSequenceOfOperatorsAgreesWithWithInEveryStateItReaches() {
    qt().withExamples(300)
        .forAll(
            ModelGenerators.partnershipsWithFacets(),
            lists().of(ModelGenerators.organizations()).ofSize(6),
            lists().of(longs().all()).ofSize(6))
        .checkAssert(
            (start, outsiders, seeds) -> {
              Partnership p = start;
              for (int i = 0; i < seeds.size(); i++) {
                Organization outsider = outsiders.get(i);
                PartnershipOperator op = ModelGenerators.operator(p, outsider, seeds.get(i));
                assertAgreesWithWith(p, op);
                if (op.isApplicableTo(p)) {
                  p = p.with(op);
                }
              }
            });
  }
}
