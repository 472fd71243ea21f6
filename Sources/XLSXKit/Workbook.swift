import ZipKit

/// An .xlsx workbook opened for reading: its sheets by name, and each
/// sheet's rows with typed cells.
///
/// Reads what Excel, WPS and LibreOffice write: shared and inline strings
/// (phonetic guides left out), number formats that make a number a date or
/// pad a code with zeros, the 1904 date system, formulas by their cached
/// result. Every part goes through `XMLPullParser`, which refuses DTDs, and
/// the container through `ZipArchive` with its size limits.
public struct Workbook: Sendable {
    /// Sheet names in workbook order (the order of the tabs).
    public let sheetNames: [String]
    private let sheetParts: [String]
    private let archive: ZipArchive
    private let sharedStrings: [String]
    /// The number format of each cell style (`s` attribute) by index.
    private let styleFormats: [NumberFormat]
    /// Days to add to a 1904-system serial to get a 1900-system one.
    private let dateOffset: Int

    public init(_ bytes: [UInt8], limits: ZipLimits = .standard) throws(WorkbookError) {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .legacyExcel }
        do {
            archive = try ZipArchive(bytes, limits: limits)
        } catch {
            throw .container(error)
        }
        let archive = archive
        func part(_ name: String) throws(WorkbookError) -> [UInt8]? {
            guard let entry = archive.entry(named: name) else { return nil }
            do { return try archive.contents(of: entry) } catch { throw .container(error) }
        }

        // The package relationships name the workbook part (xl/workbook.xml by convention).
        var workbookPart = "xl/workbook.xml"
        if let rels = try part("_rels/.rels") {
            for relationship in try Self.relationships(rels, part: "_rels/.rels") where relationship.type.hasSuffix("/officeDocument") {
                workbookPart = Self.resolve(relationship.target, from: "")
            }
        }
        guard let workbookXML = try part(workbookPart) else { throw .missingPart(workbookPart) }
        let folder = Self.folder(of: workbookPart)
        let relsPart = folder + "_rels/" + workbookPart.dropFirst(folder.count) + ".rels"
        var targets: [String: String] = [:]
        var stylesPart: String?
        var stringsPart: String?
        if let rels = try part(relsPart) {
            for relationship in try Self.relationships(rels, part: relsPart) {
                let target = Self.resolve(relationship.target, from: folder)
                targets[relationship.id] = target
                if relationship.type.hasSuffix("/styles") { stylesPart = target }
                if relationship.type.hasSuffix("/sharedStrings") { stringsPart = target }
            }
        }

        var names: [String] = []
        var parts: [String] = []
        var date1904 = false
        var parser = XMLPullParser(workbookXML)
        while let event = try Self.next(&parser, part: workbookPart) {
            guard case .start(let name, let attributes) = event else { continue }
            if name == "workbookPr", let value = attributes["date1904"] { date1904 = value == "1" || value == "true" }
            if name == "sheet", let sheetName = attributes["name"] {
                // The id attribute is r:id; a prefix-less reader sees it as "id".
                guard let id = attributes["id"], let target = targets[id] else {
                    throw .invalid(part: workbookPart, "sheet \(sheetName) points to no part")
                }
                names.append(sheetName)
                parts.append(target)
            }
        }
        guard !names.isEmpty else { throw .invalid(part: workbookPart, "the workbook lists no sheets") }
        sheetNames = names
        sheetParts = parts
        dateOffset = date1904 ? 1462 : 0

        let stringsName = stringsPart ?? folder + "sharedStrings.xml"
        sharedStrings = try part(stringsName).map { bytes throws(WorkbookError) in try Self.sharedStrings(bytes, part: stringsName) } ?? []
        let stylesName = stylesPart ?? folder + "styles.xml"
        styleFormats = try part(stylesName).map { bytes throws(WorkbookError) in try Self.styleFormats(bytes, part: stylesName) } ?? []
    }

    /// The rows of the sheet called `name`, or of the first sheet when nil.
    public func rows(ofSheet name: String? = nil) throws(WorkbookError) -> [SheetRow] {
        var index = 0
        if let name {
            guard let found = sheetNames.firstIndex(of: name) else {
                throw .noSuchSheet(name, available: sheetNames)
            }
            index = found
        }
        let partName = sheetParts[index]
        guard let entry = archive.entry(named: partName) else { throw .missingPart(partName) }
        let bytes: [UInt8]
        do { bytes = try archive.contents(of: entry) } catch { throw .container(error) }
        return try readRows(bytes, part: partName)
    }

    // MARK: Sheet data

    private func readRows(_ bytes: [UInt8], part: String) throws(WorkbookError) -> [SheetRow] {
        var rows: [SheetRow] = []
        var parser = XMLPullParser(bytes)
        var inSheetData = false
        var rowNumber = 0
        var cells: [(column: Int, value: CellValue)] = []
        // The cell being read.
        var column = -1
        var type = "n"
        var style = 0
        var value: String?
        var inline = ""
        var inValue = false, inText = false, inPhonetic = false

        while let event = try Self.next(&parser, part: part) {
            switch event {
            case .start(let name, let attributes):
                switch name {
                case "sheetData": inSheetData = true
                case "row" where inSheetData:
                    var number = rowNumber + 1
                    if let text = attributes["r"] {
                        guard let given = Int(text), given > rowNumber, given <= CellReference.maximumRows else {
                            throw .invalid(part: part, "row number \(text) is out of order or out of range")
                        }
                        number = given
                    }
                    rowNumber = number
                    cells = []
                    column = -1
                case "c" where inSheetData:
                    if let reference = attributes["r"] {
                        guard let parsed = CellReference.parse(reference), parsed.row == rowNumber, parsed.column > column else {
                            throw .invalid(part: part, "cell reference \(reference) does not fit row \(rowNumber)")
                        }
                        column = parsed.column
                    } else {
                        column += 1
                        guard column < CellReference.maximumColumns else {
                            throw .invalid(part: part, "row \(rowNumber) has more than \(CellReference.maximumColumns) cells")
                        }
                    }
                    type = attributes["t"] ?? "n"
                    style = attributes["s"].flatMap { Int($0) } ?? 0
                    value = nil
                    inline = ""
                case "v": inValue = true
                case "t": inText = true
                case "rPh": inPhonetic = true
                default: break
                }
            case .text(let text):
                if inValue { value = (value ?? "") + text }
                if inText && !inPhonetic { inline += text }
            case .end(let name):
                switch name {
                case "sheetData": inSheetData = false
                case "v": inValue = false
                case "t": inText = false
                case "rPh": inPhonetic = false
                case "c" where inSheetData:
                    if let cell = try cellValue(type: type, style: style, value: value, inline: inline, part: part,
                                                row: rowNumber, column: column) {
                        cells.append((column, cell))
                    }
                case "row" where inSheetData:
                    if !cells.isEmpty { rows.append(SheetRow(number: rowNumber, cells: cells)) }
                default: break
                }
            }
        }
        return rows
    }

    private func cellValue(type: String, style: Int, value: String?, inline: String, part: String, row: Int,
                           column: Int) throws(WorkbookError) -> CellValue? {
        let reference = CellReference.columnName(column) + String(row)
        switch type {
        case "s":
            guard let value else { return nil }
            guard let index = Int(value), sharedStrings.indices.contains(index) else {
                throw .invalid(part: part, "cell \(reference) refers to shared string \(value), which does not exist")
            }
            return sharedStrings[index].isEmpty ? nil : .text(sharedStrings[index])
        case "inlineStr":
            let text = XMLText.unescaped(inline)
            return text.isEmpty ? nil : .text(text)
        case "str":
            guard let value, !value.isEmpty else { return nil }
            return .text(XMLText.unescaped(value))
        case "b":
            guard let value else { return nil }
            return .boolean(value == "1" || value == "true")
        case "e":
            return value.map(CellValue.error)
        case "d":
            // ISO 8601 (strict files); the date part is what a roster needs.
            guard let value, !value.isEmpty else { return nil }
            return .text(String(value.prefix(10)))
        default:
            guard let value, !value.isEmpty else { return nil }
            let format = styleFormats.indices.contains(style) ? styleFormats[style] : .general
            if format == .date, let number = Double(value), number >= 0, number < 2_958_466 {
                return .date(serial: Int(number.rounded(.down)) + dateOffset)
            }
            var padding = 0
            if case .zeroPadded(let width) = format { padding = width }
            guard let shown = ShownNumber.text(value, padding: padding) else {
                throw .invalid(part: part, "cell \(reference) holds \(value), which is not a number")
            }
            return .number(shown)
        }
    }

    // MARK: Other parts

    private struct Relationship {
        let id: String
        let type: String
        let target: String
    }

    private static func relationships(_ bytes: [UInt8], part: String) throws(WorkbookError) -> [Relationship] {
        var result: [Relationship] = []
        var parser = XMLPullParser(bytes)
        while let event = try next(&parser, part: part) {
            if case .start("Relationship", let attributes) = event, let id = attributes["Id"],
                let type = attributes["Type"], let target = attributes["Target"], attributes["TargetMode"] != "External" {
                result.append(Relationship(id: id, type: type, target: target))
            }
        }
        return result
    }

    /// Each `<si>`'s text: its `<t>` runs joined, phonetic guides (`<rPh>`) left out.
    private static func sharedStrings(_ bytes: [UInt8], part: String) throws(WorkbookError) -> [String] {
        var strings: [String] = []
        var parser = XMLPullParser(bytes)
        var current = ""
        var inItem = false, inText = false, inPhonetic = false
        while let event = try next(&parser, part: part) {
            switch event {
            case .start("si", _):
                inItem = true
                current = ""
            case .start("t", _): inText = true
            case .start("rPh", _): inPhonetic = true
            case .text(let text) where inItem && inText && !inPhonetic: current += text
            case .end("t"): inText = false
            case .end("rPh"): inPhonetic = false
            case .end("si"):
                inItem = false
                strings.append(XMLText.unescaped(current))
            default: break
            }
        }
        return strings
    }

    /// The number format of each entry of `<cellXfs>`, in order.
    private static func styleFormats(_ bytes: [UInt8], part: String) throws(WorkbookError) -> [NumberFormat] {
        var codes: [Int: String] = [:]
        var formats: [NumberFormat] = []
        var inCellFormats = false
        var parser = XMLPullParser(bytes)
        while let event = try next(&parser, part: part) {
            switch event {
            case .start("numFmt", let attributes):
                if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] { codes[id] = code }
            case .start("cellXfs", _): inCellFormats = true
            case .end("cellXfs"): inCellFormats = false
            case .start("xf", let attributes) where inCellFormats:
                let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
                formats.append(NumberFormat(id: id, code: codes[id]))
            default: break
            }
        }
        return formats
    }

    private static func next(_ parser: inout XMLPullParser, part: String) throws(WorkbookError) -> XMLEvent? {
        do { return try parser.next() } catch { throw .xml(part: part, error) }
    }

    // MARK: Part names

    /// "xl/" for "xl/workbook.xml"; "" at the package root.
    private static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// A relationship target as a part name: absolute ("/xl/…") or relative to `folder`, with ".." resolved.
    private static func resolve(_ target: String, from folder: String) -> String {
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
        var parts: [Substring] = []
        for piece in path.split(separator: "/") {
            if piece == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else if piece != "." {
                parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }
}
