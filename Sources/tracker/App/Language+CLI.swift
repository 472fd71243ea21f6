import CLIKit
import TrackerDomain
import TrackerStore

/// One language for the whole tool: the domain's. CLIKit has its own enum
/// (it knows nothing of the domain); this module's name shadows both.
typealias Language = TrackerDomain.Language

extension TrackerDomain.Language {
    var cli: CLIKit.Language { self == .zh ? .zh : .en }

    init(_ language: CLIKit.Language) { self = language == .zh ? .zh : .en }
}

/// Text in both languages, picked when printed.
struct Words {
    let en: String
    let zh: String

    init(_ en: String, _ zh: String) {
        self.en = en
        self.zh = zh
    }

    func text(in language: Language) -> String { language == .zh ? zh : en }
}
