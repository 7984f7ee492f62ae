package cn.kaifeng.tfs.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.budget.domain.DistrictExecution;
import cn.kaifeng.tfs.budget.domain.ExecutionTable;
import cn.kaifeng.tfs.budget.domain.ExecutionTable.DistrictFigures;
import cn.kaifeng.tfs.budget.domain.ExecutionTable.ProgramBudget;
import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 预算执行 per program, district and year: exact sums in fen, rates of the program's budget, totals, the CSV. */
class ExecutionTableTest {

    /** Program A: 1,000,000.00 in two rounds' books; two districts and one award without a district. B: no award. */
    private static final List<ProgramBudget> BUDGETS = List.of(
            new ProgramBudget("A", 2026, 600_000_00L),
            new ProgramBudget("A", 2026, 400_000_00L),
            new ProgramBudget("B", 2026, 300_000_00L));

    private static final List<DistrictFigures> FIGURES = List.of(
            new DistrictFigures("A", 2026, "GULOU", 100_000_00L, 200_000_00L, 0),
            new DistrictFigures("A", 2026, "GULOU", 0, 33_333_33L, 1_00L),
            new DistrictFigures("A", 2026, "LANKAO", 50_000_00L, 66_666_67L, 10_000_00L),
            new DistrictFigures("A", 2026, null, 0, 1L, 0));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            nullValues = "NULL",
            value = {
                // program, district, budget, committed, paid, recovered, rate
                "A, GULOU, 1000000.00, 100000.00, 233333.33, 1.00, 23.33",
                "A, LANKAO, 1000000.00, 50000.00, 66666.67, 10000.00, 6.67",
                "A, UNKNOWN, 1000000.00, 0.00, 0.01, 0.00, 0.00",
                "B, NULL, 300000.00, 0.00, 0.00, 0.00, 0.00",
            })
    void eachRowSumsItsDistrictsFiguresAgainstTheProgramsWholeBudget(
            String program,
            String district,
            String budget,
            String committed,
            String paid,
            String recovered,
            String rate) {
        DistrictExecution row = ExecutionTable.of(BUDGETS, FIGURES, null, null).rows().stream()
                .filter(r -> r.programCode().equals(program))
                .filter(r -> district == null ? r.district() == null : district.equals(r.district()))
                .findFirst()
                .orElseThrow();
        assertEquals(Money.ofYuan(budget), row.budget());
        assertEquals(Money.ofYuan(committed), row.committed());
        assertEquals(Money.ofYuan(paid), row.paid());
        assertEquals(Money.ofYuan(recovered), row.recovered());
        assertEquals(new BigDecimal(rate), row.rate(), "scale 2, half up");
    }

    @Test
    void theTotalsCountEachProgramsBudgetOnce() {
        ExecutionTable.Totals t =
                ExecutionTable.of(BUDGETS, FIGURES, null, null).totals();
        assertEquals(Money.ofYuan("1300000.00"), t.budget());
        assertEquals(Money.ofYuan("150000.00"), t.committed());
        assertEquals(Money.ofYuan("300000.01"), t.paid());
        assertEquals(Money.ofYuan("10001.00"), t.recovered());
        assertEquals(new BigDecimal("23.08"), t.rate());
    }

    @ParameterizedTest(name = "program {0}, district {1}: {2} rows")
    @CsvSource(
            nullValues = "NULL",
            value = {"NULL, NULL, 4", "A, NULL, 3", "B, NULL, 1", "NULL, GULOU, 1", "B, GULOU, 0", "NULL, UNKNOWN, 1"})
    void theFiltersNarrowTheRows(String program, String district, int rows) {
        assertEquals(
                rows,
                ExecutionTable.of(BUDGETS, FIGURES, program, district).rows().size());
    }

    @Test
    void withoutABudgetThereIsNoRate() {
        ExecutionTable table = ExecutionTable.of(
                List.of(), List.of(new DistrictFigures("C", 2026, "QIXIAN", 0, 5_00L, 0)), null, null);
        assertNull(table.rows().get(0).rate());
        assertNull(table.totals().rate());
    }

    @Test
    void theCsvHasEveryRowAndTheTotalsAndNoNameIsAFormula() {
        byte[] csv = ExecutionTable.of(BUDGETS, FIGURES, "A", "GULOU")
                .csv(code -> "=HYPERLINK(\"http://x\",\"" + code + "\")", district -> "+" + district);
        String text = new String(csv, StandardCharsets.UTF_8);
        String[] lines = text.substring(1).split("\r\n");
        assertTrue(text.startsWith("\uFEFF"), "a byte order mark for spreadsheets");
        assertEquals(ExecutionTable.CSV_HEADER, lines[0]);
        assertEquals(
                "A,\"'=HYPERLINK(\"\"http://x\"\",\"\"A\"\")\",2026,'+GULOU,1000000.00,100000.00,233333.33,1.00,23.33",
                lines[1]);
        assertEquals("TOTAL,,,,1000000.00,100000.00,233333.33,1.00,23.33", lines[2]);
        assertEquals(3, lines.length);
    }
}
