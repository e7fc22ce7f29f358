package dev.partnership.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * An organisation as an IATI element names it: {@code @ref}, the first narrative, {@code @type},
 * and the activity id it cites ({@code @activity-id}, {@code @provider-activity-id} or {@code
 * @receiver-activity-id}). Any part may be missing in real data.
 *
 * @param ref the {@code @ref} attribute, trimmed, if not empty
 * @param name the first narrative, trimmed, if not empty
 * @param type the {@code @type} code, if a number
 * @param activityId the activity id cited, if not empty
 */
public record IatiOrgRef(
    Optional<String> ref,
    Optional<String> name,
    Optional<Integer> type,
    Optional<String> activityId) {
  /** Checks that no part is null. */
  public IatiOrgRef {
    checkNotNull(ref, "ref");
    checkNotNull(name, "name");
    checkNotNull(type, "type");
    checkNotNull(activityId, "activityId");
  }

  /** Returns whether nothing identifies the organisation (no ref and no name). */
  public boolean isAnonymous() {
    return ref.isEmpty() && name.isEmpty();
  }

  @Override
  public String toString() {
    return ref.orElse("?") + name.map(n -> " \"" + n + "\"").orElse("");
  }
}
