package cn.wuhan.qualityaward.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The ranking as an .xlsx workbook with Chinese headers, one row per nominee. */
public final class RankingWorkbook {

    static final List<String> HEADERS = List.of(
            "名次",
            "申报编号",
            "被推荐人",
            "评审类别",
            "最终得分",
            "中位数",
            "去极值平均分",
            "极差",
            "评分表数",
            "是否合议",
            "各专家总分",
            "并列",
            "关键要求小计（并列时排序）",
            "评选结果");

    private static final int ROWS_IN_MEMORY = 200;

    private RankingWorkbook() {}

    public static byte[] write(String cycleName, List<RankingEntry> ranking) {
        // streamed: only a window of rows is kept in memory, so a cycle of thousands exports quickly
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("评审排名");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(SpreadsheetCells.text(cycleName + " 评审排名"));
            Row header = sheet.createRow(1);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            int r = 2;
            for (RankingEntry e : ranking) {
                Row row = sheet.createRow(r++);
                // the rank stays a number, so the sheet sorts and filters; the tie is marked in its own column
                row.createCell(0).setCellValue(e.rank());
                row.createCell(1).setCellValue(SpreadsheetCells.text(e.referenceNo()));
                row.createCell(2).setCellValue(SpreadsheetCells.text(e.nomineeName()));
                row.createCell(3).setCellValue(e.track());
                number(row.createCell(4), e.finalScore());
                number(row.createCell(5), e.median());
                number(row.createCell(6), e.trimmedMean());
                number(row.createCell(7), e.spread());
                row.createCell(8).setCellValue(e.sheets());
                row.createCell(9).setCellValue(e.moderated() ? "是" : "否");
                row.createCell(10)
                        .setCellValue(SpreadsheetCells.text(String.join(
                                "；",
                                e.sheetTotals().stream()
                                        .map(t -> t.expert() + "："
                                                + t.total().stripTrailingZeros().toPlainString())
                                        .toList())));
                row.createCell(11).setCellValue(e.tied() ? "并列" : "");
                number(row.createCell(12), e.keySubtotal());
                row.createCell(13).setCellValue(e.outcome() == null ? "" : e.outcome());
            }
            for (int i = 0; i < HEADERS.size(); i++) {
                sheet.setColumnWidth(i, 14 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void number(Cell cell, BigDecimal value) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }
}
