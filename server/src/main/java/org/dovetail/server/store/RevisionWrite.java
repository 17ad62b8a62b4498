package org.dovetail.server.store;

import java.util.List;
import java.util.Set;

import org.dovetail.server.store.ModelRows.ElementRow;
import org.dovetail.server.store.ModelRows.ValueKey;
import org.dovetail.server.store.ModelRows.ValueRow;

/**
 * Everything one commit writes: the revision, the conflict keys it touched, and the rows that end and begin with it.
 *
 * @param revision        the new revision (its number is the project's head after the write)
 * @param touches         the conflict keys it touched
 * @param removedElements elements that leave the model (their element and value rows end)
 * @param elements        new element rows (created, moved or re-ordered elements; their previous rows end)
 * @param endedValues     feature values that end (changed or unset)
 * @param values          new feature values
 * @param endedFindings   findings that no longer hold (or changed)
 * @param findings        new or changed findings
 */
public record RevisionWrite(StoredRevision revision, List<Touch> touches, Set<String> removedElements, List<ElementRow> elements,
        Set<ValueKey> endedValues, List<ValueRow> values, Set<FindingRow.Key> endedFindings, List<FindingRow> findings) {

    /** A conflict key touched by the revision; {@code deleted} when the element was deleted by it. */
    public record Touch(String elementId, String feature, boolean deleted) {
    }
}
