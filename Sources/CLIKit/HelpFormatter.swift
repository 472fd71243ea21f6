import Bilingual

/// Renders `--help` text and usage lines from the command specs.
///
/// Help is generated, never hand-written, so it cannot disagree with what the
/// parser accepts. Output is deterministic (declaration order, fixed layout)
/// so it can be compared against golden text, and columns are aligned by
/// display width so Chinese value names and help line up in a terminal.
///
/// On a terminal, help wraps to its width (`width`); anywhere else (a pipe,
/// a file, docs/) lines stay whole, so the output does not depend on the
/// window of whoever ran it.
public struct HelpFormatter<Context>: Sendable {
    public let root: CommandSpec<Context>
    public let language: Language
    /// The help column starts after at most this many label columns; longer
    /// labels put their help on the next line instead of pushing every row right.
    public var maximumLabelWidth = 28
    /// The terminal's width in columns; nil keeps every line whole.
    public var width: Int?
    /// When wrapping would leave the help column narrower than this, each
    /// option's help goes under its label instead, indented by `stackedIndent`.
    public var minimumHelpWidth = 24
    public var stackedIndent = 6

    public init(root: CommandSpec<Context>, language: Language, width: Int? = nil) {
        self.root = root
        self.language = language
        self.width = width
    }

    /// The usage line without the `Usage:` label, e.g.
    /// `tracker household add NAME --town TOWN --village VILLAGE [options]`.
    /// Positional arguments come right after the command name, as users type
    /// them, then required options; optional ones are summarised as `[options]`.
    public func usageLine(for path: [String]) -> String {
        usageFragments(for: path).joined(separator: " ")
    }

    /// The usage line's pieces, each kept whole when the line wraps
    /// (`--town TOWN` never splits from its value name).
    private func usageFragments(for path: [String]) -> [String] {
        let command = root.descendant(at: path) ?? root
        var parts = [root.name] + path
        if command.isGroup {
            parts.append(text(en: "<subcommand>", zh: "<子命令>"))
        } else {
            parts += command.arguments.map(\.usageFragment)
        }
        let own = command.options + root.globalOptions
        parts += own.filter(\.isRequired).map(\.usageFragment)
        if own.contains(where: { !$0.isRequired }) {
            parts.append(text(en: "[options]", zh: "[选项]"))
        }
        return parts
    }

    /// `Usage: tracker …`, continued under the command name when it does not fit.
    private func usageBlock(for path: [String]) -> String {
        let label = text(en: "Usage: ", zh: "用法：")
        guard let width else { return label + usageLine(for: path) }
        let hanging = String(repeating: " ", count: displayWidth(of: label))
        var lines: [String] = []
        var line = label
        var lineWidth = displayWidth(of: label)
        var isFirstFragment = true
        for fragment in usageFragments(for: path) {
            let fragmentWidth = displayWidth(of: fragment)
            if isFirstFragment {
                line += fragment
                lineWidth += fragmentWidth
                isFirstFragment = false
            } else if lineWidth + 1 + fragmentWidth <= width {
                line += " " + fragment
                lineWidth += 1 + fragmentWidth
            } else {
                lines.append(line)
                line = hanging + fragment
                lineWidth = hanging.count + fragmentWidth
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// The full help for the command at `path` (below the root), ending in a newline.
    public func help(for path: [String]) -> String {
        let command = root.descendant(at: path) ?? root
        let resolvedPath = root.descendant(at: path) == nil ? [] : path
        var blocks: [String] = []
        blocks.append(usageBlock(for: resolvedPath))
        let abstract = command.abstract.text(in: language)
        if !abstract.isEmpty { blocks.append(fitted(abstract)) }
        if let discussion = command.discussion?.text(in: language), !discussion.isEmpty {
            blocks.append(fitted(discussion))
        }

        var sections: [(title: String, rows: [(label: String, help: String)])] = []
        if !command.arguments.isEmpty {
            sections.append(
                (
                    text(en: "Arguments:", zh: "参数："),
                    command.arguments.map { ($0.valueName, $0.help.text(in: language)) }
                ))
        }
        if !command.options.isEmpty {
            sections.append((text(en: "Options:", zh: "选项："), command.options.map(optionRow)))
        }
        if command.isGroup {
            sections.append(
                (
                    text(en: "Subcommands:", zh: "子命令："),
                    command.subcommands.map { ($0.name, $0.abstract.text(in: language)) }
                ))
        }
        let helpRow = (label: "-h, --help", help: text(en: "Show this help.", zh: "显示此帮助。"))
        sections.append((text(en: "Global options:", zh: "全局选项："), root.globalOptions.map(optionRow) + [helpRow]))

        let labelWidth = min(
            maximumLabelWidth,
            sections.flatMap(\.rows).map { displayWidth(of: $0.label) }.max() ?? 0)
        for section in sections {
            let rows = section.rows.map { render(row: $0, labelWidth: labelWidth) }
            blocks.append(([section.title] + rows).joined(separator: "\n"))
        }
        if command.isGroup {
            let invocation = ([root.name] + resolvedPath).joined(separator: " ")
            blocks.append(fitted(
                text(
                    en: "See '\(invocation) <subcommand> --help' for the help of a subcommand.",
                    zh: "运行 '\(invocation) <子命令> --help' 查看子命令的帮助。")))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func optionRow(_ option: OptionSpec) -> (label: String, help: String) {
        var help = option.help.text(in: language)
        if option.isRequired { help += text(en: " (required)", zh: "（必填）") }
        if option.kind == .repeatable { help += text(en: " (repeatable)", zh: "（可重复）") }
        return (option.helpLabel, help)
    }

    /// `  LABEL   help`, with continuation lines of multi-line help indented to
    /// the help column and an over-long label on a line of its own.
    /// On a terminal too narrow for a help column beside the labels, every
    /// row's help goes under its label (stacked).
    private func render(row: (label: String, help: String), labelWidth: Int) -> String {
        let indent = "  "
        let gap = "  "
        var helpStart = indent.count + labelWidth + gap.count
        var stacked = false
        if let width, width - helpStart < minimumHelpWidth {
            stacked = true
            helpStart = stackedIndent
        }
        let helpColumn = String(repeating: " ", count: helpStart)
        let helpLines = lines(of: row.help, width: width.map { $0 - helpStart })
        guard let first = helpLines.first, !row.help.isEmpty else { return indent + row.label }
        let labelColumns = displayWidth(of: row.label)
        var lines: [String]
        if !stacked && labelColumns <= labelWidth {
            lines = [indent + row.label + String(repeating: " ", count: labelWidth - labelColumns) + gap + first]
        } else {
            lines = [indent + row.label, helpColumn + first]
        }
        lines += helpLines.dropFirst().map { helpColumn + $0 }
        return lines.joined(separator: "\n")
    }

    /// The lines of `text`, wrapped when a width is known.
    private func lines(of text: String, width: Int?) -> [String] {
        guard let width else {
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return TextWrapper.wrap(text, width: width)
    }

    /// A paragraph wrapped to the terminal, or as it is.
    private func fitted(_ paragraph: String) -> String {
        lines(of: paragraph, width: width).joined(separator: "\n")
    }

    private func text(en: String, zh: String) -> String {
        language == .zh ? zh : en
    }
}
