package ai.hrflow.connectors.docs;

/**
 * One row of a reference parameter table, every cell already rendered as the reference shows it.
 *
 * @param type the type cell without its back-quotes; {@code |} already escaped
 */
record TableRow(String name, boolean required, String type, String defaultCell, String description) {
}
