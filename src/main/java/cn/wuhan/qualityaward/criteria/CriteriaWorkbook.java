package cn.wuhan.qualityaward.criteria;

import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.common.Problems;
import cn.wuhan.qualityaward.criteria.rubric.Rubric;
import cn.wuhan.qualityaward.criteria.rubric.RubricCondition;
import cn.wuhan.qualityaward.criteria.rubric.RubricDimension;
import cn.wuhan.qualityaward.criteria.rubric.RubricItem;
import cn.wuhan.qualityaward.criteria.rubric.RubricPart;
import cn.wuhan.qualityaward.criteria.rubric.RubricTrack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The .xlsx template of a criteria version, so that the office edits the rubric in Excel or WPS:
 * exported filled with a version ({@link #write}), imported back as a draft ({@link #read}). Sheets
 * and columns (the README lists them too):
 *
 * <ul>
 *   <li>{@value #VERSION}: 项目 | 内容, the rows 版本名称, 标题, 版次, 总分;
 *   <li>{@value #ITEMS}: one row per item, in order — 类别编号 ({@value #COMMON} for the parts every
 *       track scores, else the track's code), 部分编号, 部分名称, 部分分值, 维度编号, 维度名称, 维度分值, 细则编号,
 *       小标题, 细则内容, 分值, 分值说明; a part's and a dimension's name and points repeat on each of its rows;
 *   <li>{@value #TRACKS}: 类别编号 | 类别名称 | 分值 | 适用范围 | 参照规则 | 参照类别 (codes separated by commas);
 *   <li>{@value #CONDITIONS}: 类别编号 | 条件编号 | 条件内容, the conditions of 其他人员;
 *   <li>{@value #HELP}: these instructions, not read back.
 * </ul>
 *
 * Reading reports every problem of the workbook at once, by sheet and row, before the rubric it holds
 * is checked by {@link CriteriaValidator}.
 */
public final class CriteriaWorkbook {

    static final String HELP = "说明";
    static final String VERSION = "版本";
    static final String ITEMS = "评分细则";
    static final String TRACKS = "评审类别";
    static final String CONDITIONS = "申报条件";
    /** The track code of the parts every track scores (基本条件, 职业素养). */
    static final String COMMON = "通用";

    static final List<String> ITEM_COLUMNS =
            List.of("类别编号", "部分编号", "部分名称", "部分分值", "维度编号", "维度名称", "维度分值", "细则编号", "小标题", "细则内容", "分值", "分值说明");
    static final List<String> TRACK_COLUMNS = List.of("类别编号", "类别名称", "分值", "适用范围", "参照规则", "参照类别");
    static final List<String> CONDITION_COLUMNS = List.of("类别编号", "条件编号", "条件内容");

    /** A rubric has some 100 rows; far more is not a rubric. */
    private static final int MAX_ROWS = 2000;

    private CriteriaWorkbook() {}

    /** The template filled with {@code version}, as .xlsx bytes. */
    public static byte[] write(CriteriaDocument version) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer writer = new Writer(workbook);
            Rubric rubric = version.rubric();

            writer.sheet(HELP, 100);
            for (String line : List.of(
                    "评定标准版本导入模板。修改后在“评定标准版本”中导入，成为新的草稿；草稿经检查、发布后方可用于新的评选周期。",
                    "“版本”：版本名称（例如“2026 试行”）、标题、版次、总分（100）。",
                    "“评分细则”：每行一项细则，按顺序排列。类别编号填“通用”表示各类别共同的部分（基本条件、职业素养），"
                            + "填 SENIOR_MANAGER、MIDDLE_MANAGER 或 STAFF 表示该类别的关键要求。部分、维度的名称和分值在其每一行重复填写。",
                    "编号（部分编号、维度编号、细则编号、条件编号）以英文字母开头，只含英文字母、数字和下划线；同一评分表内细则编号不得重复。",
                    "分值：各项之和等于维度分值，各维度之和等于部分分值，每个类别的评分表合计100分；细则分值为0.5分的整数倍。",
                    "“评审类别”：四个类别各一行；其他人员（OTHER）填适用范围、参照规则和参照类别（以逗号分隔的类别编号）。",
                    "“申报条件”：其他人员的申报条件，每行一条，至少一条。")) {
                writer.row(line);
            }

            writer.sheet(VERSION, 12, 60);
            writer.header(List.of("项目", "内容"));
            writer.row("版本名称", version.label());
            writer.row("标题", rubric.title());
            writer.row("版次", rubric.edition());
            writer.row("总分", rubric.totalPoints());

            writer.sheet(ITEMS, 16, 14, 16, 8, 16, 24, 8, 20, 10, 80, 6, 40);
            writer.header(ITEM_COLUMNS);
            for (RubricPart part : rubric.commonParts()) {
                writeItems(writer, COMMON, part);
            }
            for (RubricTrack track : rubric.tracks()) {
                if (track.keyPart() != null) {
                    writeItems(writer, track.id(), track.keyPart());
                }
            }

            writer.sheet(TRACKS, 16, 12, 6, 80, 30, 40);
            writer.header(TRACK_COLUMNS);
            for (RubricTrack track : rubric.tracks()) {
                writer.row(
                        track.id(),
                        track.name(),
                        track.points(),
                        track.scope(),
                        track.referenceRule(),
                        track.referenceTracks() == null ? null : String.join(",", track.referenceTracks()));
            }

            writer.sheet(CONDITIONS, 16, 16, 100);
            writer.header(CONDITION_COLUMNS);
            for (RubricTrack track : rubric.tracks()) {
                if (track.conditions() != null) {
                    for (RubricCondition condition : track.conditions()) {
                        writer.row(track.id(), condition.id(), condition.text());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeItems(Writer writer, String trackId, RubricPart part) {
        for (RubricDimension dimension : part.dimensions()) {
            for (RubricItem item : dimension.items()) {
                writer.row(
                        trackId,
                        part.id(),
                        part.name(),
                        part.points(),
                        dimension.id(),
                        dimension.name(),
                        dimension.points(),
                        item.id(),
                        item.heading(),
                        item.text(),
                        item.points(),
                        item.pointsNote());
            }
        }
    }

    /**
     * The version a filled template holds, not yet checked by {@link CriteriaValidator}.
     *
     * @throws InvalidInputException (field {@code file}) with every problem of the workbook: not an
     *     .xlsx, a sheet missing, a number that is not one, a part or dimension whose rows disagree
     */
    public static CriteriaDocument read(InputStream xlsx) {
        Problems problems = new Problems();
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            CriteriaDocument document = new Reader(workbook, problems).document();
            problems.throwIfAny();
            return document;
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException notAWorkbook) {
            // POI reports a file that is no workbook (or a zip bomb) with exceptions of many kinds
            throw InvalidInputException.of("file", "NOT_XLSX", "文件不是有效的.xlsx工作簿，请使用导出的评定标准模板");
        }
    }

    /** Reads the sheets into a rubric, noting each problem with its sheet and row. */
    private static final class Reader {

        private final Workbook workbook;
        private final Problems problems;

        Reader(Workbook workbook, Problems problems) {
            this.workbook = workbook;
            this.problems = problems;
        }

        CriteriaDocument document() {
            Sheet version = sheet(VERSION);
            Sheet items = sheet(ITEMS);
            Sheet tracks = sheet(TRACKS);
            Sheet conditions = sheet(CONDITIONS);
            if (version == null || items == null || tracks == null || conditions == null) {
                return null;
            }
            Map<String, String> settings = new LinkedHashMap<>();
            Map<String, Integer> settingRows = new LinkedHashMap<>();
            for (Row row : rows(version)) {
                String name = text(row, 0);
                if (name != null) {
                    settings.put(name, text(row, 1));
                    settingRows.put(name, row.getRowNum());
                }
            }
            Integer totalPoints = null;
            if (settingRows.containsKey("总分")) {
                totalPoints = whole(version, version.getRow(settingRows.get("总分")), 1, "总分");
            } else {
                problem(VERSION, null, "缺少“总分”一行");
            }

            Map<String, List<Row>> rowsByTrack = new LinkedHashMap<>();
            for (Row row : rows(items)) {
                String trackId = text(row, 0);
                if (trackId == null) {
                    problem(ITEMS, row, "请填写类别编号（通用部分填“" + COMMON + "”）");
                    continue;
                }
                rowsByTrack.computeIfAbsent(trackId, t -> new ArrayList<>()).add(row);
            }
            List<RubricPart> commonParts = parts(items, rowsByTrack.getOrDefault(COMMON, List.of()));

            Map<String, List<RubricCondition>> conditionsByTrack = new LinkedHashMap<>();
            for (Row row : rows(conditions)) {
                conditionsByTrack
                        .computeIfAbsent(Objects.toString(text(row, 0), ""), t -> new ArrayList<>())
                        .add(new RubricCondition(text(row, 1), text(row, 2)));
            }

            List<RubricTrack> trackList = new ArrayList<>();
            List<String> known = new ArrayList<>();
            for (Row row : rows(tracks)) {
                String id = text(row, 0);
                known.add(id);
                List<Row> keyRows = rowsByTrack.getOrDefault(id, List.of());
                List<RubricPart> keyParts = parts(items, keyRows);
                if (keyParts.size() > 1) {
                    problem(ITEMS, keyRows.get(0), "类别“" + id + "”的关键要求只能是一个部分（部分编号相同）");
                }
                String references = text(row, 5);
                trackList.add(new RubricTrack(
                        id,
                        text(row, 1),
                        whole(tracks, row, 2, "分值"),
                        keyParts.isEmpty() ? null : keyParts.get(0),
                        text(row, 3),
                        text(row, 4),
                        references == null
                                ? null
                                : Arrays.stream(references.split("[,，、\\s]+"))
                                        .filter(s -> !s.isEmpty())
                                        .toList(),
                        conditionsByTrack.get(Objects.toString(id, ""))));
            }
            rowsByTrack.forEach((trackId, rows) -> {
                if (!trackId.equals(COMMON) && !known.contains(trackId)) {
                    problem(ITEMS, rows.get(0), "类别编号“" + trackId + "”不在工作表“" + TRACKS + "”中");
                }
            });
            conditionsByTrack.forEach((trackId, list) -> {
                if (!known.contains(trackId)) {
                    problem(CONDITIONS, null, "类别编号“" + trackId + "”不在工作表“" + TRACKS + "”中");
                }
            });
            Rubric rubric = new Rubric(
                    settings.get("标题"),
                    settings.get("版次"),
                    totalPoints == null ? 0 : totalPoints,
                    commonParts,
                    trackList);
            return new CriteriaDocument(settings.get("版本名称"), rubric);
        }

        /** The parts of a track's rows, in the order they first appear, each row one item. */
        private List<RubricPart> parts(Sheet sheet, List<Row> rows) {
            Map<String, PartRows> parts = new LinkedHashMap<>();
            for (Row row : rows) {
                String partId = Objects.toString(text(row, 1), "");
                PartRows part = parts.computeIfAbsent(partId, id -> new PartRows(row));
                same(sheet, row, part.first, 2, "部分名称");
                same(sheet, row, part.first, 3, "部分分值");
                String dimensionId = Objects.toString(text(row, 4), "");
                DimensionRows dimension = part.dimensions.computeIfAbsent(dimensionId, id -> new DimensionRows(row));
                same(sheet, row, dimension.first, 5, "维度名称");
                same(sheet, row, dimension.first, 6, "维度分值");
                dimension.items.add(new RubricItem(
                        text(row, 7), text(row, 8), text(row, 9), number(sheet, row, 10, "分值"), text(row, 11)));
            }
            List<RubricPart> result = new ArrayList<>();
            parts.forEach((partId, part) -> {
                List<RubricDimension> dimensions = new ArrayList<>();
                part.dimensions.forEach((dimensionId, dimension) -> dimensions.add(new RubricDimension(
                        text(dimension.first, 4),
                        text(dimension.first, 5),
                        number(sheet, dimension.first, 6, "维度分值"),
                        dimension.items)));
                result.add(new RubricPart(
                        text(part.first, 1), text(part.first, 2), number(sheet, part.first, 3, "部分分值"), dimensions));
            });
            return result;
        }

        private void same(Sheet sheet, Row row, Row first, int column, String what) {
            if (row != first && !Objects.equals(text(row, column), text(first, column))) {
                problem(sheet.getSheetName(), row, what + "与第" + (first.getRowNum() + 1) + "行不一致");
            }
        }

        private Sheet sheet(String name) {
            Sheet sheet = workbook.getSheet(name);
            if (sheet == null) {
                problems.add("file", "XLSX_SHEET_MISSING", "缺少工作表“" + name + "”");
            } else if (sheet.getLastRowNum() > MAX_ROWS) {
                problems.add("file", "XLSX_TOO_LARGE", "工作表“" + name + "”超过" + MAX_ROWS + "行");
                return null;
            }
            return sheet;
        }

        /** The rows below the header that hold anything. */
        private static List<Row> rows(Sheet sheet) {
            List<Row> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && !blank(row)) {
                    rows.add(row);
                }
            }
            return rows;
        }

        private static boolean blank(Row row) {
            for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                if (text(row, c) != null) {
                    return false;
                }
            }
            return true;
        }

        private BigDecimal number(Sheet sheet, Row row, int column, String what) {
            Cell cell = row.getCell(column);
            if (cell == null) {
                return null;
            }
            CellType type =
                    cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.NUMERIC) {
                return CriteriaValidator.number(BigDecimal.valueOf(cell.getNumericCellValue()));
            }
            String text = text(row, column);
            if (text == null) {
                return null;
            }
            try {
                return CriteriaValidator.number(new BigDecimal(text));
            } catch (NumberFormatException notANumber) {
                problem(sheet.getSheetName(), row, what + "“" + text + "”不是数字");
                return null;
            }
        }

        private Integer whole(Sheet sheet, Row row, int column, String what) {
            BigDecimal number = number(sheet, row, column, what);
            if (number == null) {
                return null;
            }
            try {
                return number.intValueExact();
            } catch (ArithmeticException notWhole) {
                problem(sheet.getSheetName(), row, what + "应为整数");
                return null;
            }
        }

        private void problem(String sheet, Row row, String message) {
            String where = "工作表“" + sheet + "”" + (row == null ? "" : "第" + (row.getRowNum() + 1) + "行");
            problems.add("file", "XLSX_CELL", where + "：" + message);
        }

        /** A cell as text, stripped; null when it is empty. Numbers read as they show (1, not 1.0). */
        static String text(Row row, int column) {
            Cell cell = row.getCell(column);
            if (cell == null) {
                return null;
            }
            CellType type =
                    cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            String value = switch (type) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC ->
                    CriteriaValidator.number(BigDecimal.valueOf(cell.getNumericCellValue()))
                            .toPlainString();
                case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                default -> null;
            };
            if (value == null) {
                return null;
            }
            String stripped = value.strip();
            return stripped.isEmpty() ? null : stripped;
        }
    }

    private static final class PartRows {
        final Row first;
        final Map<String, DimensionRows> dimensions = new LinkedHashMap<>();

        PartRows(Row first) {
            this.first = first;
        }
    }

    private static final class DimensionRows {
        final Row first;
        final List<RubricItem> items = new ArrayList<>();

        DimensionRows(Row first) {
            this.first = first;
        }
    }

    /** Writes rows: text as text (marked so that a spreadsheet never reads it as a formula), numbers as numbers. */
    private static final class Writer {

        private final XSSFWorkbook workbook;
        private final CellStyle text;
        private final CellStyle bold;
        private Sheet sheet;
        private int nextRow;

        Writer(XSSFWorkbook workbook) {
            this.workbook = workbook;
            text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            text.setWrapText(true);
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
        }

        void sheet(String name, int... widths) {
            sheet = workbook.createSheet(name);
            nextRow = 0;
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
        }

        void header(List<String> titles) {
            Row row = sheet.createRow(nextRow++);
            for (int i = 0; i < titles.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(titles.get(i));
                cell.setCellStyle(bold);
            }
        }

        void row(Object... values) {
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
                } else {
                    cell.setCellValue(value.toString());
                    cell.setCellStyle(text);
                }
            }
        }
    }
}
