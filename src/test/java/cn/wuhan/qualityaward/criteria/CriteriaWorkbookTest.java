package cn.wuhan.qualityaward.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhan.qualityaward.common.FieldProblem;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.criteria.rubric.Rubric;
import cn.wuhan.qualityaward.criteria.rubric.RubricLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CriteriaWorkbookTest {

    private static final CriteriaDocument SHIPPED = new CriteriaDocument("征求意见稿", RubricLoader.load());

    @Test
    void theShippedRubricWrittenAndReadBackIsTheSameDocument() {
        assertThat(read(CriteriaWorkbook.write(SHIPPED))).isEqualTo(SHIPPED);
    }

    @Test
    void textThatASpreadsheetWouldTakeForAFormulaComesBackAsTyped() {
        ObjectNode tree = new ObjectMapper().valueToTree(RubricLoader.load());
        ((ObjectNode) tree.at("/commonParts/0/dimensions/0/items/0")).put("text", "=HYPERLINK(\"x\")");
        Rubric rubric = CriteriaValidator.normalize(
                        new CriteriaDocument("x", new ObjectMapper().convertValue(tree, Rubric.class)))
                .rubric();
        CriteriaDocument document = new CriteriaDocument("=1+1", rubric);

        byte[] written = CriteriaWorkbook.write(document);

        assertThat(read(written)).isEqualTo(document);
        assertThat(cell(written, CriteriaWorkbook.VERSION, 1, 1).getCellStyle().getQuotePrefixed())
                .isTrue();
    }

    @Test
    void rowsOfOnePartThatDisagreeOnItsPointsAreRefusedWithTheRow() {
        byte[] edited = edit(
                CriteriaWorkbook.write(SHIPPED),
                CriteriaWorkbook.ITEMS,
                sheet -> sheet.getRow(3).getCell(3).setCellValue(16));

        assertThat(problems(edited)).containsExactly("工作表“评分细则”第4行：部分分值与第2行不一致");
    }

    @Test
    void aTrackCodeMissingFromTheTrackSheetIsRefusedWithTheRow() {
        byte[] edited = edit(CriteriaWorkbook.write(SHIPPED), CriteriaWorkbook.ITEMS, sheet -> {
            for (Row row : sheet) {
                if ("STAFF".equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(0).setCellValue("STAF");
                }
            }
        });

        assertThat(problems(edited)).containsExactly("工作表“评分细则”第63行：类别编号“STAF”不在工作表“评审类别”中");
    }

    @Test
    void aWorkbookWithoutTheItemSheetIsRefused() {
        byte[] edited = edit(
                CriteriaWorkbook.write(SHIPPED),
                CriteriaWorkbook.ITEMS,
                sheet -> sheet.getWorkbook().setSheetName(sheet.getWorkbook().getSheetIndex(sheet), "细则"));

        assertThat(problems(edited)).containsExactly("缺少工作表“评分细则”");
    }

    private static CriteriaDocument read(byte[] workbook) {
        return CriteriaWorkbook.read(new ByteArrayInputStream(workbook));
    }

    private static List<String> problems(byte[] workbook) {
        try {
            read(workbook);
        } catch (InvalidInputException e) {
            assertThat(e.problems()).extracting(FieldProblem::field).containsOnly("file");
            return e.problems().stream().map(FieldProblem::message).toList();
        }
        throw new AssertionError("the workbook was read without a problem");
    }

    private static Cell cell(byte[] workbook, String sheet, int row, int column) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            return book.getSheet(sheet).getRow(row).getCell(column);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] edit(byte[] workbook, String sheet, Consumer<Sheet> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book.getSheet(sheet));
            book.write(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aWorkbookThatIsNotOneIsRefused() {
        assertThatThrownBy(() -> read(new byte[] {'P', 'K', 3, 4, 0}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("文件不是有效的.xlsx工作簿，请使用导出的评定标准模板");
    }
}
