package cn.wuhan.qualityaward.report;

/**
 * Text as it may go into a spreadsheet cell: a value that a spreadsheet would read as a formula
 * (=, +, -, @, or a leading tab or carriage return) is kept as text behind an apostrophe.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
    }
}
