import Bilingual
import TrackerDomain

/// Something about a roster worth telling the user that does not stop the import.
public enum RosterWarning: Hashable, Sendable {
    /// A header the importer does not know; its values are not imported.
    /// Reported so a misspelt header (`身分证号`) is noticed instead of the
    /// column silently vanishing.
    case unknownColumn(header: String, position: Int)
    /// A column without a header whose cells hold values; they are not imported.
    case unnamedColumnWithData(position: Int)

    public func message(in language: Language) -> String {
        switch (self, language) {
        case let (.unknownColumn(header, position), .en):
            "column \(position) (\(header)) is not a roster column; its values were not imported"
        case let (.unknownColumn(header, position), .zh):
            "第 \(position) 列（\(header)）不是花名册字段，其内容未导入"
        case let (.unnamedColumnWithData(position), .en):
            "column \(position) has values but no header; its values were not imported"
        case let (.unnamedColumnWithData(position), .zh):
            "第 \(position) 列有内容但没有表头，其内容未导入"
        }
    }
}
