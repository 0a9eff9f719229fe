package dev.gofit.hiring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV cell guard on its own, without booting. */
class ChecklistExporterTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaGetALeadingApostrophe() {
        assertThat(ChecklistExporter.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(ChecklistExporter.cell("+1")).isEqualTo("'+1");
        assertThat(ChecklistExporter.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(ChecklistExporter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ChecklistExporter.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(ChecklistExporter.cell("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void ordinaryCellsAreLeftAlone() {
        assertThat(ChecklistExporter.cell("Concurrency mastery")).isEqualTo("Concurrency mastery");
        assertThat(ChecklistExporter.cell("a=b")).isEqualTo("a=b");
        assertThat(ChecklistExporter.cell("")).isEmpty();
        assertThat(ChecklistExporter.cell(null)).isNull();
    }
}
