import ZipKit

/// Why a workbook could not be read.
public enum WorkbookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The ZIP container is damaged, truncated, encrypted or too large.
    case container(ZipError)
    /// A part is not acceptable XML (the part's name, then why).
    case xml(part: String, XMLError)
    /// A part every workbook has is missing: not an .xlsx file.
    case missingPart(String)
    /// A part holds something that contradicts the format (a bad cell reference…).
    case invalid(part: String, String)
    /// `--sheet` named a sheet the workbook does not have.
    case noSuchSheet(String, available: [String])
    /// An old binary Excel file (.xls), which is a different format.
    case legacyExcel

    public var description: String {
        switch self {
        case .container(let error): error.description
        case .xml(let part, let error): "\(part), \(error.description)"
        case .missingPart(let part): "it has no \(part), so it is not an Excel workbook"
        case .invalid(let part, let detail): "\(part): \(detail)"
        case .noSuchSheet(let name, let available):
            "there is no sheet named \(name); the sheets are: \(available.joined(separator: ", "))"
        case .legacyExcel: "it is an old .xls file"
        }
    }
}
