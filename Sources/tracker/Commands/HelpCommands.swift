import Bilingual
import CLIKit

/// `help [COMMAND...]` and `help --markdown`: the help of one command, or
/// the whole command reference that docs/ keeps in the repository.
enum HelpCommands: CommandGroup {
    /// Where the reference lives in the repository, per language; a test
    /// compares these files with `help --markdown`.
    static let referenceFiles: [(language: Language, path: String)] = [
        (.en, "docs/COMMANDS.md"), (.zh, "docs/COMMANDS.zh.md"),
    ]

    static let specs: [Command] = [
        CommandSpec("help",
            abstract: LocalizedText(en: "Show the help of a command, or the whole reference with --markdown",
                                    zh: "显示命令的帮助；加 --markdown 输出完整命令参考"),
            discussion: LocalizedText(
                en: "tracker help --markdown --lang en > docs/COMMANDS.md regenerates the reference kept in the repository (--lang zh > docs/COMMANDS.zh.md).",
                zh: "tracker help --markdown --lang zh > docs/COMMANDS.zh.md 重新生成仓库中的命令参考（英文版：--lang en > docs/COMMANDS.md）。"),
            arguments: [ArgumentSpec("command", valueName: "COMMAND", optional: true, repeating: true, help: LocalizedText(
                en: "The command, e.g. household add (default: all commands)", zh: "命令，如 household add（默认：全部命令）"))],
            options: [.flag("markdown", help: LocalizedText(
                en: "Print every command's reference as Markdown, in the --lang language", zh: "以 Markdown 输出全部命令参考（语言随 --lang）"))], run: help),
    ]

    static func help(_ context: CommandContext) throws {
        let words = context.parsed.argumentValues("command")
        if context.format != .table {
            throw context.usageFailure("help is text for people and has no --json or --csv form; --markdown gives the whole reference",
                                       "帮助是给人看的文本，没有 --json 或 --csv 形式；--markdown 可输出完整参考")
        }
        if context.isSet("markdown") {
            guard words.isEmpty else {
                throw context.usageFailure("--markdown prints the whole reference; leave out \(words.joined(separator: " "))",
                                           "--markdown 输出完整参考；请去掉 \(words.joined(separator: " "))")
            }
            context.output.write(reference(in: context.language))
            return
        }
        // The words are parsed as a command line asking for help, so a typo
        // is refused with "did you mean" exactly as `tracker WORDS --help` is.
        let parsed: ParsedCommand<CommandContext>
        do { parsed = try CommandParser(root: CommandTree.root).parse(words + ["--help"]) } catch {
            throw CLIFailure(error.message, path: context.parsed.path)
        }
        context.output.write(HelpFormatter(root: CommandTree.root, language: context.language, width: context.terminalWidth)
            .help(for: parsed.path))
    }

    /// The reference document in `language`, as docs/ keeps it.
    static func reference(in language: Language) -> String {
        let file = referenceFiles.first { $0.language == language }?.path ?? "docs/COMMANDS.md"
        return MarkdownReference(root: CommandTree.root, language: language,
                                 command: "tracker help --markdown --lang \(language.rawValue) > \(file)").document()
    }
}
