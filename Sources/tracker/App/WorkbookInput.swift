import CSVKit
import TrackerDomain
import TrackerStore
import XLSXKit
import ZipKit

/// A roster workbook (.xlsx) turned into the rows the roster pipeline reads.
///
/// Each cell becomes the text the sheet shows: strings as they are, numbers
/// as their digits (a code typed as a number keeps its digits, never
/// 3.729E+18), dates as YYYY-MM-DD. Every row gets the same width, the
/// sheet's widest, so a row with trailing empty cells is not "ragged".
enum WorkbookInput {
    /// More columns than any roster has; a stray cell far to the right
    /// (XFD1) would otherwise make every row 16,384 cells wide.
    static let maximumColumns = 256

    /// Whether `bytes` (from `path`) should be read as a workbook rather than CSV.
    static func isWorkbook(path: String, bytes: [UInt8]) -> Bool {
        let name = path.lowercased()
        return name.hasSuffix(".xlsx") || name.hasSuffix(".xlsm") || name.hasSuffix(".xls")
            || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])  // a ZIP file: what an .xlsx is
            || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0])  // an old binary .xls
    }

    /// The sheet's rows as records, and the sheet's name.
    static func records(_ bytes: [UInt8], sheet: String?, path: String) throws(TrackerError) -> (records: [CSVRecord], sheet: String) {
        let rows: [SheetRow]
        let name: String
        do {
            let workbook = try Workbook(bytes, limits: .standard)
            rows = try workbook.rows(ofSheet: sheet)
            name = sheet ?? workbook.sheetNames[0]
        } catch {
            throw unreadable(error, path: path)
        }
        let width = (rows.compactMap { $0.cells.last?.column }.max() ?? -1) + 1
        guard width <= maximumColumns else {
            throw TrackerError(.invalidInput,
                en: "sheet \(name) of \(path) has cells in column \(width); a roster has at most \(maximumColumns) columns. Delete the stray cells and save again",
                zh: "\(path) 的工作表 \(name) 在第 \(width) 列有内容；花名册最多 \(maximumColumns) 列。请删除多余单元格后重新保存")
        }
        let records = rows.map { row in
            var fields = [String](repeating: "", count: width)
            for (column, value) in row.cells { fields[column] = text(value) }
            return CSVRecord(line: row.number, fields: fields)
        }
        return (records, name)
    }

    /// What the cell shows, as the roster's checks expect text.
    static func text(_ value: CellValue) -> String {
        switch value {
        case .text(let text), .number(let text), .error(let text): text
        case .boolean(let value): value ? "TRUE" : "FALSE"
        case .date(let serial):
            // Serial 60 is Lotus 1-2-3's 1900-02-29, which never was; days before it are one off.
            CalendarDate(dayNumber: serial - (serial < 61 ? 25568 : 25569)).description
        }
    }

    /// A workbook that cannot be read, said so in one line, with what to do.
    static func unreadable(_ error: WorkbookError, path: String) -> TrackerError {
        let zh: String
        let en: String
        switch error {
        case .legacyExcel:
            en = "\(path) is an old Excel 97-2003 file (.xls); save it as .xlsx (Excel Workbook) or as CSV and import that"
            zh = "\(path) 是旧版 Excel 97-2003 文件（.xls）；请另存为 .xlsx（Excel 工作簿）或 CSV 后再导入"
        case .noSuchSheet(let name, let available):
            en = "\(path) has no sheet named \(name); its sheets are: \(available.joined(separator: ", "))"
            zh = "\(path) 中没有名为“\(name)”的工作表；现有工作表：\(available.joined(separator: "、"))"
        case .container(.encrypted):
            en = "\(path) is password-protected; remove the password in Excel (File > Info > Protect Workbook) and save again"
            zh = "\(path) 设有密码；请在 Excel 中取消密码保护后重新保存"
        case .container(.entryTooLarge), .container(.archiveTooLarge):
            en = "\(path) is refused: \(error.description) (a damaged file or a zip bomb); a roster sheet is far smaller"
            zh = "\(path) 已拒绝：解压后过大，文件已损坏或为恶意压缩包（zip 炸弹）；正常花名册远小于此"
        case .container:
            en = "\(path) is not a readable .xlsx file: \(error.description); open it in Excel and save it again as .xlsx"
            zh = "\(path) 不是可读取的 .xlsx 文件（已损坏、不完整或不是工作簿）；请用 Excel 打开后重新另存为 .xlsx"
        case .xml(_, let xml) where xml.reason == .doctype:
            en = "\(path) is refused: \(error.description); workbooks never need one, so this file is damaged or hostile"
            zh = "\(path) 已拒绝：含有 DOCTYPE 声明（可用于实体扩展攻击）；正常工作簿不含此内容，文件已损坏或为恶意文件"
        case .xml, .missingPart, .invalid:
            en = "\(path) is not a readable .xlsx file: \(error.description); open it in Excel and save it again as .xlsx"
            zh = "\(path) 不是可读取的 .xlsx 文件（已损坏、不完整或不是工作簿）；请用 Excel 打开后重新另存为 .xlsx"
        }
        return TrackerError(.invalidInput, en: en, zh: zh)
    }
}
