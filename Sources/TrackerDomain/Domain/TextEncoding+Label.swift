import Bilingual
import CSVKit

extension TextEncoding {
    /// The encoding as people name it, in `language`: "UTF-8 with BOM",
    /// "UTF-8（带 BOM）", "GB18030".
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.utf8, _): "UTF-8"
        case (.utf8BOM, .en): "UTF-8 with BOM"
        case (.utf8BOM, .zh): "UTF-8（带 BOM）"
        case (.gb18030, _): "GB18030"
        }
    }
}
