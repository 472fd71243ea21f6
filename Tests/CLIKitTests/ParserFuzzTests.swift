import CLIKit
import SeededRNG
import XCTest

/// Random and mutated command lines must never trap the parser, the help
/// generator or the error renderer: argv comes from users and scripts.
final class ParserFuzzTests: XCTestCase {

    private let vocabulary = [
        "household", "add", "list", "visit", "backup", "housheold", "ad", "--town", "--village", "--cause",
        "--note", "-n", "--by", "--check", "--db", "--lang", "--json", "--version", "--due-for-visit", "--help",
        "-h", "--", "-", "", "=", "--=", "--json=1", "--town=", "-5", "-x", "-json", "赵丁先", "住房=不达标:屋顶漏雨",
        "--by=李国珍", "\u{0}", "e\u{301}", "👨‍👩‍👧", "---", "--help=1", "-nn", "--village=v=w",
    ]

    private let seeds: [[String]] = [
        ["household", "add", "赵丁先", "--town", "t", "--village", "v", "--cause", "因病"],
        ["visit", "add", "x", "--by", "a", "--check", "吃=达标"],
        ["--db", "a.db", "household", "list", "--json"],
        ["backup", "a", "b", "--", "-h"],
    ]

    private func randomToken(_ generator: inout SplitMix64) -> String {
        if Int.random(in: 0..<4, using: &generator) > 0 {
            return vocabulary.randomElement(using: &generator)!
        }
        let alphabet = Array("-=ab赵 \n\u{301}h-")
        let length = Int.random(in: 0..<6, using: &generator)
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }

    private func argv(_ generator: inout SplitMix64) -> [String] {
        if Bool.random(using: &generator) {
            let length = Int.random(in: 0..<9, using: &generator)
            return (0..<length).map { _ in randomToken(&generator) }
        }
        var line = seeds.randomElement(using: &generator)!
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            switch Int.random(in: 0..<3, using: &generator) {
            case 0 where !line.isEmpty: line.remove(at: Int.random(in: 0..<line.count, using: &generator))
            case 1: line.insert(randomToken(&generator), at: Int.random(in: 0...line.count, using: &generator))
            default:
                if !line.isEmpty { line[Int.random(in: 0..<line.count, using: &generator)] = randomToken(&generator) }
            }
        }
        return line
    }

    func testRandomCommandLinesOnlyParseOrThrowUsageError() {
        var generator = SplitMix64(seed: 20_200_301)
        let parser = SampleSpec.parser
        var parsedCount = 0
        var errorCount = 0
        var helpCount = 0
        for _ in 0..<5_000 {
            let line = argv(&generator)
            do {
                let parsed = try parser.parse(line)
                parsedCount += 1
                XCTAssertNotNil(SampleSpec.root.descendant(at: parsed.path), "\(line)")
                if parsed.helpRequested {
                    helpCount += 1
                    _ = HelpFormatter(root: SampleSpec.root, language: .zh).help(for: parsed.path)
                } else if !parsed.isSet("version") {
                    XCTAssertFalse(parsed.command.isGroup, "\(line)")
                    for option in parsed.command.options where option.isRequired {
                        XCTAssertFalse(parsed.values(option.long).isEmpty, "\(line)")
                    }
                }
            } catch {
                // Typed throws: `error` is a UsageError; rendering it must work too.
                errorCount += 1
                let text = UsageErrorRenderer(root: SampleSpec.root, language: .en).render(error)
                XCTAssertTrue(text.hasPrefix("Error: "), text)
                XCTAssertEqual(text.filter { $0 == "\n" }.count >= 3, true, text)
            }
        }
        // The generator must exercise all three outcomes, or the test proves little.
        XCTAssertGreaterThan(parsedCount - helpCount, 50)
        XCTAssertGreaterThan(helpCount, 50)
        XCTAssertGreaterThan(errorCount, 500)
    }
}
