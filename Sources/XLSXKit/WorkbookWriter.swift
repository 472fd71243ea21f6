import ZipKit

/// Writes worksheets as an Office Open XML workbook (.xlsx, ECMA-376
/// transitional), the XML by hand and the ZIP container through ZipKit.
///
/// Only what a report needs: shared strings, a bold frozen header row,
/// column widths, and cell styles for text (`@`, so an edited code stays
/// text), dates (YYYY-MM-DD) and percentages. No formulas are ever written,
/// so no cell content can become one.
public enum WorkbookWriter {
    /// Indexes into the `cellXfs` list written by `styles`.
    private enum Style: Int {
        case general = 0, header, text, date, percent
    }

    public static func bytes(_ sheets: [Worksheet]) throws(ZipError) -> [UInt8] {
        precondition(!sheets.isEmpty, "a workbook needs at least one sheet")
        var strings = SharedStrings()
        var sheetParts: [[UInt8]] = []
        for (index, sheet) in sheets.enumerated() {
            sheetParts.append(Array(worksheet(sheet, selected: index == 0, strings: &strings).utf8))
        }
        let names = uniqueNames(sheets.map(\.name))

        var zip = ZipWriter()
        try zip.add("[Content_Types].xml", Array(contentTypes(sheetCount: sheets.count).utf8))
        try zip.add("_rels/.rels", Array(packageRelationships.utf8))
        try zip.add("xl/workbook.xml", Array(workbook(names).utf8))
        try zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships(sheetCount: sheets.count).utf8))
        try zip.add("xl/styles.xml", Array(styles.utf8))
        try zip.add("xl/sharedStrings.xml", Array(strings.xml.utf8))
        for (index, part) in sheetParts.enumerated() {
            try zip.add("xl/worksheets/sheet\(index + 1).xml", part)
        }
        return try zip.bytes()
    }

    // MARK: Parts

    private static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func contentTypes(sheetCount: Int) -> String {
        var xml = declaration
        xml += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for index in 1...sheetCount {
            xml += #"<Override PartName="/xl/worksheets/sheet\#(index).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        xml += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        xml += #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
        return xml + "</Types>"
    }

    private static let packageRelationships =
        declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    private static func workbook(_ names: [String]) -> String {
        var xml = declaration + #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)">"#
        xml += #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (index, name) in names.enumerated() {
            xml += #"<sheet name="\#(XMLText.escaped(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return xml + "</sheets></workbook>"
    }

    private static func workbookRelationships(sheetCount: Int) -> String {
        var xml = declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for index in 1...sheetCount {
            xml += #"<Relationship Id="rId\#(index)" Type="\#(relationshipNamespace)/worksheet" Target="worksheets/sheet\#(index).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(relationshipNamespace)/styles" Target="styles.xml"/>"#
        xml += #"<Relationship Id="rId\#(sheetCount + 2)" Type="\#(relationshipNamespace)/sharedStrings" Target="sharedStrings.xml"/>"#
        return xml + "</Relationships>"
    }

    /// Two fonts (regular, bold) and five cell formats, in `Style` order.
    private static let styles =
        declaration + #"<styleSheet xmlns="\#(mainNamespace)">"#
        + #"<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="5">"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>"#
        + #"<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#

    private static func worksheet(_ sheet: Worksheet, selected: Bool, strings: inout SharedStrings) -> String {
        let columnCount = max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0, 1)
        let lastColumn = CellReference.columnName(columnCount - 1)
        var xml = declaration + #"<worksheet xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)">"#
        xml += #"<dimension ref="A1:\#(lastColumn)\#(sheet.rows.count + 1)"/>"#
        // The header row is frozen: it stays in view while the rows scroll.
        xml += #"<sheetViews><sheetView workbookViewId="0"\#(selected ? #" tabSelected="1""# : "")>"#
        xml += #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        xml += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
        xml += #"<sheetFormatPr defaultRowHeight="15"/>"#
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>"
            for (index, width) in sheet.columnWidths.enumerated() {
                xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        xml += #"<row r="1">"#
        for (column, title) in sheet.header.enumerated() {
            xml += #"<c r="\#(CellReference.columnName(column))1" s="\#(Style.header.rawValue)" t="s"><v>\#(strings.index(title))</v></c>"#
        }
        xml += "</row>"
        for (offset, row) in sheet.rows.enumerated() {
            let number = offset + 2
            xml += #"<row r="\#(number)">"#
            for (column, cell) in row.enumerated() {
                let reference = CellReference.columnName(column) + String(number)
                switch cell {
                case .empty:
                    continue
                case .text(let text):
                    xml += #"<c r="\#(reference)" s="\#(Style.text.rawValue)" t="s"><v>\#(strings.index(text))</v></c>"#
                case .integer(let value):
                    xml += #"<c r="\#(reference)"><v>\#(value)</v></c>"#
                case .number(let value):
                    guard value.isFinite else { continue }
                    xml += #"<c r="\#(reference)"><v>\#(value)</v></c>"#
                case .date(let serial):
                    xml += #"<c r="\#(reference)" s="\#(Style.date.rawValue)"><v>\#(serial)</v></c>"#
                case .percent(let fraction):
                    guard fraction.isFinite else { continue }
                    xml += #"<c r="\#(reference)" s="\#(Style.percent.rawValue)"><v>\#(fraction)</v></c>"#
                }
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    /// Names Excel accepts: 1 to 31 characters, none of `: \ / ? * [ ]`, unique ignoring case.
    static func uniqueNames(_ names: [String]) -> [String] {
        var taken: Set<String> = []
        return names.enumerated().map { index, name in
            let forbidden: Set<Character> = [":", "\\", "/", "?", "*", "[", "]"]
            var base = String(name.map { forbidden.contains($0) ? "_" : $0 }.prefix(31))
            if base.isEmpty || base.hasPrefix("'") || base.hasSuffix("'") { base = "Sheet\(index + 1)" }
            var candidate = base
            var counter = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = " (\(counter))"
                candidate = String(base.prefix(31 - suffix.count)) + suffix
                counter += 1
            }
            taken.insert(candidate.lowercased())
            return candidate
        }
    }
}

/// The shared string table: each distinct text once, cells refer to it by index.
struct SharedStrings {
    private var indexes: [String: Int] = [:]
    private var ordered: [String] = []
    private var references = 0

    mutating func index(_ text: String) -> Int {
        references += 1
        if let index = indexes[text] { return index }
        indexes[text] = ordered.count
        ordered.append(text)
        return ordered.count - 1
    }

    var xml: String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(references)" uniqueCount="\#(ordered.count)">"#
        for text in ordered {
            xml += #"<si><t xml:space="preserve">\#(XMLText.escaped(text))</t></si>"#
        }
        return xml + "</sst>"
    }
}
