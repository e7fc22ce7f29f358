package dev.partnership.iati;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A traceability link between two activities: funds go from {@code funderActivity} to {@code
 * receiverActivity}. A receiver cites the funder's activity in {@code
 * provider-org/@provider-activity-id}; a funder cites the receiver's in {@code
 * receiver-org/@receiver-activity-id}.
 *
 * @param funderActivity the activity the money comes from
 * @param receiverActivity the activity the money goes to
 * @param citedBy which side cited the other ({@code "provider-activity-id"} or {@code
 *     "receiver-activity-id"})
 * @param file the file of the citing transaction
 * @param line its line
 */
public record ActivityLink(
    String funderActivity, String receiverActivity, String citedBy, String file, int line) {
  /** Checks that no part is null. */
  public ActivityLink {
    checkNotNull(funderActivity, "funderActivity");
    checkNotNull(receiverActivity, "receiverActivity");
    checkNotNull(citedBy, "citedBy");
    checkNotNull(file, "file");
  }

  @Override
  public String toString() {
    return funderActivity
        + " -> "
        + receiverActivity
        + " ("
        + citedBy
        + ", "
        + file
        + ":"
        + line
        + ")";
  }
}
