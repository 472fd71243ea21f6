import Bilingual

/// The poverty line's words in the reader's language: the region
/// `national` (stored as that key) and the notes migration 0005 shipped with
/// the built-in lines. A note a user typed is shown as typed.
enum PovertyLineWords {
    static func region(_ region: String) -> LocalizedText {
        region == "national" ? LocalizedText(en: "national", zh: "全国") : LocalizedText(en: region, zh: region)
    }

    static func note(_ note: String?) -> LocalizedText? {
        guard let note else { return nil }
        switch note {
        case "2010 prices": return LocalizedText(en: note, zh: "2010 年不变价")
        case "current prices, approximate": return LocalizedText(en: note, zh: "当年价，约数")
        case "monitoring line floor; provinces set their own": return LocalizedText(en: note, zh: "监测线下限；各省自定")
        // The example monitoring thresholds migration 0014 shipped.
        case "about 1.5 × the 2020 line of about 4,000": return LocalizedText(en: note, zh: "约为 2020 年贫困线（约 4000 元）的 1.5 倍")
        case "Yunnan 2025": return LocalizedText(en: note, zh: "云南省 2025 年")
        case "Lanzhou New Area 2025": return LocalizedText(en: note, zh: "兰州新区 2025 年")
        default: return LocalizedText(en: note, zh: note)
        }
    }
}
