package cn.wuhan.qualityaward.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A workbook's cells as text, sheet by sheet and row by row, as a person reads them. */
public final class XlsxCells {

    private final Map<String, List<List<String>>> sheets;

    private XlsxCells(Map<String, List<List<String>>> sheets) {
        this.sheets = sheets;
    }

    public static XlsxCells read(byte[] xlsx) {
        DataFormatter formatter = new DataFormatter();
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < row.getLastCellNum(); c++) {
                            Cell cell = row.getCell(c);
                            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                        }
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new XlsxCells(sheets);
    }

    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    public List<List<String>> rows(String sheet) {
        List<List<String>> rows = sheets.get(sheet);
        if (rows == null) {
            throw new IllegalArgumentException("no sheet " + sheet + " in " + sheets.keySet());
        }
        return rows;
    }

    /** The row whose first cell is {@code label}. */
    public List<String> rowLabelled(String sheet, String label) {
        return rows(sheet).stream()
                .filter(r -> !r.isEmpty() && r.get(0).equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + label + " in " + sheet));
    }

    /** Every cell of every sheet, to check what a reader can never find in it. */
    public String allText() {
        StringBuilder text = new StringBuilder();
        sheets.values()
                .forEach(rows ->
                        rows.forEach(r -> text.append(String.join("\t", r)).append('\n')));
        return text.toString();
    }
}
