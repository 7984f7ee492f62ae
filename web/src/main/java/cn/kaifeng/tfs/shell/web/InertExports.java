package cn.kaifeng.tfs.shell.web;

import cn.kaifeng.tfs.shared.domain.SpreadsheetText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.concurrent.atomic.AtomicBoolean;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.datatable.export.DataTableExcelXStreamExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;

/**
 * PrimeFaces' table exporters with every text cell made inert ({@link SpreadsheetText}), registered at start as the
 * export types {@value #CSV} and {@value #XLSX}: a page writes {@code <p:dataExporter type="inert-csv" .../>}, so
 * that an organisation named {@code =HYPERLINK(...)} is a name in the reviewer's spreadsheet, not a formula.
 * (PrimeFaces 15 picks an exporter by type from its application's registry. The registry can only be made during a
 * request: while Faces starts, PrimeFaces' configuration asks the servlet context for what a listener added by code
 * may not ask. So the types are registered before the first request's view is restored, once per node; a
 * phase listener in faces-config.xml.)
 */
public class InertExports implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** The registry is the node's own, so is the note that it is filled. */
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    public static final String CSV = "inert-csv";
    public static final String XLSX = "inert-xlsx";

    /**
     * Registers on the first request the node restores a view for. An export is always a later request (a postback
     * of a rendered table), so no request can need the types before the first one has registered them.
     */
    @Override
    public void beforePhase(PhaseEvent event) {
        if (REGISTERED.compareAndSet(false, true)) {
            DataExporters.register(DataTable.class, Csv.class, CSV);
            DataExporters.register(DataTable.class, Xlsx.class, XLSX);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    static ColumnValue inert(ColumnValue value) {
        return value != null && value.getValue() instanceof String text
                ? ColumnValue.of(SpreadsheetText.inert(text))
                : value;
    }

    /** CSV, as PrimeFaces writes it, with inert text cells. */
    public static final class Csv extends DataTableCSVExporter {
        @Override
        protected void exportCellValue(
                FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
            super.exportCellValue(context, table, column, inert(value), index);
        }
    }

    /** Excel (streamed xlsx), as PrimeFaces writes it, with inert text cells. */
    public static final class Xlsx extends DataTableExcelXStreamExporter {
        @Override
        protected void exportCellValue(
                FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
            super.exportCellValue(context, table, column, inert(value), index);
        }
    }
}
