// JShell startup for the partnership library: imports every public package and the rule catalogues.
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
