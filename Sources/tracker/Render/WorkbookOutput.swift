import CLIKit
import TrackerDomain
import TrackerStore
import XLSXKit
import ZipKit

/// Where a workbook goes when no `--out` names a file: stdout, unless that
/// is a terminal, which a workbook's binary bytes would only garble.
enum WorkbookOutput {
    /// Refuses up front, before any work, when stdout is a terminal.
    static func checkDestination(_ context: CommandContext) throws {
        if Terminal.stdoutIsTerminal {
            throw context.usageFailure(
                "a workbook is binary; write it to a file with --out FILE.xlsx (or redirect stdout)",
                "工作簿是二进制文件；请用 --out 文件.xlsx 写入文件（或重定向输出）")
        }
    }

    static func write(_ sheets: [Worksheet], to context: CommandContext) throws {
        try checkDestination(context)
        context.output.writeBytes(try bytes(sheets))
    }

    static func bytes(_ sheets: [Worksheet]) throws -> [UInt8] {
        do {
            return try WorkbookWriter.bytes(sheets)
        } catch {
            throw TrackerError(.io, en: "cannot write the workbook: \(error.description)",
                               zh: "无法生成工作簿：\(error.description)")
        }
    }
}
