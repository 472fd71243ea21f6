import Bilingual
import CLIKit
import CSVKit
import TrackerDomain
import TrackerStore
import XLSXKit

/// A list result (households, officials, visits…) ready for any output format.
///
/// Commands describe their columns once; the table, JSON and CSV forms all
/// come from the same description, so they can never disagree.
struct Listing {
    enum Cell {
        case text(String?)
        case number(Int64?)
        case texts([String])
        case flag(Bool)
        /// A percentage given in tenths of a percent (755 = 75.5%).
        case percent(permille: Int?)
        /// Text for people (a label in their language) that programs get as
        /// `json`: the stable English key, or a structure, whatever the language.
        case localized(String?, json: JSONValue)
        /// A label the domain words in both languages (a household's name
        /// and village); JSON gets the English form, the same in every language.
        case label(LocalizedText?)

        /// An enumeration: its label in `language` for people, its key in JSON.
        static func choice<Value: DomainEnum>(_ value: Value?, in language: Language) -> Cell {
            .localized(value?.label(in: language), json: .string(value?.key))
        }

        /// The cell for people; lists join with 、 in Chinese.
        func display(in language: Language) -> String {
            switch self {
            case .text(let value): value ?? ""
            case .number(let value): value.map(String.init) ?? ""
            case .texts(let values): values.joined(separator: language == .zh ? "、" : ", ")
            case .flag(let value): value ? "✓" : ""
            case .percent(let permille): permille.map { Self.decimal($0) + "%" } ?? ""
            case .localized(let text, _): text ?? ""
            case .label(let text): text?.text(in: language) ?? ""
            }
        }

        /// Tenths written with one decimal digit, in integers so the same
        /// figure prints the same everywhere (no 33.299999%).
        static func decimal(_ tenths: Int) -> String {
            "\(tenths < 0 ? "-" : "")\(abs(tenths) / 10).\(abs(tenths) % 10)"
        }

        var json: JSONValue {
            switch self {
            case .text(let value): .string(value)
            case .number(let value): value.map(JSONValue.int) ?? .null
            case .texts(let values): .array(values.map(JSONValue.string))
            case .flag(let value): .bool(value)
            case .percent(let permille): permille.map { JSONValue.double(Double($0) / 10) } ?? .null
            case .localized(_, let json): json
            case .label(let text): .string(text?.en)
            }
        }

        func csv(in language: Language) -> CSVCell {
            switch self {
            case .number(let value): value.map { .number(String($0)) } ?? .text("")
            case .flag(let value): .text(value ? "1" : "0")
            case .percent(let permille): permille.map { .number(Self.decimal($0)) } ?? .text("")
            default: .text(display(in: language))
            }
        }

        /// The cell in a workbook: counts stay numbers, percentages are typed as such.
        func sheetCell(in language: Language) -> Worksheet.Cell {
            switch self {
            case .number(let value): value.map { .integer(Int($0)) } ?? .empty
            case .percent(let permille): permille.map { .percent(Double($0) / 1000) } ?? .empty
            default: display(in: language).isEmpty ? .empty : .text(display(in: language))
            }
        }
    }

    struct Column {
        let key: String
        let header: LocalizedText
        var alignment: TableRenderer.Alignment = .left
        /// False for a column that would repeat one value on every row of a
        /// table (said once above it instead); JSON and CSV keep it.
        var inTable = true
    }

    let columns: [Column]
    var rows: [[Cell]] = []

    init(_ columns: [Column]) { self.columns = columns }

    mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "listing row has \(row.count) cells, expected \(columns.count)")
        rows.append(row)
    }

    /// Prints in the context's format; `emptyMessage` goes to stderr for an empty table.
    func print(to context: CommandContext, emptyMessage: LocalizedText? = nil) throws {
        switch context.format {
        case .table:
            if rows.isEmpty, let emptyMessage {
                context.output.error(emptyMessage.text(in: context.language))
                return
            }
            let shown = columns.indices.filter { columns[$0].inTable }
            let renderer = TableRenderer(headers: shown.map { columns[$0].header.text(in: context.language) },
                                         alignments: shown.map { columns[$0].alignment }, maxWidth: context.terminalWidth)
            context.output.write(renderer.render(rows.map { row in shown.map { row[$0].display(in: context.language) } }))
        case .json:
            let objects = rows.map { row in JSONValue.object(zip(columns, row).map { ($0.key, $1.json) }) }
            context.output.print(JSONValue.array(objects).serialized(pretty: true))
        case .csv:
            var writer = CSVWriter(options: .init(encoding: .utf8, spreadsheetSafe: true))
            writer.writeRecord(columns.map { $0.header.text(in: context.language) })
            for row in rows { writer.writeRecord(row.map { $0.csv(in: context.language) }) }
            context.output.writeBytes(try writer.bytes())
        case .xlsx:
            try WorkbookOutput.write([worksheet(name: "tracker", language: context.language)], to: context)
        }
    }

    /// The listing as one sheet of a workbook, headers in `language`, columns fitted to their text.
    func worksheet(name: String, language: Language) -> Worksheet {
        let header = columns.map { $0.header.text(in: language) }
        let cells = rows.map { $0.map { $0.sheetCell(in: language) } }
        return Worksheet(name: name, header: header, rows: cells,
                         columnWidths: SheetLayout.columnWidths(header: header, rows: cells))
    }
}
