import Bilingual
import CLIKit
import CSVKit
import TrackerDomain
import TrackerStore

/// Runs one command line: parse, pick the language, dispatch, map failures
/// to messages and exit codes. Returns the exit code; never exits itself, so
/// tests can drive it in-process.
enum TrackerCLI {
    static func run(arguments: [String], environment: [String: String], output: Output = Output(),
                    flushing: Bool = true) -> Int32 {
        let code = dispatch(arguments: arguments, environment: environment, output: output)
        guard flushing, let failure = output.flush() else { return code }
        // stdout could not take the output (a full disk): the file it went
        // to is incomplete, so this run did not do what was asked.
        let explicit = arguments.firstIndex(of: "--lang").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
        let language = Language.resolve(explicit: explicit, environment: environment)
        output.error(language == .zh ? "错误：无法写出输出（\(failure)）；输出不完整"
                                     : "Error: could not write the output (\(failure)); it is incomplete")
        output.flush()
        return ExitCode.ioFailure
    }

    private static func dispatch(arguments: [String], environment: [String: String], output: Output) -> Int32 {
        let parser = CommandParser(root: CommandTree.root(for: arguments))
        let parsed: ParsedCommand<CommandContext>
        do {
            parsed = try parser.parse(arguments)
        } catch {
            let language = Language.resolve(explicit: error.seenOptions["lang"]?.last, environment: environment)
            output.error(UsageErrorRenderer(root: CommandTree.root, language: language).render(error))
            return ExitCode.usage
        }
        let language = Language.resolve(explicit: parsed.value("lang"), environment: environment)

        if parsed.helpRequested {
            output.write(HelpFormatter(root: CommandTree.root, language: language, width: Terminal.width())
                .help(for: parsed.path))
            return ExitCode.success
        }
        if parsed.isSet("version") {
            output.print(CommandTree.version)
            return ExitCode.success
        }
        do {
            let context = try makeContext(parsed, language: language, environment: environment, output: output)
            guard let run = parsed.command.run else {
                preconditionFailure("command '\(parsed.id)' has no run")
            }
            try run(context)
            return ExitCode.success
        } catch let failure as FailureWithOutput {
            return report(failure.error, language: language, path: parsed.path, output: output)
        } catch {
            output.discardOutput()
            return report(error, language: language, path: parsed.path, output: output)
        }
    }

    /// Refuses a command line with an argument that is not UTF-8 (exit 65),
    /// before anything is parsed or opened.
    static func refuse(_ notUTF8: RawArguments.NotUTF8, environment: [String: String], output: Output = Output()) -> Int32 {
        defer { output.flush() }
        let language = Language.resolve(explicit: nil, environment: environment)
        output.error((language == .zh ? "错误：" : "Error: ") + notUTF8.words.text(in: language))
        return ExitCode.invalidData
    }

    private static func makeContext(_ parsed: ParsedCommand<CommandContext>, language: Language, environment: [String: String],
                                    output: Output) throws -> CommandContext {
        if let lang = parsed.value("lang"), Language(code: lang) == nil {
            throw CLIFailure(LocalizedText(en: "--lang must be zh or en (got \(lang))", zh: "--lang 只能是 zh 或 en（输入为 \(lang)）"), path: parsed.path)
        }
        var format = OutputFormat.table
        if let text = parsed.value("format") {
            guard let chosen = OutputFormat(rawValue: text.lowercased()) else {
                throw CLIFailure(LocalizedText(en: "--format must be table, json, csv or xlsx (got \(text))",
                                 zh: "--format 只能是 table、json、csv 或 xlsx（输入为 \(text)）"), path: parsed.path)
            }
            if chosen == .xlsx && !OutputFormat.workbookCommands.contains(parsed.id) {
                throw CLIFailure(LocalizedText(en: "--format xlsx is for 'report monthly' and 'report summary'; use --csv here",
                                 zh: "只有 report monthly 和 report summary 可用 --format xlsx；此处请用 --csv"), path: parsed.path)
            }
            format = chosen
        }
        let shorthands = [("json", OutputFormat.json), ("csv", .csv)].filter { parsed.isSet($0.0) }
        if shorthands.count > 1 || (shorthands.count == 1 && parsed.value("format") != nil && format != shorthands[0].1) {
            throw CLIFailure(LocalizedText(en: "choose one output format: --json, --csv or --format", zh: "只能选择一种输出格式：--json、--csv 或 --format"),
                             path: parsed.path)
        }
        if let shorthand = shorthands.first { format = shorthand.1 }
        return try CommandContext(parsed: parsed, language: language, environment: environment, output: output,
                              format: format, isInteractive: Terminal.stdoutIsTerminal,
                              terminalWidth: Terminal.width())
    }

    /// One line (plus detail lines) on stderr; the exit code says what kind of failure.
    static func report(_ error: any Error, language: Language, path: [String], output: Output) -> Int32 {
        let prefix = language == .zh ? "错误：" : "Error: "
        switch error {
        case let failure as CLIFailure:
            output.error(UsageErrorRenderer(root: CommandTree.root, language: language).render(failure.usageError))
            return ExitCode.usage
        case let error as TrackerError:
            output.error(prefix + error.message.text(in: language))
            for line in error.details(in: language) { output.error("  " + line) }
            switch error.kind {
            case .notFound, .ambiguous, .refused: return ExitCode.refused
            case .invalidInput: return ExitCode.invalidData
            case .io: return ExitCode.ioFailure
            }
        case let error as OptionValueError:
            output.error(prefix + error.message(in: language))
            return ExitCode.invalidData
        case let error as DomainError:
            output.error(prefix + error.message(in: language))
            return ExitCode.invalidData
        case let error as CSVError:
            output.error(prefix + error.description)
            return ExitCode.invalidData
        default:
            output.error(prefix + "\(error)")
            return ExitCode.ioFailure
        }
    }
}
