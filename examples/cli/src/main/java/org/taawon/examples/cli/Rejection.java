package org.taawon.examples.cli;

/** An event the rules refused (SETTLEMENT.md §6): its 0-based index in the file and the reason code. */
record Rejection(int event, String reason) {
}
