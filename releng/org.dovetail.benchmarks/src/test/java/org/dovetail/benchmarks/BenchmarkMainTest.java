package org.dovetail.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the benchmark once at its smallest size with a tiny iteration count, for correctness only (no timing
 * assertions): the three implementations find the same number of findings, and incremental revalidation ends
 * equal to a full run.
 */
class BenchmarkMainTest {

    @Test
    void threeImplementationsAgreeAtTheSmallestSize() {
        BenchmarkMain.Row row = BenchmarkMain.run(10_000, new BenchmarkMain.Options(0, 1, 20));
        System.out.println(BenchmarkMain.table(List.of(row)));
        int dovetail = row.get("Dovetail RuleEngine").findings();
        assertTrue(dovetail > 100, "the generated model has gaps: " + dovetail);
        assertEquals(dovetail, row.get("EMF Diagnostician").findings(), "Diagnostician");
        assertEquals(dovetail, row.get("Epsilon EVL").findings(), "EVL");
        assertTrue(row.incrementalEqualsFull(), "incremental result equals a full run after the changes");
        assertTrue(row.elements() >= 10_000 && row.elements() < 10_500, "size " + row.elements());
    }

    @Test
    void sizesReadLikePeopleWriteThem() {
        assertEquals(10_000, BenchmarkMain.size("10k"));
        assertEquals(1_000_000, BenchmarkMain.size("1M"));
        assertEquals(2_500, BenchmarkMain.size("2500"));
    }
}
