package org.dovetail.server.db;

/**
 * One of H2's files as it is now.
 *
 * @param name         the file's name
 * @param bytes        its length
 * @param livePercent  the share of live data in its chunks (the rest is free once H2's retention time has passed)
 * @param usedPercent  the share of its length that chunks occupy (the rest is free space H2 reuses)
 */
public record H2File(String name, long bytes, int livePercent, int usedPercent) {
}
