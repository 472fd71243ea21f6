import Foundation
import TestSupport
import XCTest

/// LibreOffice Calc run headless, the independent spreadsheet program that
/// judges the workbooks tracker writes.
///
/// Each start costs seconds, so callers convert several files per call.
/// Outside CI a machine without it skips those tests with a message; under
/// CI=true a missing soffice fails them, since `.ci/run` installs it.
enum LibreOffice {
    static func executable() throws -> URL {
        if let soffice = Executables.find("soffice") { return soffice }
        let message = "soffice (LibreOffice Calc) not found on PATH; install libreoffice-calc-nogui"
        // A plain error fails the test; only outside CI may it be skipped.
        if ProcessInfo.processInfo.environment["CI"] == "true" { throw Missing(message: message + " (CI must run these tests; .ci/run installs it)") }
        throw XCTSkip(message)
    }

    struct Missing: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// Converts `files` (in `folder`) to CSV, one file per sheet named
    /// `NAME-SHEET.csv`: UTF-8, every text cell quoted and numbers not, so a
    /// reader can tell a text cell from a number; cells as shown (dates formatted).
    static func convertToCSV(_ files: [String], in folder: String) throws {
        // Filter tokens: separator 44 (,), quote 34 ("), charset 76 (UTF-8), first line 1, no column
        // types, language 0, quote all text cells, detect special numbers, save as shown,
        // no formulas, no space removal, -1 = every sheet.
        try run(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,true,false,false,-1"] + files, in: folder)
    }

    /// Converts `files` to .xlsx as LibreOffice saves them.
    static func convertToXLSX(_ files: [String], in folder: String, outputFolder: String) throws {
        try run(["--convert-to", "xlsx", "--outdir", outputFolder] + files, in: folder)
    }

    private static func run(_ arguments: [String], in folder: String) throws {
        let process = Process()
        process.executableURL = try executable()
        // A private profile: parallel runs and the developer's own LibreOffice never share one.
        let profile = URL(fileURLWithPath: folder).appendingPathComponent(".lo-profile").absoluteString
        process.arguments = ["-env:UserInstallation=\(profile)", "--headless", "--norestore"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder
        process.environment = environment
        let log = Pipe()
        process.standardOutput = log
        process.standardError = log
        try process.run()
        let output = log.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "soffice failed: \(String(decoding: output, as: UTF8.self))")
    }

    /// A CSV file as LibreOffice wrote it: each field's text and whether it was quoted (a text cell).
    static func readCSV(_ path: String) throws -> [[(text: String, quoted: Bool)]] {
        let data = try XCTUnwrap(FileManager.default.contents(atPath: path), "no \(path)")
        var rows: [[(text: String, quoted: Bool)]] = []
        var row: [(text: String, quoted: Bool)] = []
        var field = ""
        var quoted = false
        var inQuotes = false
        var characters = Array(String(decoding: data, as: UTF8.self).unicodeScalars)[...]
        if characters.first == "\u{FEFF}" { characters = characters.dropFirst() }
        var index = characters.startIndex
        func endField() {
            row.append((field, quoted))
            field = ""
            quoted = false
        }
        while index < characters.endIndex {
            let character = characters[index]
            if inQuotes {
                if character == "\"" {
                    if index + 1 < characters.endIndex, characters[index + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(character)
                }
            } else if character == "\"" {
                inQuotes = true
                quoted = true
            } else if character == "," {
                endField()
            } else if character == "\n" || character == "\r" {
                if character == "\r", index + 1 < characters.endIndex, characters[index + 1] == "\n" { index += 1 }
                endField()
                rows.append(row)
                row = []
            } else {
                field.unicodeScalars.append(character)
            }
            index += 1
        }
        if !field.isEmpty || quoted || !row.isEmpty {
            endField()
            rows.append(row)
        }
        return rows
    }
}
