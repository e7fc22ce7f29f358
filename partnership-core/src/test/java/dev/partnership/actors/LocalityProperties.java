package dev.partnership.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Laws of the locality definitions, over organisations of every type, identifier and country. */
class LocalityProperties {
  static final AidRecipients DAC = AidRecipients.dac2024to2025();

  @Test
  void unknownTypeIsNeverLocal() {
    qt().forAll(
            ActorsGenerators.organizations()
                .map(o -> Organization.builder().from(o).type(OrganizationType.UNKNOWN).build()))
        .checkAssert(
            o -> {
              for (LocalityDefinition d : LocalityDefinition.values()) {
                assertEquals(Locality.UNKNOWN, d.assess(o, DAC).locality(), o.toString());
              }
            });
  }

  @Test
  void nobodyBasedOffTheListIsLocal() {
    qt().forAll(ActorsGenerators.organizations())
        .checkAssert(
            o -> {
              Optional<CountryCode> home = o.homeCountry().or(() -> o.id().registrationCountry());
              for (LocalityDefinition d : LocalityDefinition.values()) {
                LocalityVerdict v = d.assess(o, DAC);
                assertFalse(v.reason().isBlank());
                if (home.filter(c -> !DAC.contains(c)).isPresent()) {
                  assertFalse(v.isLocalOrNational(), d + " " + o + ": " + v);
                }
                if (home.isEmpty()
                    && o.type() != OrganizationType.PARTNER_COUNTRY_BASED_NGO
                    && o.type() != OrganizationType.PRIVATE_SECTOR_IN_AID_RECIPIENT_COUNTRY) {
                  assertFalse(v.isLocalOrNational(), d + " " + o + ": " + v);
                }
              }
            });
  }

  @Test
  void definitionsAreNested() {
    // Charter4Change counts a subset of IASC's local actors; the regional variant a superset
    qt().forAll(ActorsGenerators.organizations())
        .checkAssert(
            o -> {
              boolean c4c = LocalityDefinition.CHARTER4CHANGE.assess(o, DAC).isLocalOrNational();
              boolean iasc = LocalityDefinition.IASC.assess(o, DAC).isLocalOrNational();
              boolean regional =
                  LocalityDefinition.IASC_WITH_REGIONAL.assess(o, DAC).isLocalOrNational();
              assertTrue(!c4c || iasc, o.toString());
              assertTrue(!iasc || regional, o.toString());
              assertEquals(o.localityVerdict(), LocalityDefinition.IASC.assess(o, DAC));
            });
  }

  @Test
  void reasonsAreShortSentencesWithoutEnumConstants() {
    qt().forAll(ActorsGenerators.organizations())
        .checkAssert(
            o -> {
              for (LocalityDefinition d : LocalityDefinition.values()) {
                String reason = d.assess(o, DAC).reason();
                assertFalse(
                    reason.contains("_") || reason.contains("[") || reason.contains("]"), reason);
                for (OrganizationType t : OrganizationType.values()) {
                  assertFalse(reason.contains(t.name()), reason);
                }
                for (OperatingLevel l : OperatingLevel.values()) {
                  assertFalse(reason.contains(l.name()), reason);
                }
                assertTrue(reason.length() <= 200, reason);
              }
            });
  }
}
