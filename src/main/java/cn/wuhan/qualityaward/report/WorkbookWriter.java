package cn.wuhan.qualityaward.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the office's workbooks row by row: text goes in as text with formulas neutralised,
 * numbers as numbers, headers in bold.
 */
final class WorkbookWriter implements AutoCloseable {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle bold;
    private Sheet sheet;
    private int nextRow;

    WorkbookWriter() {
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
    }

    WorkbookWriter sheet(String name, int... columnWidths) {
        sheet = workbook.createSheet(name);
        nextRow = 0;
        for (int i = 0; i < columnWidths.length; i++) {
            sheet.setColumnWidth(i, columnWidths[i] * 256);
        }
        return this;
    }

    WorkbookWriter header(List<String> titles) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < titles.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(SpreadsheetCells.text(titles.get(i)));
            cell.setCellStyle(bold);
        }
        return this;
    }

    /** One row; each value is a String, a Number, a Boolean (是/否) or null (an empty cell). */
    WorkbookWriter row(Object... values) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof BigDecimal decimal) {
                cell.setCellValue(decimal.doubleValue());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag ? "是" : "否");
            } else {
                cell.setCellValue(SpreadsheetCells.text(value.toString()));
            }
        }
        return this;
    }

    WorkbookWriter blankRow() {
        nextRow++;
        return this;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
