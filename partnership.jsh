// JShell startup for the partnership library: imports every public package, the rule catalogues and
// the examples (Alliances.gppac() and the other example partnerships are one call away).
import dev.partnership.actors.*;
import dev.partnership.math.*;
import dev.partnership.model.*;
import static dev.partnership.model.PartnershipOperators.*;
import static dev.partnership.model.PartnershipQueries.*;
import dev.partnership.governance.*;
import static dev.partnership.model.GovernanceOperators.*;
import static dev.partnership.model.GovernanceQueries.*;
import dev.partnership.participation.*;
import dev.partnership.report.*;
import static dev.partnership.model.ParticipationQueries.*;
import dev.partnership.funding.*;
import dev.partnership.iati.*;
import dev.partnership.practice.*;
import dev.partnership.risk.*;
import dev.partnership.power.*;
import dev.partnership.analysis.*;
import dev.partnership.scenario.*;
import dev.partnership.rights.*;
import static dev.partnership.model.DecisionRightsOperators.*;
import static dev.partnership.model.DecisionRightsQueries.*;
import static dev.partnership.model.FundingOperators.*;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.partnership.examples.*;
import java.time.LocalDate;
